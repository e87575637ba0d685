package io.github.govreport.internal.lexicon;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Chinese numerals ({@code numerals.tsv}): each char's kind and value, for every stage that reads a number, a
 * year, a label or a plan's name written in them. Loaded once; a char listed twice, or a kind without a char, fails
 * at load. The stages ask by kind and value, never by the char.
 */
public final class Numerals {

  /** What a numeral char is. */
  public enum Kind {
    /** A digit of every use: in a count, a year (二〇二四), a label (一、) or an ordinal. */
    DIGIT,
    /** A digit written only in counts (两个, 两成), never in a year, a label or an ordinal. */
    COUNT_DIGIT,
    /** A nought written in counts and in prose (一百零五), not among a year's digits. */
    NOUGHT,
    /** A unit within ten thousand: 十, 百, 千. */
    UNIT,
    /** A large unit, valued by its power of ten: 万 (4), 亿 (8). */
    LARGE,
    /** The decimal point of a numeral: 点. */
    POINT
  }

  private static final Kind[] KIND_VALUES = Kind.values();
  /** Each char's kind, as its ordinal plus one (0: no numeral); one look-up on the scanner's hot path. */
  private static final byte[] KINDS = new byte[65536];
  /** The numeral chars in file order. */
  private static final String ALL;
  /** Each numeral's value, at its index in {@link #ALL}. */
  private static final int[] VALUES;

  static {
    StringBuilder all = new StringBuilder();
    List<Integer> values = new ArrayList<>();
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/numerals.tsv", 3)) {
      if (row[0].length() != 1 || KINDS[row[0].charAt(0)] != 0) {
        throw new IllegalStateException("numerals.tsv: '" + row[0] + "' is no one char or is listed twice");
      }
      Kind k = Kind.valueOf(row[1]);
      KINDS[row[0].charAt(0)] = (byte) (k.ordinal() + 1);
      all.append(row[0]);
      values.add(Integer.parseInt(row[2]));
      kinds.add(k);
    }
    if (kinds.size() != KIND_VALUES.length) {
      throw new IllegalStateException("numerals.tsv lacks a char of every kind: it has " + kinds);
    }
    ALL = all.toString();
    VALUES = values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The decimal point of a numeral (三点五). */
  public static final char POINT = find(Kind.POINT, 0);
  /** 万, the large unit of four noughts. */
  public static final char TEN_THOUSAND = find(Kind.LARGE, 4);
  /** 亿, the large unit of eight noughts. */
  public static final char HUNDRED_MILLION = find(Kind.LARGE, 8);
  /** 万亿, the large unit of twelve noughts, written as the two. */
  public static final String TRILLION = "" + TEN_THOUSAND + HUNDRED_MILLION;
  /** 十, the unit of ten. */
  public static final char TEN = find(Kind.UNIT, 10);
  /** 百, the unit of a hundred. */
  public static final char HUNDRED = find(Kind.UNIT, 100);

  private Numerals() {}

  /** The kind of {@code c}, or null when it is no numeral. */
  public static Kind kind(char c) {
    int k = KINDS[c];
    return k == 0 ? null : KIND_VALUES[k - 1];
  }

  /** Whether {@code c} is a numeral of any kind but the point: a digit, a nought or a unit. */
  public static boolean isNumeral(char c) {
    int k = KINDS[c];
    return k != 0 && k != Kind.POINT.ordinal() + 1;
  }

  /** The value of a digit or nought of any use (两 is 2, 零 and 〇 are 0), or -1. */
  public static int digit(char c) {
    Kind k = kind(c);
    return k == Kind.DIGIT || k == Kind.COUNT_DIGIT || k == Kind.NOUGHT ? value(c) : -1;
  }

  /** The value of a digit written in years, labels and ordinals (〇 to 九, not 两 or 零), or -1. */
  public static int plainDigit(char c) {
    return kind(c) == Kind.DIGIT ? value(c) : -1;
  }

  /** The value of a unit within ten thousand (十 10, 百 100, 千 1000), or -1. */
  public static int unit(char c) {
    return kind(c) == Kind.UNIT ? value(c) : -1;
  }

  /** The power of ten of a large unit (万 4, 亿 8), or -1. */
  public static int largePower(char c) {
    return kind(c) == Kind.LARGE ? value(c) : -1;
  }

  /** Whether {@code c} is a unit within ten thousand or a large unit: 十, 百, 千, 万, 亿. */
  public static boolean isUnit(char c) {
    Kind k = kind(c);
    return k == Kind.UNIT || k == Kind.LARGE;
  }

  private static int value(char c) {
    return VALUES[ALL.indexOf(c)];
  }

  /** The first char of kind {@code k} and value {@code value}. */
  private static char find(Kind k, int value) {
    for (int i = 0; i < ALL.length(); i++) {
      char c = ALL.charAt(i);
      if (kind(c) == k && VALUES[i] == value) {
        return c;
      }
    }
    throw new IllegalStateException("numerals.tsv has no " + k + " of value " + value);
  }
}
