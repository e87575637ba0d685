package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A result of the review year as the report states it: "全省生产总值增长6%" is a {@link Measure#GROWTH}
 * actual of 6%; "生产安全事故起数下降11.3%" is one of −11.3%.
 *
 * <p>Quantities are signed: a fall is negative. An estimated result (预计, 初步统计) is flagged. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Actual gdp = report.actual(IndicatorKey.GDP).orElseThrow();
 * gdp.value(); // 6
 * }</pre>
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableActual.class)
@JsonDeserialize(as = ImmutableActual.class)
public abstract class Actual implements Figure {

  Actual() {}

  @Override
  public abstract Indicator indicator();

  @Override
  public abstract Measure measure();

  /** The result, signed; empty only for a result stated in words ({@link Bound#QUALITATIVE}). */
  @Override
  public abstract Optional<Quantity> quantity();

  /**
   * How exactly the report states the result: {@link Bound#EXACT} for a plain figure, {@link Bound#ABOUT}
   * for 左右 or 近, {@link Bound#AT_LEAST} for 以上, 超过 or 突破, {@link Bound#QUALITATIVE} for a result in
   * words without a figure ("城镇调查失业率均值保持历史最好水平", measure {@link Measure#OTHER}).
   */
  @Value.Default
  public Bound bound() {
    return Bound.EXACT;
  }

  @Override
  public abstract OptionalInt year();

  /** Whether the figure is an estimate (预计, 初步统计). */
  @Value.Default
  public boolean estimated() {
    return false;
  }

  @Override
  public abstract SourceSpan span();

  @Override
  public abstract String text();

  /**
   * The quantity's value; a shortcut for {@code quantity().orElseThrow().value()}.
   *
   * @throws java.util.NoSuchElementException for a {@link Bound#QUALITATIVE} result, which has no figure
   */
  public final java.math.BigDecimal value() {
    return quantity().orElseThrow().value();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    checkState(quantity().isPresent() == (bound() != Bound.QUALITATIVE),
        "an actual has a quantity unless it is QUALITATIVE, and then none: %s", text());
    checkState(bound() == Bound.EXACT || bound() == Bound.ABOUT || bound() == Bound.AT_LEAST
        || bound() == Bound.AT_MOST || bound() == Bound.QUALITATIVE,
        "an actual's bound is EXACT, ABOUT, AT_LEAST, AT_MOST or QUALITATIVE, not %s", bound());
    checkState(text().length() == span().length(), "text '%s' does not fit span %s", text(), span());
  }

  /** Builds an {@link Actual}; not thread-safe. */
  public static class Builder extends ImmutableActual.Builder {
    Builder() {}
  }
}
