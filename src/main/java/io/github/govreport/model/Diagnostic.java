package io.github.govreport.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A note from the parser about text it skipped or could not classify, with the span it concerns.
 *
 * <p>The parser never throws on odd text; it reports here instead. Immutable and thread-safe.
 *
 * <pre>{@code
 * report.diagnostics().stream()
 *     .filter(d -> d.severity() != Severity.INFO)
 *     .forEach(d -> System.err.println(d.code() + " at " + d.span() + ": " + d.message()));
 * }</pre>
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
public abstract class Diagnostic {

  Diagnostic() {}

  /** How much the diagnostic matters; by default the severity of its {@link #code()}. */
  @Value.Default
  public Severity severity() {
    return code().severity();
  }

  /** What the diagnostic reports. */
  public abstract DiagnosticCode code();

  /** A sentence for a person, naming what was seen. */
  public abstract String message();

  /** The part of the input concerned; empty at the input's start when it concerns the whole input. */
  public abstract SourceSpan span();

  /** Returns a diagnostic with the code's own severity. */
  public static Diagnostic of(DiagnosticCode code, String message, SourceSpan span) {
    return builder().code(code).message(message).span(span).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}; not thread-safe. */
  public static class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }
}
