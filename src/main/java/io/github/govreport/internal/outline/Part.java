package io.github.govreport.internal.outline;

/**
 * Whether a paragraph belongs to the speech. Which period the speech's paragraphs speak of is the
 * period stage's question, not this one's.
 */
public enum Part {
  /** Title, byline, salutation: not read for figures. */
  PREAMBLE,
  /** The speech itself. */
  BODY,
  /** Glossaries and notes after the speech: not read for figures. */
  BACK_MATTER,
  /** A second copy of the report printed on the same page: not read again. */
  REPEATED
}
