package io.github.govreport.internal.figure;

import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the figures of a clause in one pass: Arabic numbers (with thousands separators and decimals),
 * Chinese numerals where they are clearly figures (百分之五, 两成, 一千二百万人), ranges (4.5%—5%, 4.5-5%,
 * 5%至6%), ranks (第4位), each with its unit (万/亿 multipliers included) and a qualifier after it (左右,
 * 以上). Dates, durations, ordinals, identifiers (PM2.5, 5G) and anything inside quotes are not figures.
 * Immutable and thread-safe.
 */
public final class FigureScanner {

  private final WordTable<Unit> units;

  public FigureScanner(UnitCatalog catalog) {
    Map<String, Unit> all = new TreeMap<>();
    for (String base : catalog.units().keySet()) {
      all.put(base, catalog.parse(base));
      for (String m : UnitCatalog.multipliers().keySet()) {
        all.put(m + base, catalog.parse(m + base));
      }
    }
    for (String m : new String[] {"万", "亿", "万亿", "千万", "百万", "十万"}) {
      all.put(m, catalog.parse(m));
    }
    this.units = WordTable.of(all);
  }

  private static final String CN_NUMERALS = "零〇一二两三四五六七八九十百千万亿";

  private static boolean isNumeral(char c) {
    // All the numerals lie in U+3007..U+96F6; most text is outside the few chars, so test the cheap range first.
    return c >= '\u3007' && CN_NUMERALS.indexOf(c) >= 0;
  }
  private static final String TIME_WORDS = "年月日号时岁届期季版代秒";

  /** Chars where a figure or a quote may start; all others are passed over at once. */
  private static final boolean[] INTERESTING = new boolean[65536];

  static {
    for (char c = '0'; c <= '9'; c++) {
      INTERESTING[c] = true;
    }
    for (char c : (CN_NUMERALS + "第百“”《》「」‘’").toCharArray()) {
      INTERESTING[c] = true;
    }
  }

  /** The figures in the normalised range {@code [from, to)}, in order. */
  public List<Amount> scan(SourceText t, int from, int to) {
    return scan(t, from, to, null);
  }

  /**
   * The figures in {@code [from, to)}, in order; Chinese numerals written as figures that are no number
   * ("五千亿五千亿斤") are added to {@code malformed} as start, end pairs when it is not null.
   */
  public List<Amount> scan(SourceText t, int from, int to, List<int[]> malformed) {
    List<Amount> out = null;
    int quoteDepth = 0;
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (!INTERESTING[c]) {
        i++;
        continue;
      }
      if (c == '“' || c == '《' || c == '「' || c == '‘') {
        quoteDepth++;
        i++;
        continue;
      }
      if (c == '”' || c == '》' || c == '」' || c == '’') {
        quoteDepth = Math.max(0, quoteDepth - 1);
        i++;
        continue;
      }
      if (quoteDepth > 0) {
        i++;
        continue;
      }
      Amount a = figureAt(t, i, from, to, malformed);
      int next = a != null ? a.suffixEnd : pastNoFigure(t, i, from, to);
      if (a != null) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(a);
      }
      i = Math.max(next, i + 1);
    }
    return out == null ? List.of() : out;
  }

  /** The figure that starts at {@code i}, a char that may start one, or null. */
  private Amount figureAt(SourceText t, int i, int from, int to, List<int[]> malformed) {
    char c = t.charAt(i);
    if (Normalizer.isDigit(c)) {
      if (isMinusSign(t, i, from)) {
        return negative(arabic(t, i, to), i - 1); // "社会消费品零售总额增长-2.6%": a fall written as a negative rise
      }
      return i > from && isIdentifierChar(t.charAt(i - 1)) ? null : arabic(t, i, to);
    }
    if (c == '第') {
      return rank(t, i, to);
    }
    if (c == '百' && t.startsWith("百分之", i)) {
      return percentInWords(t, i, to);
    }
    if (c >= '\u3007' && isNumeral(c) && (i == from || !isNumeral(t.charAt(i - 1)))) {
      return chinese(t, i, to, malformed);
    }
    return null;
  }

  /** Where the scan goes on after {@code i} when no figure starts there: past a number, a code or a numeral word. */
  private static int pastNoFigure(SourceText t, int i, int from, int to) {
    char c = t.charAt(i);
    if (Normalizer.isDigit(c)) {
      return !isMinusSign(t, i, from) && i > from && isIdentifierChar(t.charAt(i - 1)) ? skipAlnum(t, i, to)
          : skipNumber(t, i, to);
    }
    if (c >= '\u3007' && isNumeral(c) && (i == from || !isNumeral(t.charAt(i - 1)))) {
      int next = i + 1;
      while (next < to && isNumeral(t.charAt(next))) {
        next++;
      }
      return next;
    }
    return i + 1;
  }

  /** Whether a minus sign stands before the digit at {@code i}: a '-' after an ideograph, not inside a code. */
  private static boolean isMinusSign(SourceText t, int i, int from) {
    return i - 1 >= from && t.charAt(i - 1) == '-' && (i - 2 < from || Chars.isCjk(t.charAt(i - 2)));
  }

  /** The figure {@code a} with its sign turned, starting at its minus sign; null for null. */
  private static Amount negative(Amount a, int minus) {
    return a == null ? null : new Amount(minus, a.end, a.suffixEnd, a.value.negate(),
        a.upper == null ? null : a.upper.negate(), a.unit, a.suffixBound, a.more);
  }

  private static boolean isIdentifierChar(char c) {
    return Normalizer.isAsciiLetter(c) || c == '_' || c == '+' || c == '.' || c == '-' || c == '/'
        || Normalizer.isDigit(c);
  }

  private static int skipAlnum(SourceText t, int i, int to) {
    int j = i;
    while (j < to && (Normalizer.isDigit(t.charAt(j)) || Normalizer.isAsciiLetter(t.charAt(j)) || t.charAt(j) == '.')) {
      j++;
    }
    return j;
  }

  private static int skipNumber(SourceText t, int i, int to) {
    int j = i;
    while (j < to && (Normalizer.isDigit(t.charAt(j)) || t.charAt(j) == '.' || t.charAt(j) == ',')) {
      j++;
    }
    return j;
  }

  /** The end of an Arabic number at {@code i} (digits, thousands separators, one decimal part). */
  private static int numberEnd(SourceText t, int i, int to) {
    int j = i;
    while (j < to && Normalizer.isDigit(t.charAt(j))) {
      j++;
    }
    while (j + 3 < to + 0 && j < to && t.charAt(j) == ',' && j + 3 < to
        && Normalizer.isDigit(t.charAt(j + 1)) && Normalizer.isDigit(t.charAt(j + 2))
        && Normalizer.isDigit(t.charAt(j + 3)) && (j + 4 >= to || !Normalizer.isDigit(t.charAt(j + 4)))) {
      j += 4;
    }
    if (j + 1 < to && t.charAt(j) == '.' && Normalizer.isDigit(t.charAt(j + 1))) {
      j++;
      while (j < to && Normalizer.isDigit(t.charAt(j))) {
        j++;
      }
    }
    return j;
  }

  private Amount arabic(SourceText t, int i, int to) {
    int numEnd = numberEnd(t, i, to);
    if (numEnd - i > 30) {
      return null;
    }
    if (i > 0 && (t.charAt(i - 1) == '前' || t.charAt(i - 1) == '第')) {
      return null;
    }
    return withUnit(t, i, numEnd, to, null);
  }

  /**
   * Reads the unit, a range and a qualifier after a number ending at {@code numEnd}; {@code value} is the
   * number's value, or null to read it from {@code [start, numEnd)} once a unit shows it is a figure.
   */
  private Amount withUnit(SourceText t, int start, int numEnd, int to, BigDecimal known) {
    if (numEnd < to) {
      char after = t.charAt(numEnd);
      if (TIME_WORDS.indexOf(after) >= 0 || after == '∶' || after == ':' || after == '+'
          || after == '.' && (numEnd + 1 >= to || !Normalizer.isDigit(t.charAt(numEnd + 1)))) {
        return null;
      }
    }
    int u = pastMore(t, numEnd, to);
    boolean more = u > numEnd;
    WordTable.Match<Unit> m = units.longestAt(t, u, to);
    Unit unit = null;
    int unitEnd = u;
    if (m != null) {
      unit = m.value;
      unitEnd = u + m.length;
      if (unitEnd < to && unit.dimension() == Dimension.COUNT && t.charAt(unitEnd) == '月') {
        return null; // 3个月: a duration
      }
      if (isLetterUnit(unit) && unitEnd < to && Normalizer.isAsciiLetter(t.charAt(unitEnd))) {
        unit = null;
      }
    }
    if (unit == null) {
      if (more) {
        return null;
      }
      if (u < to && Normalizer.isAsciiLetter(t.charAt(u))) {
        return null;
      }
      // 4.5-5%: a number without a unit may open a range.
      return range(t, start, numEnd, to, known, null, numEnd);
    }
    Amount r = range(t, start, unitEnd, to, known, unit, numEnd);
    if (r != null) {
      return r;
    }
    BigDecimal value = known != null ? known : t.decimal(start, numEnd);
    return finish(t, start, unitEnd, to, value, null, unit, more);
  }

  /** Past a 多 or 余 ("100多家", "300余个") written between a number and its unit, or {@code at} when none. */
  private static int pastMore(SourceText t, int at, int to) {
    return at < to && (t.charAt(at) == '多' || t.charAt(at) == '余') ? at + 1 : at;
  }

  private static boolean isLetterUnit(Unit unit) {
    String s = unit.symbol();
    return !s.isEmpty() && Normalizer.isAsciiLetter(s.charAt(s.length() - 1));
  }

  private Amount range(SourceText t, int start, int firstEnd, int to, BigDecimal known, Unit firstUnit,
      int lowEnd) {
    int j = firstEnd;
    if (j >= to) {
      return null;
    }
    char c = t.charAt(j);
    if (c == '—' || c == '–' || c == '-' || c == '~' || c == '至' || c == '到' || c == '－') {
      j++;
      if (c == '—' && j < to && t.charAt(j) == '—') {
        j++;
      }
    } else {
      return null;
    }
    if (j >= to || !Normalizer.isDigit(t.charAt(j))) {
      return null;
    }
    int hiEnd = numberEnd(t, j, to);
    if (hiEnd - j > 30) {
      return null;
    }
    WordTable.Match<Unit> m = units.longestAt(t, hiEnd, to);
    if (m == null) {
      return null;
    }
    BigDecimal high = t.decimal(j, hiEnd);
    BigDecimal low = known != null ? known : t.decimal(start, lowEnd);
    Unit unit = m.value;
    if (firstUnit != null && !firstUnit.symbol().equals(unit.symbol())) {
      return null;
    }
    if (low.compareTo(high) >= 0) {
      return null;
    }
    return finish(t, start, hiEnd + m.length, to, low, high, unit, false);
  }

  private Amount finish(SourceText t, int start, int end, int to, BigDecimal value, BigDecimal upper, Unit unit,
      boolean more) {
    WordTable.Match<Bound> q = Lexicon.SUFFIX_BOUNDS.longestAt(t, end, to);
    Bound bound = q == null ? null : q.value;
    int suffixEnd = q == null ? end : end + q.length;
    return new Amount(start, end, suffixEnd, value, upper, unit, bound, more);
  }

  /** 第4位 / 第一名: a rank, when a rank word follows or precedes. */
  private Amount rank(SourceText t, int i, int to) {
    int j = i + 1;
    BigDecimal value;
    int numEnd;
    if (j < to && Normalizer.isDigit(t.charAt(j))) {
      numEnd = j;
      while (numEnd < to && numEnd - j < 4 && Normalizer.isDigit(t.charAt(numEnd))) {
        numEnd++;
      }
      value = new BigDecimal(t.text(j, numEnd));
    } else {
      numEnd = j;
      while (numEnd < to && numEnd - j < 3 && CN_NUMERALS.indexOf(t.charAt(numEnd)) >= 0) {
        numEnd++;
      }
      BigInteger v = numEnd > j ? ChineseNumerals.parseInteger(t.text(j, numEnd)) : null;
      if (v == null) {
        return null;
      }
      value = new BigDecimal(v);
    }
    if (numEnd < to && (t.charAt(numEnd) == '位' || t.charAt(numEnd) == '名')) {
      Unit unit = Unit.of(String.valueOf(t.charAt(numEnd)), Dimension.RANK, BigDecimal.ONE);
      return finish(t, i, numEnd + 1, to, value, null, unit, false);
    }
    // "第2、第4位": a rank whose 位 is written once, after the last of a list.
    if (numEnd + 1 < to && (t.charAt(numEnd) == '、' || t.charAt(numEnd) == '和') && t.charAt(numEnd + 1) == '第') {
      for (int k = numEnd + 2; k < Math.min(to, numEnd + 8); k++) {
        char c = t.charAt(k);
        if (c == '位' || c == '名') {
          return finish(t, i, numEnd, to, value, null, Unit.of(String.valueOf(c), Dimension.RANK, BigDecimal.ONE),
              false);
        }
        if (!Normalizer.isDigit(c) && CN_NUMERALS.indexOf(c) < 0 && c != '、' && c != '第' && c != '和') {
          break;
        }
      }
    }
    return null;
  }

  /** 百分之五, 百分之三点五. */
  private Amount percentInWords(SourceText t, int i, int to) {
    int j = i + 3;
    int k = j;
    while (k < to && (CN_NUMERALS.indexOf(t.charAt(k)) >= 0 || t.charAt(k) == '点')) {
      k++;
    }
    if (k == j) {
      return null;
    }
    BigDecimal v = ChineseNumerals.parseDecimal(t.text(j, k));
    if (v == null) {
      return null;
    }
    return finish(t, i, k, to, v, null, Unit.PERCENT, false);
  }

  /** 成, tenths: 两成 is two tenths. */
  private static final Unit TENTHS = Unit.parse("成");

  /** 两成, 一千二百万人, 三十万亩: Chinese numerals that are clearly figures. */
  private Amount chinese(SourceText t, int i, int to, List<int[]> malformed) {
    int k = i;
    while (k < to && k - i < 12 && CN_NUMERALS.indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    if (k >= to || i > 0 && t.charAt(i - 1) == '第') {
      return null;
    }
    if (t.charAt(k) == '成' && k - i == 1 && "一二两三四五六七八九".indexOf(t.charAt(i)) >= 0) {
      return finish(t, i, k + 1, to, new BigDecimal(ChineseNumerals.parseInteger(t.text(i, k))), null, TENTHS, false);
    }
    if ("万亿千百".indexOf(t.charAt(i)) >= 0) {
      return k - i <= 3 ? roundThreshold(t, i, k, to) : null; // most such runs are words (万亿级)
    }
    if (k - i < 2) {
      return null; // checked before the run is copied: most runs of numeral characters are words (一些)
    }
    String run = t.text(i, k);
    String multiplier = "";
    String digits = run;
    if (digits.endsWith("万亿")) {
      multiplier = "万亿";
    } else if (digits.endsWith("万") || digits.endsWith("亿")) {
      multiplier = digits.substring(digits.length() - 1);
    }
    digits = digits.substring(0, digits.length() - multiplier.length());
    // The numeral read whole must be a number too: its large units fall (五千亿五千亿 is none).
    BigInteger v = multiplier.isEmpty() || ChineseNumerals.parseInteger(run) != null
        ? ChineseNumerals.parseInteger(digits) : null;
    if (digits.length() < 2 && multiplier.isEmpty()) {
      return null;
    }
    int u = pastMore(t, k, to);
    boolean more = u > k;
    WordTable.Match<Unit> m = units.longestAt(t, u, to);
    if (m == null) {
      return null;
    }
    if (v == null) {
      if (malformed != null && digits.length() >= 2 && hasUnitWord(digits)) {
        malformed.add(new int[] {i, u + m.length}); // "五千亿五千亿斤": written as a figure, but no number
      }
      return null;
    }
    Unit unit = multiplier.isEmpty() ? m.value : Unit.parse(multiplier + m.value.symbol());
    if (m.value.dimension() == Dimension.COUNT && UnitCatalog.multipliers().containsKey(m.value.symbol())) {
      return null;
    }
    return finish(t, i, u + m.length, to, new BigDecimal(v), null, unit, more);
  }

  /**
   * A round threshold passed, written with its magnitude alone: 突破万亿元 is 1万亿元, 超百亿元 100亿元, 突破万元 1万元.
   * Only after a word of a level reached or passed (突破, 超, 迈上: LEVEL_AT_LEAST in cues.tsv), before a unit and
   * at the end of its phrase or before a threshold word (大关, 台阶); elsewhere such runs are words (万亿级, 千万家)
   * or qualify a noun (超百亿元企业).
   */
  private Amount roundThreshold(SourceText t, int i, int k, int to) {
    WordTable.Match<Cue> cue = Lexicon.CUES.longestEndingAt(t, i, Math.max(0, i - 4));
    if (cue == null || cue.value != Cue.LEVEL_AT_LEAST) {
      return null;
    }
    int m = t.startsWith("万亿", k - 2) && k - 2 >= i ? k - 2 : k - 1;
    String multiplier = t.text(m, k);
    if (!multiplier.equals("万") && !multiplier.equals("亿") && !multiplier.equals("万亿")
        || m - i > 1 || m > i && "十百千".indexOf(t.charAt(i)) < 0) {
      return null;
    }
    WordTable.Match<Unit> unit = units.longestAt(t, k, to);
    if (unit == null || unit.value.dimension() == Dimension.COUNT
        && UnitCatalog.multipliers().containsKey(unit.value.symbol())) {
      return null;
    }
    int end = k + unit.length;
    if (end < to && Chars.isCjk(t.charAt(end)) && Lexicon.NAMES.of(NameWords.Role.MILESTONE).longestAt(t, end, to) == null) {
      return null; // 超百亿元县域特色产业集群, 超百亿元的企业: a class of things, not a threshold passed
    }
    BigInteger v = m == i ? BigInteger.ONE : ChineseNumerals.parseInteger("一" + t.charAt(i));
    return finish(t, i, k + unit.length, to, new BigDecimal(v), null, Unit.parse(multiplier + unit.value.symbol()), false);
  }

  private static boolean hasUnitWord(String numeral) {
    for (int i = 0; i < numeral.length(); i++) {
      if ("十百千万亿".indexOf(numeral.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
