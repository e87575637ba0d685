package io.github.govreport.model;

/** What a {@link Diagnostic} reports; each code has a fixed severity. */
public enum DiagnosticCode {
  /** The input is empty or only white space. */
  EMPTY_INPUT(Severity.WARNING),
  /** A line of page furniture, a photo caption, a byline or a footer was skipped. */
  NOISE_SKIPPED(Severity.INFO),
  /** Markup (HTML tags, markdown emphasis or heading marks) was read past. */
  MARKUP_SKIPPED(Severity.INFO),
  /** Control characters, unpaired surrogates or other characters that are not text were read past. */
  CONTROL_CHARACTERS(Severity.WARNING),
  /** A glossary, appendix or other matter after the speech was not read for figures. */
  BACK_MATTER_SKIPPED(Severity.INFO),
  /** A figure of a five-year summary or a five-year plan was not reported as an actual or a target. */
  FIVE_YEAR_FIGURE_SKIPPED(Severity.INFO),
  /**
   * Neither the title nor the byline names the region; it was taken from the provincial-level region the text
   * names most while speaking of itself as a province (全省, 省委) or a municipality (全市, 市委).
   */
  REGION_INFERRED(Severity.INFO),
  /** No review year or plan year could be found. */
  YEAR_NOT_FOUND(Severity.WARNING),
  /** No main expected targets passage (主要预期目标) was found. */
  NO_MAIN_TARGETS(Severity.WARNING),
  /** A clause of the main targets passage could not be read as a target. */
  UNREAD_MAIN_CLAUSE(Severity.WARNING),
  /** A figure with a unit was seen but could not be tied to an indicator. */
  UNCLASSIFIED_FIGURE(Severity.INFO),
  /** The input was decoded as GB18030 because it is not valid UTF-8. */
  DECODED_AS_GB18030(Severity.INFO),
  /** The input contained bytes that are not valid in its charset; they were replaced. */
  MALFORMED_INPUT(Severity.WARNING),
  /** A bug in the parser stopped it; the report holds nothing but this diagnostic. Please report it. */
  INTERNAL_ERROR(Severity.ERROR);

  private final Severity severity;

  DiagnosticCode(Severity severity) {
    this.severity = severity;
  }

  /** The severity every diagnostic with this code has. */
  public Severity severity() {
    return severity;
  }
}
