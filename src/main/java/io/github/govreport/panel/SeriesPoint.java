package io.github.govreport.panel;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.govreport.compute.Status;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Target;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One year of a {@linkplain Panel#series series}: the target a region set for an indicator that year, the
 * result the next year's report states, and the verdict; each absent when the reports say nothing of it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableSeriesPoint.class)
@JsonDeserialize(as = ImmutableSeriesPoint.class)
public abstract class SeriesPoint {

  SeriesPoint() {}

  /** The year. */
  public abstract int year();

  /** The target set for the year; absent when that year's report sets none for the indicator. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Target> target();

  /** The result stated for the year by the next year's report. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Actual> result();

  /** The verdict on the target; absent without a target. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Status> status();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SeriesPoint}; not thread-safe. */
  public static class Builder extends ImmutableSeriesPoint.Builder {
    Builder() {}
  }
}
