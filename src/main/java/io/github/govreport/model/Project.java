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
 * A named major project with the status the report gives it: in "金甬铁路等一批重大项目建成投用",
 * 金甬铁路 is {@link ProjectStatus#COMPLETED}.
 *
 * <p>The {@link #text()} is the project's name in the text; the span covers it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project implements Extracted {

  Project() {}

  /** The project's name as written. */
  public abstract String name();

  /** What the report says of the project. */
  public abstract ProjectStatus status();

  /** A deadline when one is stated, as written: {@code 10月底前}. */
  public abstract Optional<String> deadline();

  /** The year the status refers to: the review year, or the plan year for {@link ProjectStatus#PLANNED}. */
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
    checkState(!name().isEmpty(), "a project needs a name");
    checkState(text().length() == span().length(), "text '%s' does not fit span %s", text(), span());
  }

  /** Builds a {@link Project}; not thread-safe. */
  public static class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
