package io.github.govreport.internal.text;

/** The ways a heading or list item is labelled, each its own level in the outline. */
public enum LabelKind {
  /** A markdown heading; its level is the number of {@code #}. */
  MARKDOWN,
  /** 一、 */
  CHINESE_ENUM,
  /** （一） */
  CHINESE_PAREN,
  /** 1. or 1、 */
  ARABIC_DOT,
  /** （1） */
  ARABIC_PAREN,
  /** ①, ② … */
  CIRCLED,
  /** A bold lead sentence: **…** at the start of a paragraph. */
  BOLD_LEAD,
  /** —— at the start of a paragraph. */
  DASH,
  /** 一是, 二是 … at the start of a paragraph. */
  ORDINAL_SHI,
  /** A short line without punctuation standing alone: 名词解释, 附件. */
  PLAIN;

  /** Whether the label's title is a heading apart from the text (一、, markdown, bold), not its first sentence. */
  public boolean isTitled() {
    return this == MARKDOWN || this == CHINESE_ENUM || this == BOLD_LEAD || this == PLAIN;
  }

  /** Whether the label marks an item of a list, which never holds headings of other kinds. */
  public boolean isListItem() {
    return this == DASH || this == ORDINAL_SHI || this == CIRCLED;
  }
}
