package io.github.govreport.model;

/** Something the parser read from the text, knowing where: its span and the text it covers. */
public interface Extracted {

  /** Where in the input the item was read. */
  SourceSpan span();

  /** The text of the item, equal to {@code input.substring(span().start(), span().end())}. */
  String text();
}
