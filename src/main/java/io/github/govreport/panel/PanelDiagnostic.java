package io.github.govreport.panel;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What building a {@link Panel} could not do with a report, and why. Immutable and thread-safe. */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutablePanelDiagnostic.class)
@JsonDeserialize(as = ImmutablePanelDiagnostic.class)
public abstract class PanelDiagnostic {

  PanelDiagnostic() {}

  /** What happened. */
  public enum Code {
    /** A file could not be read (missing, unreadable, binary, too large); the panel went on without it. */
    UNREADABLE,
    /** Two reports of the same region and year: one was kept, the message says which and why. */
    DUPLICATE_REPORT,
    /** A report names no year: its targets are rows without a year, left out of pairing. */
    NO_YEAR,
    /** A report's region is not in the table of regions: it joins the panel under its name as written. */
    REGION_NOT_KNOWN,
    /** A next year's report does not look back on the year its predecessor planned: not paired. */
    YEARS_DO_NOT_MEET
  }

  /** What happened. */
  public abstract Code code();

  /** The file or label of the report concerned. */
  public abstract String source();

  /** One line for a person. */
  public abstract String message();

  /** Returns a diagnostic. */
  public static PanelDiagnostic of(Code code, String source, String message) {
    return ImmutablePanelDiagnostic.builder().code(code).source(source).message(message).build();
  }
}
