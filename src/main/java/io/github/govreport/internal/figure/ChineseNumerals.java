package io.github.govreport.internal.figure;

import io.github.govreport.internal.lexicon.Numerals;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Reads numbers written in Chinese numerals: 一千二百, 三十五, 两, 十, 三点五. Rejects anything else. */
final class ChineseNumerals {

  private ChineseNumerals() {}

  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  /**
   * The value of an integer in Chinese numerals with 十, 百, 千, 万, 亿 and 万亿 (一千二百 → 1200, 十五 → 15, 三万亿
   * → 3·10<sup>12</sup>), exactly, or null if the text is not such a number: 十四五, 一二, and a numeral whose
   * large units do not fall (五千亿五千亿 repeats 亿: it is no number).
   */
  static BigInteger parseInteger(String s) {
    if (s.isEmpty()) {
      return null;
    }
    Reading r = new Reading();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = Numerals.digit(c);
      int u = d >= 0 ? -1 : Numerals.unit(c);
      boolean read;
      if (d >= 0) {
        read = r.digit(d);
      } else if (u > 0) {
        read = r.unit(u);
      } else if (Numerals.largePower(c) > 0) {
        int power = Numerals.largePower(c);
        if (power == 4 && i + 1 < s.length() && Numerals.largePower(s.charAt(i + 1)) == 8) {
          power = 12; // 万亿
          i++;
        }
        read = r.large(power);
      } else {
        read = false;
      }
      if (!read) {
        return null;
      }
    }
    BigInteger v = r.end();
    return s.length() == 1 && Numerals.digit(s.charAt(0)) < 0 && Numerals.unit(s.charAt(0)) < 0 ? null : v;
  }

  /** An integer in Chinese numerals read char by char; each step answers false where the chars are no number. */
  private static final class Reading {
    BigInteger total = BigInteger.ZERO;
    long section;
    int pendingDigit = -1;
    int lastUnit = Integer.MAX_VALUE;
    int lastBig = Integer.MAX_VALUE; // the power of ten of the last 万 or 亿 group: 12, 8 or 4
    boolean zero;

    boolean digit(int d) {
      if (d == 0) {
        zero = true;
      }
      if (pendingDigit >= 0 && !(pendingDigit == 0 || d == 0)) {
        return false; // two digits in a row: 一二
      }
      pendingDigit = d;
      return true;
    }

    /** 十, 百 or 千 ({@code u} 10, 100, 1000). */
    boolean unit(int u) {
      if (u >= lastUnit) {
        return false; // 百千 is not a number
      }
      int mult = pendingDigit < 0 ? (u == 10 && section == 0 ? 1 : -1) : pendingDigit;
      if (mult < 0) {
        return false;
      }
      section += (long) mult * u;
      pendingDigit = -1;
      lastUnit = u;
      zero = false;
      return true;
    }

    /** 万, 亿 or 万亿 (the power of ten 4, 8 or 12). */
    boolean large(int power) {
      if (power >= lastBig) {
        return false; // 五千亿五千亿, 三万五万: the large units must fall
      }
      if (pendingDigit > 0) {
        section += pendingDigit;
      }
      if (section == 0) {
        return false;
      }
      total = total.add(BigInteger.valueOf(section).multiply(TEN_THOUSAND.pow(power / 4)));
      section = 0;
      pendingDigit = -1;
      lastUnit = Integer.MAX_VALUE;
      lastBig = power;
      return true;
    }

    BigInteger end() {
      if (pendingDigit > 0) {
        if (!zero && lastUnit != Integer.MAX_VALUE && lastUnit > 10) {
          // 一千二 means 1200: a trailing digit counts in the next lower unit.
          section += (long) pendingDigit * (lastUnit / 10);
        } else if (!zero && lastUnit == Integer.MAX_VALUE && lastBig != Integer.MAX_VALUE && section == 0) {
          // 一万五 means 15000: a trailing digit after a large unit counts in its thousands.
          section += (long) pendingDigit * 1000;
          total = total.add(BigInteger.valueOf(section).multiply(TEN_THOUSAND.pow(lastBig / 4 - 1)));
          section = 0;
        } else {
          section += pendingDigit;
        }
      }
      return total.add(BigInteger.valueOf(section));
    }
  }

  /** The value of a decimal in Chinese numerals (三点五 → 3.5), or null. */
  static BigDecimal parseDecimal(String s) {
    int dot = s.indexOf(Numerals.POINT);
    if (dot < 0) {
      BigInteger v = parseInteger(s);
      return v == null ? null : new BigDecimal(v);
    }
    BigInteger whole = parseInteger(s.substring(0, dot));
    if (whole == null || dot + 1 >= s.length()) {
      return null;
    }
    StringBuilder frac = new StringBuilder();
    for (int i = dot + 1; i < s.length(); i++) {
      int d = Numerals.digit(s.charAt(i));
      if (d < 0) {
        return null;
      }
      frac.append(d);
    }
    return new BigDecimal(whole + "." + frac);
  }
}
