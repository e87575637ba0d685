package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
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
@Value.Immutable
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

  /** The English label of the indicator (Gross domestic (regional) product); absent when none was given. */
  public abstract Optional<String> english();

  /** The kind of unit its figures usually take (PERCENT for a growth or a rate, PERSONS, YUAN); absent if not given. */
  public abstract Optional<Dimension> dimension();

  /** Returns a definition without an English label or unit kind. */
  public static IndicatorDefinition of(IndicatorKey key, Polarity polarity, List<String> wordings) {
    return ImmutableIndicatorDefinition.of(key, polarity, wordings);
  }

  /** Returns a definition with its English label and the kind of unit its figures usually take. */
  public static IndicatorDefinition of(IndicatorKey key, Polarity polarity, List<String> wordings, String english,
      Dimension dimension) {
    checkNotNull(english, "english");
    checkNotNull(dimension, "dimension");
    checkArgument(!english.isBlank(), "the English label of %s is blank", key);
    return ImmutableIndicatorDefinition.builder().key(key).polarity(polarity).wordings(wordings).english(english)
        .dimension(dimension).build();
  }

  /** This definition with another list of wordings. */
  public final IndicatorDefinition withWordings(List<String> wordings) {
    return ImmutableIndicatorDefinition.builder().from(this).wordings(wordings).build();
  }

  @Value.Check
  final void check() {
    checkArgument(!wordings().isEmpty(), "indicator %s needs at least one wording", key());
    for (String w : wordings()) {
      checkArgument(!w.isBlank(), "indicator %s has a blank wording", key());
    }
  }
}
