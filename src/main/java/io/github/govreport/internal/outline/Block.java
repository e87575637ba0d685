package io.github.govreport.internal.outline;

import io.github.govreport.internal.text.LabelKind;

/**
 * A paragraph of the normalised text: one line, or several when a line was broken mid-sentence. Mutable
 * while the outline is built, then only read.
 */
public final class Block {
  /** Normalised range of the paragraph's content, trimmed; may contain '\n' where lines were joined. */
  public final int start;
  public final int end;

  /** For a heading: how it is labelled; null for a plain paragraph. */
  public LabelKind kind;
  /** The markdown level, for {@link LabelKind#MARKDOWN}. */
  int markdownLevel;
  int labelStart;
  public int labelEnd;
  public int titleStart;
  public int titleEnd;
  /** Where the paragraph's own text starts: after a heading's label and title when they share its line. */
  public int bodyStart;
  /** The outline level, from 1, for headings. */
  int level;

  public Part part = Part.PREAMBLE;
  /** Whether the paragraph is a line of the page around the report (a reading list, a footer). */
  public boolean chrome;
  /** Whether the paragraph ends at a full-width line of hard-wrapped text: its sentences may go on after it. */
  public boolean mayGoOn;

  Block(int start, int end) {
    this.start = start;
    this.end = end;
    this.bodyStart = start;
    this.labelStart = start;
    this.labelEnd = start;
  }

  /** Whether the block opens with a heading or a list label. */
  public boolean isHeading() {
    return kind != null;
  }

  /** Whether the block heads a part of the report: 一、, a markdown heading, or a short line of its own. */
  public boolean isPartHeading() {
    return kind == LabelKind.CHINESE_ENUM || kind == LabelKind.MARKDOWN || kind == LabelKind.PLAIN;
  }

  /** Whether the heading is a whole line with no body of its own. */
  public boolean headingOnly() {
    return kind != null && bodyStart >= end;
  }
}
