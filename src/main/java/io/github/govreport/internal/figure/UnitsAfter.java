package io.github.govreport.internal.figure;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_PAREN;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_PAREN;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;
import java.util.List;

/**
 * The units read after a number beyond its own: the other counters a bracket after its counter lists ("11条（段）"),
 * and the unit a later number of its list gives a number written without one ("分别达到14和25平方米"). Stateless.
 */
final class UnitsAfter {

  private UnitsAfter() {}

  /** The most counters a bracket after a counter lists as its alternatives (辆（艘、架、列）). */
  private static final int OTHER_COUNTERS_MAX = 4;

  /**
   * Past a bracket right after a counter that lists only other counters, the alternatives of the one before it
   * ("11条（段）": 段; "200辆（艘、架）"), which are part of the unit; {@code at} itself when no such bracket follows.
   */
  static int pastOtherCounters(SourceText t, int at, int to, WordTable<Unit> units) {
    if (at >= to || t.charAt(at) != OPEN_PAREN) {
      return at;
    }
    int i = at + 1;
    for (int k = 0; k < OTHER_COUNTERS_MAX && i < to; k++) {
      WordTable.Match<Unit> counter = units.longestAt(t, i, to);
      if (counter == null || counter.value.dimension() != Dimension.COUNT) {
        return at;
      }
      i += counter.length;
      if (i < to && t.charAt(i) == CLOSE_PAREN) {
        return i + 1;
      }
      if (i >= to || t.charAt(i) != LIST_MARK) {
        return at;
      }
      i++;
    }
    return at;
  }

  /** How many numbers without a unit a list may write before the one whose unit they share. */
  private static final int SHARED_UNIT_MAX = 4;

  /**
   * The unit a number without one shares with the numbers listed after it ("分别达到14和25平方米", "8.2、9.1%"): the
   * unit of the first later number that has one, each joined to the one before by 、 or a conjunction; null when none.
   */
  static Unit sharedUnit(SourceText t, int numEnd, int to, WordTable<Unit> units) {
    int j = numEnd;
    for (int k = 0; k < SHARED_UNIT_MAX && (j = nextListedNumber(t, j, to)) >= 0 && j - numEnd <= 30; k++) {
      WordTable.Match<Unit> m = units.longestAt(t, j, to);
      if (m != null) {
        return m.value;
      }
    }
    return null;
  }

  /**
   * The unit a lone multiplier ({@code LONE_MULTIPLIERS}) takes from the numbers listed right after it
   * ("1.28万亿、1.18万亿、8200亿元" → 万亿元, "3万、5万亩" → 万亩): the first later unit that is more than a multiplier,
   * with this multiplier for its own; null when the list ends first or no such unit is known.
   */
  static Unit multiplierShared(SourceText t, Unit multiplier, int at, int to, Vocabulary vocabulary) {
    List<String> lone = vocabulary.lists.loneMultipliers;
    int j = at;
    for (int k = 0; k < SHARED_UNIT_MAX && (j = nextListedNumber(t, j, to)) >= 0; k++) {
      WordTable.Match<Unit> m = vocabulary.units.longestAt(t, j, to);
      if (m == null) {
        return null;
      }
      String symbol = m.value.symbol();
      if (!lone.contains(symbol)) {
        int prefix = 0; // the longest multiplier the unit opens with: 亿 of 亿元
        for (String l : lone) {
          prefix = symbol.startsWith(l) ? Math.max(prefix, l.length()) : prefix;
        }
        return prefix == 0 ? null : vocabulary.units.get(multiplier.symbol() + symbol.substring(prefix));
      }
      j += m.length;
    }
    return null;
  }

  /** Where the number listed right after {@code at} ends, joined to it by 、 or a conjunction; -1 when none is. */
  private static int nextListedNumber(SourceText t, int at, int to) {
    if (at + 1 >= to) {
      return -1;
    }
    char c = t.charAt(at);
    return (c == LIST_MARK || Grammar.JOINERS.has(c)) && Normalizer.isDigit(t.charAt(at + 1))
        ? FigureScanner.numberEnd(t, at + 1, to) : -1;
  }

  /**
   * The counter after a lone multiplier and 多 or 余 ("10万余户": 户), or null: the multiplier {@code unit} written
   * before {@code at}, a 多 or 余 at it, and a counter the multiplier makes one unit with (万户).
   */
  static WordTable.Match<Unit> counterAfterMore(SourceText t, Unit unit, int at, int to, Vocabulary vocabulary) {
    if (at + 1 >= to || !Grammar.MORE_THAN.has(t.charAt(at))
        || !vocabulary.lists.loneMultipliers.contains(unit.symbol())) {
      return null;
    }
    WordTable.Match<Unit> after = vocabulary.units.longestAt(t, at + 1, to);
    return after != null && vocabulary.units.get(unit.symbol() + after.value.symbol()) != null ? after : null;
  }
}
