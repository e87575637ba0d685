package io.github.govreport.internal.figure;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;

/**
 * The figures written with the ratio sign: a ratio to one (城乡居民收入比缩小至2.21∶1: 2.21 in the unit ∶1), and the parts
 * of a whole that add up to a hundred (三次产业结构调整为7.4∶39.6∶53: 7.4%, 39.6% and 53%). Any other ratio (1∶3.4) is no
 * figure. Part of one {@link FigureScanner}, whose units it reads.
 */
final class Ratios {

  /** The most parts a whole is written in (三次产业: three; a few more for the sectors of a structure). */
  private static final int MAX_PARTS = 6;
  /** The longest run of parts and signs read, so that a text of nothing else stays linear. */
  private static final int MAX_RUN = 48;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** How far the parts' sum may be from a hundred by their rounding. */
  private static final BigDecimal ROUNDING = BigDecimal.ONE;

  private final FigureScanner scanner;
  private final Vocabulary vocabulary;
  /** The unit of a part of a whole, looked up once. */
  private final Unit percent;
  /** The unit of a ratio to one (∶1), looked up once. */
  private final Unit toOne;

  Ratios(FigureScanner scanner, Vocabulary vocabulary) {
    this.scanner = scanner;
    this.vocabulary = vocabulary;
    this.percent = vocabulary.units.get("%");
    this.toOne = vocabulary.units.get(Grammar.RATIO_SIGN + "1");
  }

  /**
   * The unit of a ratio to one (∶1) for a number written without it after a ratio's name and a cue ("城乡居民收入比缩小到
   * 2.1": the cue starts at {@code cueStart} right after the 比 that closes the name), with no more number or letter
   * after it; null otherwise.
   */
  Unit toOneWithoutSign(SourceText t, int cueStart, int numEnd, int to) {
    boolean ratioName = cueStart >= 2 && t.charAt(cueStart - 1) == Grammar.RATIO_NAME && Chars.isCjk(t.charAt(cueStart - 2));
    boolean alone = numEnd >= to || !Normalizer.isDigit(t.charAt(numEnd)) && !Normalizer.isAsciiLetter(t.charAt(numEnd))
        && !Chars.isCjk(t.charAt(numEnd));
    return ratioName && alone ? toOne : null;
  }

  /** Whether a ratio to one is written at {@code at} (∶1 of 2.21∶1), no other number after it (1∶10, 7.4∶39.6∶53). */
  boolean toOne(SourceText t, int at, int to) {
    WordTable.Match<Unit> m = vocabulary.units.longestAt(t, at, to);
    int end = m == null ? at : at + m.length;
    return m != null && m.value.dimension() == Dimension.RATIO
        && (end >= to || !Normalizer.isDigit(t.charAt(end)) && t.charAt(end) != '.' && t.charAt(end) != Grammar.RATIO_SIGN);
  }

  /**
   * The number over {@code [start, numEnd)} as a percentage of a whole, when it is a part of one written with the ratio
   * sign (7.4 of 7.4∶39.6∶53: three to six parts adding up to a hundred); null otherwise.
   */
  Amount partOfAWhole(SourceText t, int start, int numEnd, int from, int to) {
    boolean signBefore = start > from && t.charAt(start - 1) == Grammar.RATIO_SIGN;
    if (!signBefore && (numEnd >= to || t.charAt(numEnd) != Grammar.RATIO_SIGN)) {
      return null;
    }
    int s = start;
    while (s > from && isOfTheRun(t.charAt(s - 1))) {
      if (start - --s > MAX_RUN) {
        return null;
      }
    }
    int e = numEnd;
    while (e < to && isOfTheRun(t.charAt(e))) {
      if (++e - numEnd > MAX_RUN) {
        return null;
      }
    }
    return addsUpToAHundred(t, s, e) ? scanner.finish(t, start, numEnd, to,
        Amount.Number.of(new BigDecimal(t.text(start, numEnd)), percent)) : null;
  }

  private static boolean isOfTheRun(char c) {
    return Normalizer.isDigit(c) || c == '.' || c == Grammar.RATIO_SIGN;
  }

  /** Whether {@code [s, e)} is three to six numbers split by the ratio sign that add up to a hundred. */
  private static boolean addsUpToAHundred(SourceText t, int s, int e) {
    BigDecimal sum = BigDecimal.ZERO;
    int parts = 0;
    int partStart = s;
    for (int i = s; i <= e; i++) {
      if (i < e && t.charAt(i) != Grammar.RATIO_SIGN) {
        continue;
      }
      BigDecimal part = number(t.text(partStart, i));
      if (part == null || ++parts > MAX_PARTS) {
        return false;
      }
      sum = sum.add(part);
      partStart = i + 1;
    }
    return parts >= 3 && sum.subtract(HUNDRED).abs().compareTo(ROUNDING) <= 0;
  }

  private static BigDecimal number(String s) {
    if (s.isEmpty() || s.charAt(0) == '.' || s.charAt(s.length() - 1) == '.' || s.indexOf('.') != s.lastIndexOf('.')) {
      return null;
    }
    return new BigDecimal(s);
  }
}
