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

  Ratios(FigureScanner scanner, Vocabulary vocabulary) {
    this.scanner = scanner;
    this.vocabulary = vocabulary;
  }

  /**
   * The unit of a ratio to one (∶1) for a number written without it right after a ratio's name, the 比 that closes it:
   * after a cue that starts at {@code before} ("城乡居民收入比缩小到2.1"), after the value moved from and the cue ("收入比由
   * 2.5缩小到2.3": 2.3), or as that value itself ({@code before} is the number's start: 2.5); no more digit or letter
   * after it. Null otherwise.
   */
  Unit toOneWithoutSign(SourceText t, int before, int numEnd, int to) {
    int at = before;
    int k = at;
    while (k > 0 && (Normalizer.isDigit(t.charAt(k - 1)) || t.charAt(k - 1) == '.')) {
      k--;
    }
    if (k < at && k > 0 && Grammar.FROM.has(t.charAt(k - 1))) {
      at = k - 1; // past the value moved from and its 由
    } else if (at > 0 && Grammar.FROM.has(t.charAt(at - 1))) {
      at--; // the value moved from, after 由
    }
    boolean ratioName = at >= 2 && t.charAt(at - 1) == Grammar.RATIO_NAME && Chars.isCjk(t.charAt(at - 2));
    boolean alone = numEnd >= to || !Normalizer.isDigit(t.charAt(numEnd)) && !Normalizer.isAsciiLetter(t.charAt(numEnd));
    return ratioName && alone ? Unit.TO_ONE : null;
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
        Amount.Number.of(new BigDecimal(t.text(start, numEnd)), Unit.PERCENT)) : null;
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
