package io.github.govreport.internal.parse;

/**
 * A paragraph of the normalised text: one line, or several when a line was broken mid-sentence. Mutable
 * while the outline is built, then only read.
 */
final class Block {
  /** Normalised range of the paragraph's content, trimmed; may contain '\n' where lines were joined. */
  final int start;
  final int end;

  /** For a heading: how it is labelled; null for a plain paragraph. */
  LabelKind kind;
  /** The markdown level, for {@link LabelKind#MARKDOWN}. */
  int markdownLevel;
  int labelStart;
  int labelEnd;
  int titleStart;
  int titleEnd;
  /** Where the paragraph's own text starts: after a heading's label and title when they share its line. */
  int bodyStart;
  /** The outline level, from 1, for headings. */
  int level;

  Part part = Part.PREAMBLE;
  /** Whether the paragraph ends at a full-width line of hard-wrapped text: its sentences may go on after it. */
  boolean mayGoOn;

  Block(int start, int end) {
    this.start = start;
    this.end = end;
    this.bodyStart = start;
    this.labelStart = start;
    this.labelEnd = start;
  }

  /** Whether the block opens with a heading or a list label. */
  boolean isHeading() {
    return kind != null;
  }

  /** Whether the block heads a part of the report: 一、, a markdown heading, or a short line of its own. */
  boolean isPartHeading() {
    return kind == LabelKind.CHINESE_ENUM || kind == LabelKind.MARKDOWN || kind == LabelKind.PLAIN;
  }

  /** Whether the heading is a whole line with no body of its own. */
  boolean headingOnly() {
    return kind != null && bodyStart >= end;
  }
}
