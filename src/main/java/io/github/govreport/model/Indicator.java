package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a figure is about: the name as the report writes it ({@code 全省生产总值}, {@code 规上工业增加值}),
 * and its canonical {@link IndicatorKey} when the catalog knows the name ({@link IndicatorKey#GDP},
 * {@link IndicatorKey#INDUSTRIAL_VALUE_ADDED}).
 *
 * <p>The key is absent for the many indicators a report names only once ("新增高新技术企业"). Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {

  Indicator() {}

  /** The name as written in the text, never empty. */
  @Value.Parameter
  public abstract String name();

  /** The canonical key, when the name is a wording the catalog knows. */
  @Value.Parameter
  public abstract Optional<IndicatorKey> key();

  /**
   * The English label of the key as the catalog gives it (Gross domestic (regional) product); absent without a key
   * or a label.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> english();

  /** Returns an indicator with a known key. */
  public static Indicator of(String name, IndicatorKey key) {
    return ImmutableIndicator.of(name, Optional.of(key));
  }

  /** Returns an indicator with a known key and the English label the catalog gives it. */
  public static Indicator of(String name, IndicatorDefinition definition) {
    return ((ImmutableIndicator) ImmutableIndicator.of(name, Optional.of(definition.key())))
        .withEnglish(definition.english());
  }

  /** Returns an indicator without a key. */
  public static Indicator named(String name) {
    return ImmutableIndicator.of(name, Optional.empty());
  }

  /** Returns an indicator with the key, if any, that {@code catalog} gives for {@code name}. */
  public static Indicator resolve(String name, IndicatorCatalog catalog) {
    return catalog.resolve(name).map(d -> of(name, d)).orElseGet(() -> named(name));
  }

  /** Whether this indicator has the given key. */
  public final boolean is(IndicatorKey key) {
    return key().isPresent() && key().get().equals(key);
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isEmpty(), "an indicator needs a name");
  }

  @Override
  public final String toString() {
    return key().map(k -> name() + " (" + k + ")").orElse(name());
  }
}
