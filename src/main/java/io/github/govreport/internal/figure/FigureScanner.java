package io.github.govreport.internal.figure;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_CORNER;
import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_TITLE;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_WIDTH_HYPHEN;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_CORNER;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_TITLE;
import static io.github.govreport.internal.lexicon.Punctuation.QUOTES;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the figures of a clause in one pass: Arabic numbers (with thousands separators and decimals), Chinese numerals
 * where they are clearly figures (百分之五, 两成, 一千二百万人), ranges (4.5%—5%, 4.5-5%, 5%至6%), ranks (第4位), each with its unit
 * (万/亿 multipliers included) and a qualifier after it (左右, 以上). Dates, durations, ordinals, identifiers (PM2.5, 5G) and
 * anything inside quotes are not figures. Immutable and thread-safe.
 */
public final class FigureScanner {

  /** The parser's words: its units, and the name words a figure's threshold is told by. */
  final Vocabulary vocabulary;
  private final NumeralFigures numerals = new NumeralFigures(this);
  /** The figures written with the ratio sign. */
  private final Ratios ratios;

  /** The words the scanner reads with, which the stages after it read with too. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** A scanner for the units, and the words after a figure, of {@code vocabulary}. */
  public FigureScanner(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.ratios = new Ratios(this, vocabulary);
  }

  static boolean isNumeral(char c) {
    return Numerals.isNumeral(c);
  }

  /** Chars where a figure or a quote may start; all others are passed over at once. */
  private static final boolean[] INTERESTING = new boolean[65536];

  static {
    for (char c = '0'; c <= '9'; c++) {
      INTERESTING[c] = true;
    }
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      INTERESTING[c] |= Numerals.isNumeral(c);
    }
    for (char c : (QUOTES.chars() + Grammar.ORDINAL).toCharArray()) {
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
    List<Amount> out = new ArrayList<>(); // no array until a figure is found
    scan(t, from, to, malformed, out);
    return out.isEmpty() ? List.of() : out;
  }

  /**
   * Adds the figures in {@code [from, to)} to {@code out}, in order, for a reader that reuses one list clause
   * after clause; Chinese numerals written as figures that are no number are added to {@code malformed} as start,
   * end pairs when it is not null.
   */
  public void scan(SourceText t, int from, int to, List<int[]> malformed, List<Amount> out) {
    int quoteDepth = 0;
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (!INTERESTING[c]) {
        i++;
        continue;
      }
      if (c == '“' || c == OPEN_TITLE || c == OPEN_CORNER || c == '‘') {
        quoteDepth++;
        i++;
        continue;
      }
      if (c == '”' || c == CLOSE_TITLE || c == CLOSE_CORNER || c == '’') {
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
        out.add(a);
      }
      i = Math.max(next, i + 1);
    }
  }

  /** The figure that starts at {@code i}, a char that may start one, or null. */
  private Amount figureAt(SourceText t, int i, int from, int to, List<int[]> malformed) {
    char c = t.charAt(i);
    if (Normalizer.isDigit(c)) {
      if (isMinusSign(t, i, from)) {
        return negative(arabic(t, i, from, to), i - 1); // "社会消费品零售总额增长-2.6%": a fall written as a negative rise
      }
      return i > from && isIdentifierChar(t.charAt(i - 1)) ? null : arabic(t, i, from, to);
    }
    if (c == Grammar.ORDINAL) {
      return numerals.rank(t, i, to);
    }
    if (c == Grammar.PERCENT.charAt(0) && t.startsWith(Grammar.PERCENT, i)) {
      return numerals.percentInWords(t, i, to);
    }
    if (c >= '\u3007' && isNumeral(c) && (i == from || !isNumeral(t.charAt(i - 1)))) {
      // "九届十三次全会", "十一届十次、十一次全会": the number of a session after its congress's is a name
      return isSessionNumber(t, i, from) ? null : numerals.chinese(t, i, to, malformed);
    }
    return null;
  }

  /** The sessions a list after a congress's number may name: 十一届十次、十一次. */
  private static final int SESSIONS_LISTED = 4;

  /**
   * Whether the numeral at {@code i} numbers a session: right after a congress's number and 届 (九届十三次), or
   * listed after such a session's number and its counter (十一届十次、十一次).
   */
  private static boolean isSessionNumber(SourceText t, int i, int from) {
    int j = i - 1;
    for (int listed = 0; j >= from && listed < SESSIONS_LISTED; listed++) {
      if (t.charAt(j) == Grammar.SESSION) {
        return true;
      }
      if (t.charAt(j) != LIST_MARK || j - 2 < from || isNumeral(t.charAt(j - 1)) || !isNumeral(t.charAt(j - 2))) {
        return false;
      }
      j -= 2; // past 、 and the counter of the session before (次)
      while (j > from && isNumeral(t.charAt(j - 1))) {
        j--;
      }
      j--;
    }
    return false;
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
    return a == null ? null : new Amount(minus, a.end, a.suffixEnd, a.number().negated(), a.suffixBound);
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
  static int numberEnd(SourceText t, int i, int to) {
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

  private Amount arabic(SourceText t, int i, int from, int to) {
    int numEnd = numberEnd(t, i, to);
    if (numEnd - i > 30) {
      return null;
    }
    if (i > 0 && (t.charAt(i - 1) == Grammar.BEFORE || t.charAt(i - 1) == Grammar.ORDINAL)) {
      return null;
    }
    Amount part = ratios.partOfAWhole(t, i, numEnd, from, to); // 7.4∶39.6∶53: the parts of a whole, each a percentage
    return part != null ? part : withUnit(t, i, numEnd, to);
  }

  /**
   * Reads the unit, a range and a qualifier after a number written over {@code [start, numEnd)}; its value is read
   * once a unit shows it is a figure.
   */
  private Amount withUnit(SourceText t, int start, int numEnd, int to) {
    if (noQuantityAfter(t, numEnd, to)) {
      return null;
    }
    int u = pastMore(t, numEnd, to);
    boolean more = u > numEnd;
    WordTable.Match<Unit> m = vocabulary.units.longestAt(t, u, to);
    Unit unit = null;
    int unitEnd = u;
    if (m != null) {
      unit = m.value;
      unitEnd = u + m.length;
      WordTable.Match<Unit> counter = more ? null : UnitsAfter.counterAfterMore(t, unit, unitEnd, to, vocabulary);
      if (counter != null) { // "10万余户": a multiplier, 余, then what is counted
        unit = vocabulary.units.get(unit.symbol() + counter.value.symbol());
        unitEnd += 1 + counter.length;
        more = true;
      } else if (!more && unitEnd < to && Grammar.MORE_THAN.has(t.charAt(unitEnd))
          && vocabulary.lists.loneMultipliers.contains(unit.symbol())) {
        unitEnd++; // "3万多居民群众": a multiplier, 多, then the noun counted
        more = true;
      } else if (vocabulary.lists.loneMultipliers.contains(unit.symbol())) {
        Unit shared = UnitsAfter.multiplierShared(t, unit, unitEnd, to, vocabulary);
        unit = shared != null ? shared : unit; // "1.28万亿、1.18万亿、8200亿元": 万亿元
      }
      if (unitEnd < to && unit.dimension() == Dimension.COUNT && t.charAt(unitEnd) == Grammar.MONTH) {
        return null; // 3个月: a duration
      }
      if (isLetterUnit(unit) && unitEnd < to && Normalizer.isAsciiLetter(t.charAt(unitEnd))) {
        unit = null;
      }
      if (unit != null && unit.dimension() == Dimension.COUNT) {
        int past = UnitsAfter.pastOtherCounters(t, unitEnd, to, vocabulary.units); // "11条（段）市政路", "200辆（艘、架）"
        Unit times = past > unitEnd && past < to && t.startsWith(Grammar.TIMES, past)
            ? vocabulary.units.get(unit.symbol() + Grammar.TIMES) : null; // "200万辆（艘）次": 万辆次, trips
        unit = times != null ? times : unit;
        unitEnd = times != null ? past + Grammar.TIMES.length() : past;
      }
    }
    if (unit == null) {
      return more || u < to && Normalizer.isAsciiLetter(t.charAt(u)) ? null : withoutUnit(t, start, numEnd, to);
    }
    Amount r = range(t, new Low(start, numEnd, unit), unitEnd, to);
    if (r != null) {
      return r;
    }
    return finish(t, start, unitEnd, to, new Amount.Number(t.decimal(start, numEnd), null, unit, more));
  }

  /**
   * Whether the char after a number makes it no quantity: a counter of time (年, 月, 日), a ratio sign not of a ratio to
   * one, a colon or a plus (a clock, a code), a full stop not followed by a digit.
   */
  private boolean noQuantityAfter(SourceText t, int numEnd, int to) {
    if (numEnd >= to) {
      return false;
    }
    char after = t.charAt(numEnd);
    return Grammar.TIME_COUNTERS.has(after) || after == Grammar.RATIO_SIGN && !ratios.toOne(t, numEnd, to)
        || after == ':' || after == '+'
        || after == '.' && (numEnd + 1 >= to || !Normalizer.isDigit(t.charAt(numEnd + 1)));
  }

  /**
   * A number written without a unit: the low end of a range (4.5-5%), a number that shares the unit of the numbers
   * listed after it when a cue stands before it (达到14和25平方米; not in a name: 国道328、12条), or a ratio to one written
   * without its sign (城乡居民收入比缩小到2.1); null when none.
   */
  private Amount withoutUnit(SourceText t, int start, int numEnd, int to) {
    Amount r = range(t, new Low(start, numEnd, null), numEnd, to);
    WordTable.Match<Cue> cue = r == null ? vocabulary.cues.longestEndingAt(t, start, Math.max(0, start - CUE_MAX)) : null;
    Unit shared = cue != null ? UnitsAfter.sharedUnit(t, numEnd, to, vocabulary.units) : null;
    shared = shared == null && r == null ? ratios.toOneWithoutSign(t, cue == null ? start : start - cue.length, numEnd, to)
        : shared;
    return shared == null ? r : finish(t, start, numEnd, to, new Amount.Number(t.decimal(start, numEnd), null, shared, false));
  }

  /** The longest cue read before a number that shares the unit of the numbers after it. */
  private static final int CUE_MAX = 6;

  /** Past a 多 or 余 ("100多家", "300余个") written between a number and its unit, or {@code at} when none. */
  static int pastMore(SourceText t, int at, int to) {
    return at < to && Grammar.MORE_THAN.has(t.charAt(at)) ? at + 1 : at;
  }

  private static boolean isLetterUnit(Unit unit) {
    String s = unit.symbol();
    return !s.isEmpty() && Normalizer.isAsciiLetter(s.charAt(s.length() - 1));
  }

  /** The low end of a range as written: its number over {@code [start, end)} and its unit, or null when none. */
  private record Low(int start, int end, Unit unit) {}

  /** A range whose low end is {@code low} and whose mark stands at {@code firstEnd} (4.5-5%, 5%至6%), or null. */
  private Amount range(SourceText t, Low low, int firstEnd, int to) {
    int j = firstEnd;
    if (j >= to) {
      return null;
    }
    char c = t.charAt(j);
    if (c == '—' || c == '–' || c == '-' || c == '~' || Grammar.TO.has(c) || c == FULL_WIDTH_HYPHEN) {
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
    WordTable.Match<Unit> m = vocabulary.units.longestAt(t, hiEnd, to);
    if (m == null) {
      return null;
    }
    BigDecimal high = t.decimal(j, hiEnd);
    BigDecimal lowValue = t.decimal(low.start, low.end);
    Unit unit = m.value;
    String lowUnit = low.unit == null ? null : low.unit.symbol();
    // "新增就业1.2万—1.5万人": a low end in a multiplier alone takes the high end's count word
    if (lowUnit != null && !lowUnit.equals(unit.symbol())
        && !(vocabulary.lists.loneMultipliers.contains(lowUnit) && unit.symbol().startsWith(lowUnit))) {
      return null;
    }
    if (lowValue.compareTo(high) >= 0) {
      return null;
    }
    return finish(t, low.start, hiEnd + m.length, to, new Amount.Number(lowValue, high, unit, false));
  }

  Amount finish(SourceText t, int start, int end, int to, Amount.Number number) {
    WordTable.Match<Bound> q = vocabulary.lists.suffixBounds.longestAt(t, end, to);
    Bound bound = q == null ? null : q.value;
    int suffixEnd = q == null ? end : end + q.length;
    return new Amount(start, end, suffixEnd, number, bound);
  }
}
