package io.github.govreport.compute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Every target of a plan year held against the results its review states: one {@link Assessment} per
 * target, in the plan's order. Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableAttainmentReport.class)
@JsonDeserialize(as = ImmutableAttainmentReport.class)
public abstract class AttainmentReport {

  AttainmentReport() {}

  /** The year the targets were set for. */
  public abstract OptionalInt planYear();

  /** One assessment per target. */
  public abstract List<Assessment> rows();

  /** How many rows have the given status. */
  public final long count(Status status) {
    return rows().stream().filter(r -> r.status() == status).count();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AttainmentReport}; not thread-safe. */
  public static class Builder extends ImmutableAttainmentReport.Builder {
    Builder() {}
  }
}
