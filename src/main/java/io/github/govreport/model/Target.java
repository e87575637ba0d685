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
 * A goal the report sets for its plan year: "生产总值增长5.5%左右" is a {@link Measure#GROWTH} target of
 * 5.5% with bound {@link Bound#ABOUT}.
 *
 * <p>A target has a quantity unless its bound is {@link Bound#IN_STEP_WITH} (then it has a
 * {@link #reference()} indicator) or {@link Bound#QUALITATIVE}; a range (增长4.5%—5%) is a quantity with an upper
 * value, which binds {@link Bound#EXACT}ly or {@link Bound#ABOUT}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Target gdp = report.target(IndicatorKey.GDP).orElseThrow();
 * gdp.quantity().orElseThrow().value(); // 5.5
 * gdp.bound();                          // ABOUT
 * }</pre>
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target implements Figure {

  Target() {}

  @Override
  public abstract Indicator indicator();

  @Override
  public abstract Measure measure();

  /** How the figure binds: about, at least, at most, exactly (a range between its ends), in step, or no figure. */
  public abstract Bound bound();

  @Override
  public abstract Optional<Quantity> quantity();

  /**
   * For {@link Bound#IN_STEP_WITH}, the indicator to keep pace with (经济增长: GDP); for a target set against another
   * level ("增速高于全省平均水平2个百分点左右"), that level (全省平均水平), the quantity being the gap (2个百分点), which no
   * result of the indicator's own growth meets or misses.
   */
  public abstract Optional<Indicator> reference();

  /** Whether the target is a stretch goal (力争). */
  @Value.Default
  public boolean stretch() {
    return false;
  }

  /** Whether the target is a clause of the main targets passage or a task commitment. */
  public abstract Scope scope();

  @Override
  public abstract OptionalInt year();

  @Override
  public abstract SourceSpan span();

  @Override
  public abstract String text();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    switch (bound()) {
      case QUALITATIVE:
        checkState(quantity().isEmpty(), "a qualitative target has no quantity: %s", text());
        break;
      case IN_STEP_WITH:
        checkState(reference().isPresent(), "an in-step target needs a reference indicator: %s", text());
        break;
      case EXACT:
      case ABOUT:
        checkState(quantity().isPresent(), "a %s target needs a quantity: %s", bound(), text());
        break;
      default:
        Optional<Quantity> q = quantity(); // asked once: each call wraps the value anew
        checkState(q.isPresent() && !q.get().isRange(), "a %s target needs a single quantity: %s", bound(), text());
    }
    checkState(text().length() == span().length(), "text '%s' does not fit span %s", text(), span());
  }

  /** Builds a {@link Target}; not thread-safe. */
  public static class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
