package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named programme, strategy, project scheme or action the report refers to: “千项万亿”工程,
 * “八八战略”, “415X”先进制造业集群培育工程.
 *
 * <p>The {@link #name()} is the name as written where it is first mentioned, quotes included
 * ({@code “千项万亿”工程}); the {@link #nickname()} is the quoted part without its quotes
 * ({@code 千项万亿}). Each programme is reported once, at its first mention. Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableProgram.class)
@JsonDeserialize(as = ImmutableProgram.class)
public abstract class Program implements Extracted {

  Program() {}

  /** The name as written, with the quotes of its nickname. */
  public abstract String name();

  /** The quoted part of the name without quotes, when the name has one. */
  public abstract Optional<String> nickname();

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
    checkState(!name().isEmpty(), "a programme needs a name");
    checkState(text().length() == span().length(), "text '%s' does not fit span %s", text(), span());
  }

  /** Builds a {@link Program}; not thread-safe. */
  public static class Builder extends ImmutableProgram.Builder {
    Builder() {}
  }
}
