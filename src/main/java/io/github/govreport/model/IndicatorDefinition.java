package io.github.govreport.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.immutables.value.Value;

/**
 * One entry of the {@link IndicatorCatalog}: a key, its polarity and the wordings reports use for it.
 *
 * <pre>{@code
 * IndicatorDefinition d = IndicatorDefinition.of(IndicatorKey.of("TOURIST_VISITS"),
 *     Polarity.HIGHER_IS_BETTER, List.of("接待游客", "游客接待量"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class IndicatorDefinition {

  IndicatorDefinition() {}

  /** The canonical key. */
  @Value.Parameter
  public abstract IndicatorKey key();

  /** Which direction is good news. */
  @Value.Parameter
  public abstract Polarity polarity();

  /** The names reports use, the usual one first; never empty. */
  @Value.Parameter
  public abstract List<String> wordings();

  /** Returns a definition. */
  public static IndicatorDefinition of(IndicatorKey key, Polarity polarity, List<String> wordings) {
    return ImmutableIndicatorDefinition.of(key, polarity, wordings);
  }

  @Value.Check
  final void check() {
    checkArgument(!wordings().isEmpty(), "indicator %s needs at least one wording", key());
    for (String w : wordings()) {
      checkArgument(!w.isBlank(), "indicator %s has a blank wording", key());
    }
  }
}
