package io.github.govreport.model;

/** How much a diagnostic matters to a reader of the result. */
public enum Severity {
  /** Something skipped on purpose, such as page furniture or a five-year figure. */
  INFO,
  /** Something the parser could not classify or had to guess. */
  WARNING,
  /** Something that makes the report incomplete, such as input that is not text. */
  ERROR
}
