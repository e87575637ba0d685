package io.github.govreport.compute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Target;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of holding one target against the actual result: a {@link Status}, the gap in the target's
 * unit (in percentage points for targets in percent) and a one-line explanation.
 *
 * <pre>{@code
 * Assessment a = Attainment.defaults().assess(target, actual);
 * a.status();      // EXCEEDED
 * a.gap();         // 0.5个百分点
 * a.explanation(); // 生产总值: 6% against 5.5%左右 (±0.5) — EXCEEDED by 0.5个百分点
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {

  Assessment() {}

  /** The target assessed. */
  public abstract Target target();

  /** The actual result it was held against; absent for {@link Status#NO_DATA}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Actual> actual();

  /** For an in-step target, the reference indicator's result (经济增长: GDP growth). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Actual> reference();

  /** The verdict. */
  public abstract Status status();

  /** Actual minus target in the target's unit (percentage points for percent); 0 inside a range. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Quantity> gap();

  /** One line for a person saying what was compared and why the verdict. */
  public abstract String explanation();

  /** Whether the target is a stretch goal (力争). */
  @Value.Derived
  public boolean stretch() {
    return target().stretch();
  }

  /** Whether the result is an estimate (预计), so the verdict may change with final figures. */
  @Value.Derived
  public boolean estimated() {
    return actual().map(Actual::estimated).orElse(false) || reference().map(Actual::estimated).orElse(false);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; not thread-safe. */
  public static class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
