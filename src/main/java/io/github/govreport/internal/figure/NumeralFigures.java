package io.github.govreport.internal.figure;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitCatalog;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The figures written in words: ranks (第4位, 第一名), percentages in words (百分之五), Chinese numerals that are
 * clearly figures (两成, 一千二百万人) and round thresholds (突破万亿元). Part of one {@link FigureScanner}, whose units
 * and suffixes it reads.
 */
final class NumeralFigures {

  private final FigureScanner scanner;

  NumeralFigures(FigureScanner scanner) {
    this.scanner = scanner;
  }

  /** 第4位 / 第一名: a rank, when a rank word follows or precedes. */
  Amount rank(SourceText t, int i, int to) {
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
      while (numEnd < to && numEnd - j < 3 && Numerals.isNumeral(t.charAt(numEnd))) {
        numEnd++;
      }
      BigInteger v = numEnd > j ? ChineseNumerals.parseInteger(t.text(j, numEnd)) : null;
      if (v == null) {
        return null;
      }
      value = new BigDecimal(v);
    }
    if (numEnd < to && Grammar.RANK_COUNTERS.has(t.charAt(numEnd))) {
      Unit unit = Unit.of(String.valueOf(t.charAt(numEnd)), Dimension.RANK, BigDecimal.ONE);
      return scanner.finish(t, i, numEnd + 1, to, Amount.Number.of(value, unit));
    }
    // "第2、第4位": a rank whose 位 is written once, after the last of a list.
    if (numEnd + 1 < to && (t.charAt(numEnd) == LIST_MARK || Grammar.JOINERS.has(t.charAt(numEnd)))
        && t.charAt(numEnd + 1) == Grammar.ORDINAL) {
      for (int k = numEnd + 2; k < Math.min(to, numEnd + 8); k++) {
        char c = t.charAt(k);
        if (Grammar.RANK_COUNTERS.has(c)) {
          return scanner.finish(t, i, numEnd, to,
              Amount.Number.of(value, Unit.of(String.valueOf(c), Dimension.RANK, BigDecimal.ONE)));
        }
        if (!Normalizer.isDigit(c) && !Numerals.isNumeral(c) && c != LIST_MARK && c != Grammar.ORDINAL
            && !Grammar.JOINERS.has(c)) {
          break;
        }
      }
    }
    return null;
  }

  /** 百分之五, 百分之三点五. */
  Amount percentInWords(SourceText t, int i, int to) {
    int j = i + 3;
    int k = j;
    while (k < to && (Numerals.isNumeral(t.charAt(k)) || t.charAt(k) == Numerals.POINT)) {
      k++;
    }
    if (k == j) {
      return null;
    }
    BigDecimal v = ChineseNumerals.parseDecimal(t.text(j, k));
    if (v == null) {
      return null;
    }
    return scanner.finish(t, i, k, to, Amount.Number.of(v, Unit.PERCENT));
  }

  /** 成, tenths: 两成 is two tenths. */
  private static final Unit TENTHS = Unit.parse(String.valueOf(Grammar.TENTHS));

  /** 两成, 一千二百万人, 三十万亩: Chinese numerals that are clearly figures. */
  Amount chinese(SourceText t, int i, int to, List<int[]> malformed) {
    int k = i;
    while (k < to && k - i < 12 && Numerals.isNumeral(t.charAt(k))) {
      k++;
    }
    if (k >= to || i > 0 && t.charAt(i - 1) == Grammar.ORDINAL) {
      return null;
    }
    if (t.charAt(k) == Grammar.TENTHS && k - i == 1 && Numerals.digit(t.charAt(i)) > 0) {
      return scanner.finish(t, i, k + 1, to,
          Amount.Number.of(new BigDecimal(ChineseNumerals.parseInteger(t.text(i, k))), TENTHS));
    }
    if (Numerals.largePower(t.charAt(i)) > 0 || Numerals.unit(t.charAt(i)) >= 100) { // 百, 千, 万, 亿: not 十
      return k - i <= 3 ? roundThreshold(t, i, k, to) : null; // most such runs are words (万亿级)
    }
    if (k - i < 2) {
      return null; // checked before the run is copied: most runs of numeral characters are words (一些)
    }
    String run = t.text(i, k);
    String multiplier = "";
    String digits = run;
    if (digits.endsWith(Numerals.TRILLION)) {
      multiplier = Numerals.TRILLION;
    } else if (Numerals.largePower(digits.charAt(digits.length() - 1)) > 0) {
      multiplier = digits.substring(digits.length() - 1);
    }
    digits = digits.substring(0, digits.length() - multiplier.length());
    // The numeral read whole must be a number too: its large units fall (五千亿五千亿 is none).
    BigInteger v = multiplier.isEmpty() || ChineseNumerals.parseInteger(run) != null
        ? ChineseNumerals.parseInteger(digits) : null;
    if (digits.length() < 2 && multiplier.isEmpty()) {
      return null;
    }
    int u = FigureScanner.pastMore(t, k, to);
    boolean more = u > k;
    WordTable.Match<Unit> m = scanner.vocabulary.units.longestAt(t, u, to);
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
    return scanner.finish(t, i, u + m.length, to, new Amount.Number(new BigDecimal(v), null, unit, more));
  }

  /**
   * A round threshold passed, written with its magnitude alone: 突破万亿元 is 1万亿元, 超百亿元 100亿元, 突破万元 1万元.
   * Only after a word of a level reached or passed (突破, 超, 迈上: LEVEL_AT_LEAST in cues.tsv), before a unit and
   * at the end of its phrase or before a threshold word (大关, 台阶); elsewhere such runs are words (万亿级, 千万家)
   * or qualify a noun (超百亿元企业).
   */
  private Amount roundThreshold(SourceText t, int i, int k, int to) {
    WordTable.Match<Cue> cue = scanner.vocabulary.cues.longestEndingAt(t, i, Math.max(0, i - 4));
    if (cue == null || cue.value != Cue.LEVEL_AT_LEAST) {
      return null;
    }
    boolean trillion = k - 2 >= i && t.startsWith(Numerals.TRILLION, k - 2);
    int m = trillion ? k - 2 : k - 1;
    if (!trillion && Numerals.largePower(t.charAt(m)) < 0 || m - i > 1 || m > i && Numerals.unit(t.charAt(i)) < 0) {
      return null;
    }
    String multiplier = t.text(m, k);
    WordTable.Match<Unit> unit = scanner.vocabulary.units.longestAt(t, k, to);
    if (unit == null || unit.value.dimension() == Dimension.COUNT
        && UnitCatalog.multipliers().containsKey(unit.value.symbol())) {
      return null;
    }
    int end = k + unit.length;
    if (end < to && Chars.isCjk(t.charAt(end))
        && scanner.vocabulary.names.of(NameWords.Role.MILESTONE).longestAt(t, end, to) == null) {
      return null; // 超百亿元县域特色产业集群, 超百亿元的企业: a class of things, not a threshold passed
    }
    BigInteger v = BigInteger.valueOf(m == i ? 1 : Numerals.unit(t.charAt(i))); // 百亿: one hundred
    return scanner.finish(t, i, k + unit.length, to,
        Amount.Number.of(new BigDecimal(v), Unit.parse(multiplier + unit.value.symbol())));
  }

  private static boolean hasUnitWord(String numeral) {
    for (int i = 0; i < numeral.length(); i++) {
      if (Numerals.isUnit(numeral.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
