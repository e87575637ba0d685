package io.github.govreport.compute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Target;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one indicator's target changed between two years, and how the new target stands against the last
 * result: "生产总值 5.5%左右 → 5%左右, LOWERED by 0.5个百分点; last result 5.8%". Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableTargetChange.class)
@JsonDeserialize(as = ImmutableTargetChange.class)
public abstract class TargetChange {

  TargetChange() {}

  /** The indicator, as the later report names it (the earlier one's for a dropped target). */
  public abstract Indicator indicator();

  /** How the target moved. */
  public abstract ChangeKind kind();

  /** The earlier year's target; absent for {@link ChangeKind#NEW}. */
  public abstract Optional<Target> previous();

  /** The later year's target; absent for {@link ChangeKind#DROPPED}. */
  public abstract Optional<Target> current();

  /** The result of the year between, as the later report's review states it, when it does. */
  public abstract Optional<Actual> lastResult();

  /** The later figure minus the earlier, in the later target's unit (percentage points for percent). */
  public abstract Optional<Quantity> change();

  /** The later figure minus the last result (percentage points for percent): how far the new goal reaches. */
  public abstract Optional<Quantity> versusResult();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetChange}; not thread-safe. */
  public static class Builder extends ImmutableTargetChange.Builder {
    Builder() {}
  }
}
