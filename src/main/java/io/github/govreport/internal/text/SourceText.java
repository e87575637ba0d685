package io.github.govreport.internal.text;

import io.github.govreport.model.SourceSpan;

/**
 * A normalised view of the input with a map back to it: full-width digits and signs folded to ASCII, markup
 * and spaces dropped, line ends unified. Every normalised char knows the original offset it came from and
 * how many original units it stands for, so a normalised range maps back to an original span whose
 * substring is the text as written (markup included).
 */
public final class SourceText implements CharSequence {
  private final String original;
  private final char[] chars;
  private final OffsetMap origins;
  private final int length;
  private final long[] bold;

  SourceText(String original, char[] chars, OffsetMap origins, int length, long[] bold) {
    this.original = original;
    this.chars = chars;
    this.origins = origins;
    this.length = length;
    this.bold = bold;
  }

  String original() {
    return original;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int i) {
    return chars[i];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text(start, end);
  }

  @Override
  public String toString() {
    return text(0, length);
  }

  /** Whether the normalised char at {@code i} was inside markdown bold ({@code **…**}). */
  public boolean isBold(int i) {
    return bold != null && (bold[i >>> 6] & (1L << i)) != 0;
  }

  /** The decimal number written in {@code [start, end)}: digits, thousands separators, a decimal point. */
  public java.math.BigDecimal decimal(int start, int end) {
    for (int i = start; i < end; i++) {
      if (chars[i] == ',') {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
          if (chars[k] != ',') {
            sb.append(chars[k]);
          }
        }
        return new java.math.BigDecimal(sb.toString());
      }
    }
    return new java.math.BigDecimal(chars, start, end - start);
  }

  /**
   * The normalised text of {@code [start, end)}, its ends moved inwards where they would cut a surrogate pair: a
   * string taken from the text is whole Unicode.
   */
  public String text(int start, int end) {
    int s = start > 0 && start < end && Character.isLowSurrogate(chars[start])
        && Character.isHighSurrogate(chars[start - 1]) ? start + 1 : start;
    int e = end > s && end < length && Character.isLowSurrogate(chars[end])
        && Character.isHighSurrogate(chars[end - 1]) ? end - 1 : end;
    return new String(chars, s, e - s);
  }

  /** Whether the {@code length} chars of the normalised text at {@code a} and at {@code b} are the same. */
  public boolean regionMatches(int a, int b, int length) {
    if (a < 0 || b < 0 || a + length > this.length || b + length > this.length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[a + i] != chars[b + i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the normalised text at {@code at} starts with {@code s}. */
  public boolean startsWith(String s, int at) {
    if (at < 0 || at + s.length() > length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (chars[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the normalised text ending at {@code end} (exclusive) ends with {@code s}. */
  boolean endsWith(String s, int end) {
    return startsWith(s, end - s.length());
  }

  /** Index of {@code s} in {@code [from, to)}, or -1. */
  public int indexOf(String s, int from, int to) {
    int last = to - s.length();
    char first = s.charAt(0);
    for (int i = Math.max(0, from); i <= last; i++) {
      if (chars[i] == first && startsWith(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of char {@code c} in {@code [from, to)}, or -1. */
  public int indexOf(char c, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (chars[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The original offset of the normalised char at {@code i}; {@code i == length()} maps to the input's end. */
  int originStart(int i) {
    return i < length ? origins.origin(i) : original.length();
  }

  /** The original offset just past the normalised char at {@code i}. */
  int originEnd(int i) {
    return origins.origin(i) + origins.width(i);
  }

  /** The original span of the normalised range {@code [start, end)}. */
  public SourceSpan span(int start, int end) {
    if (end <= start) {
      int at = whole(originStart(start), true);
      return SourceSpan.of(at, at);
    }
    return SourceSpan.of(whole(origins.origin(start), true), whole(originEnd(end - 1), false));
  }

  /**
   * An original offset moved off the middle of a surrogate pair: a span never cuts a supplementary character
   * (an emoji, a rare CJK character) in half. A start moves back to the pair's first half, an end on past it.
   */
  private int whole(int offset, boolean start) {
    if (offset <= 0 || offset >= original.length()
        || !Character.isLowSurrogate(original.charAt(offset)) || !Character.isHighSurrogate(original.charAt(offset - 1))) {
      return offset;
    }
    return start ? offset - 1 : offset + 1;
  }

  /** The original text a span covers, as written. */
  public String originalText(SourceSpan span) {
    return original.substring(span.start(), span.end());
  }

  /** The original text of the normalised range {@code [start, end)}, as written. */
  public String originalText(int start, int end) {
    SourceSpan s = span(start, end);
    return original.substring(s.start(), s.end());
  }

  /**
   * Returns the text made of the given ranges of this one, in order ({@code ranges} holds start, end pairs),
   * each char keeping its original offset. The chars move within this text's own arrays: this text must not
   * be used afterwards.
   */
  SourceText compact(int[] ranges, int count) {
    OffsetMap map = new OffsetMap(origins.runs() + count);
    int length = 0;
    for (int k = 0; k < count; k++) {
      int start = ranges[2 * k];
      int end = ranges[2 * k + 1];
      System.arraycopy(chars, start, chars, length, end - start);
      map.copy(origins, start, end, length);
      if (bold != null) {
        for (int i = start; i < end; i++) {
          int to = length + i - start;
          if ((bold[i >>> 6] & (1L << i)) != 0) {
            bold[to >>> 6] |= 1L << to;
          } else {
            bold[to >>> 6] &= ~(1L << to);
          }
        }
      }
      length += end - start;
    }
    return new SourceText(original, chars, map, length, bold);
  }
}
