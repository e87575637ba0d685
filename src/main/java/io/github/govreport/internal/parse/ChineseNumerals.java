package io.github.govreport.internal.parse;

import java.math.BigDecimal;

/** Reads numbers written in Chinese numerals: 一千二百, 三十五, 两, 十, 三点五. Rejects anything else. */
final class ChineseNumerals {

  private ChineseNumerals() {}

  private static int digit(char c) {
    switch (c) {
      case '零':
      case '〇':
        return 0;
      case '一':
        return 1;
      case '二':
      case '两':
        return 2;
      case '三':
        return 3;
      case '四':
        return 4;
      case '五':
        return 5;
      case '六':
        return 6;
      case '七':
        return 7;
      case '八':
        return 8;
      case '九':
        return 9;
      default:
        return -1;
    }
  }

  private static long unit(char c) {
    switch (c) {
      case '十':
        return 10;
      case '百':
        return 100;
      case '千':
        return 1000;
      default:
        return -1;
    }
  }

  /**
   * The value of an integer in Chinese numerals with 十, 百, 千, 万 and 亿 (一千二百 → 1200, 十五 → 15), or
   * null if the text is not such a number (十四五, 一二).
   */
  static Long parseInteger(String s) {
    if (s.isEmpty()) {
      return null;
    }
    long total = 0;
    long section = 0;
    long pendingDigit = -1;
    long lastUnit = Long.MAX_VALUE;
    boolean zero = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d == 0) {
        zero = true;
      }
      if (d >= 0) {
        if (pendingDigit >= 0 && !(pendingDigit == 0 || d == 0)) {
          return null; // two digits in a row: 一二
        }
        pendingDigit = d;
        continue;
      }
      long u = unit(c);
      if (u > 0) {
        if (u >= lastUnit) {
          return null; // 十四五 reads 十, 四, 五 fine, but 百千 is not a number
        }
        long mult = pendingDigit < 0 ? (u == 10 && section == 0 ? 1 : -1) : pendingDigit;
        if (mult < 0) {
          return null;
        }
        section += mult * u;
        pendingDigit = -1;
        lastUnit = u;
        zero = false;
        continue;
      }
      if (c == '万' || c == '亿') {
        long big = c == '万' ? 10_000L : 100_000_000L;
        if (pendingDigit > 0) {
          section += pendingDigit;
        }
        if (section == 0) {
          return null;
        }
        total = (total + section) * big;
        section = 0;
        pendingDigit = -1;
        lastUnit = Long.MAX_VALUE;
        continue;
      }
      return null;
    }
    if (pendingDigit > 0) {
      if (!zero && lastUnit != Long.MAX_VALUE && lastUnit > 10) {
        // 一千二 means 1200: a trailing digit counts in the next lower unit.
        section += pendingDigit * (lastUnit / 10);
      } else {
        section += pendingDigit;
      }
    }
    long v = total + section;
    return s.length() == 1 && digit(s.charAt(0)) < 0 && unit(s.charAt(0)) < 0 ? null : Long.valueOf(v);
  }

  /** The value of a decimal in Chinese numerals (三点五 → 3.5), or null. */
  static BigDecimal parseDecimal(String s) {
    int dot = s.indexOf('点');
    if (dot < 0) {
      Long v = parseInteger(s);
      return v == null ? null : BigDecimal.valueOf(v);
    }
    Long whole = parseInteger(s.substring(0, dot));
    if (whole == null || dot + 1 >= s.length()) {
      return null;
    }
    StringBuilder frac = new StringBuilder();
    for (int i = dot + 1; i < s.length(); i++) {
      int d = digit(s.charAt(i));
      if (d < 0) {
        return null;
      }
      frac.append(d);
    }
    return new BigDecimal(whole + "." + frac);
  }
}
