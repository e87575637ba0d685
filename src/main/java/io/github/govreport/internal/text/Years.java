package io.github.govreport.internal.text;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Numerals;

/**
 * Reads the years and dates a text writes: in Arabic figures (2025年, 2008年3月27日) and in Chinese numerals, with
 * 〇, 零, O or 0 for nought (二〇〇七年, 二00七年, 二O一一年, 二〇一九年一月十四日). Stateless; every method reads
 * only the range it is given.
 */
public final class Years {

  private Years() {}

  /** The first and last years read: reports of the People's Republic, and no figure that only looks like one. */
  public static final int FIRST = 1949;
  public static final int LAST = 2100;

  /** The characters a year or a date is written in, at their values: the digits, then the Chinese numerals. */
  private static final String DIGITS = "0123456789";
  /** Nought as it is also written in a Chinese year: the letter O of a typesetter (二O一一年), and 零. */
  private static final String OTHER_NOUGHTS = "Oo";

  /** The value of one digit of a year as written, or -1. */
  static int digit(char c) {
    int d = DIGITS.indexOf(c);
    if (d < 0) {
      d = Numerals.plainDigit(c); // 〇 to 九: a year writes no 两
    }
    if (d < 0 && (OTHER_NOUGHTS.indexOf(c) >= 0 || Numerals.kind(c) == Numerals.Kind.NOUGHT)) {
      d = 0;
    }
    return d;
  }

  /**
   * The year written at {@code i} and followed by 年 ("2025年", "二〇〇七年"), or -1: four digits all Arabic or all
   * Chinese (with the noughts above), not preceded by another digit, between {@link #FIRST} and {@link #LAST}.
   */
  public static int yearAt(CharSequence t, int i, int end) {
    if (i + 5 > end || t.charAt(i + 4) != Grammar.YEAR || i > 0 && (Normalizer.isDigit(t.charAt(i - 1))
        || Numerals.plainDigit(t.charAt(i - 1)) >= 0)) {
      return -1;
    }
    boolean arabic = Normalizer.isDigit(t.charAt(i));
    int y = 0;
    for (int k = 0; k < 4; k++) {
      char c = t.charAt(i + k);
      int d = digit(c);
      if (d < 0 || arabic && !Normalizer.isDigit(c) || !arabic && Normalizer.isDigit(c) && c != '0') {
        return -1;
      }
      y = 10 * y + d;
    }
    return y >= FIRST && y <= LAST ? y : -1;
  }

  /** The first year written in {@code [from, to)} as {@link #yearAt} reads it, or -1. */
  public static int firstYear(CharSequence t, int from, int to) {
    for (int i = from; i + 5 <= to; i++) {
      int y = yearAt(t, i, to);
      if (y > 0) {
        return y;
      }
    }
    return -1;
  }

  /**
   * The length of a month, and a day if one follows, after a year's 年 at {@code i} ("3月27日", "一月十四日", "01月08日",
   * "1月"), or 0; the month's value is {@code month[0]}.
   */
  public static int monthDayAt(CharSequence t, int i, int end, int[] month) {
    int j = i;
    int m = 0;
    int digits = 0;
    boolean chinese = false;
    while (j < end && digits < 3 && numeral(t.charAt(j)) >= 0) {
      char c = t.charAt(j);
      if (c == Numerals.TEN) {
        m = (m == 0 ? 1 : m) * 10; // 十 is ten, 二十 twenty
        chinese = true;
      } else {
        m = chinese && m >= 10 ? m + digit(c) : 10 * m + digit(c); // 十二 is ten and two, 12 one and two
      }
      j++;
      digits++;
    }
    if (digits == 0 || j >= end || t.charAt(j) != Grammar.MONTH || m < 1 || m > 12) {
      return 0;
    }
    j++;
    month[0] = m;
    int dayStart = j;
    while (j < end && j - dayStart < 3 && numeral(t.charAt(j)) >= 0) {
      j++;
    }
    if (j == dayStart || j >= end || t.charAt(j) != Grammar.DAY) {
      return dayStart - i; // a month without a day: "2025年1月在…"
    }
    return j + 1 - i;
  }

  /** Whether {@code c} is a digit or a Chinese numeral up to ten (of a month, a day or a session: 第十五届). */
  public static boolean isNumeral(char c) {
    return numeral(c) >= 0;
  }

  /** A digit or a Chinese numeral of a month or a day (十 is ten), or -1. */
  private static int numeral(char c) {
    return c == Numerals.TEN ? 10 : digit(c);
  }
}
