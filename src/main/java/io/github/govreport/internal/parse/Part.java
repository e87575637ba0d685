package io.github.govreport.internal.parse;

/** The part of a report a paragraph belongs to, which decides what its figures are. */
enum Part {
  /** Title, byline, salutation: no figures read. */
  PREAMBLE,
  /** The review of the past year: figures are actuals. */
  REVIEW,
  /** A five-year plan or five-year review section: figures are not the year's. */
  FIVE_YEAR,
  /** The plan for the coming year: figures are targets. */
  PLAN,
  /** Glossaries and notes after the speech: no figures read. */
  BACK_MATTER
}
