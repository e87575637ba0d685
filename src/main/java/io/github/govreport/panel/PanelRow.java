package io.github.govreport.panel;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.govreport.compute.Status;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Region;
import io.github.govreport.model.Target;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One target of one report in a {@link Panel}: where and when it was set, the target itself, the result the
 * next year's report of the same region states for it, and the verdict, as {@link
 * io.github.govreport.compute.Attainment} gives it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutablePanelRow.class)
@JsonDeserialize(as = ImmutablePanelRow.class)
public abstract class PanelRow {

  PanelRow() {}

  /**
   * The region of the report that set the target, as the table of divisions writes it (its level, code and
   * parents); absent when the report names none.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Region> region();

  /** The year the target was set for; absent when the report names no year. */
  public abstract OptionalInt planYear();

  /** The target, as the report states it. */
  public abstract Target target();

  /** The result the next year's report states; absent when there is none to compare (NO_DATA). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Actual> result();

  /** The verdict. */
  public abstract Status status();

  /** The result minus the target, in the target's unit (percentage points for percent). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Quantity> gap();

  /** One line saying what was compared and why the verdict. */
  public abstract String explanation();

  /** The file (or label) of the report that set the target. */
  public abstract String source();

  /** The file (or label) of the report the result was read from; absent without a next year's report. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> resultSource();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PanelRow}; not thread-safe. */
  public static class Builder extends ImmutablePanelRow.Builder {
    Builder() {}
  }
}
