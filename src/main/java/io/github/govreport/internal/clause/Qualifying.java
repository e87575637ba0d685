package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.model.Dimension;

/**
 * The shapes in which a figure only qualifies the name of what is counted, read by {@link Rule#QUALIFYING_FIGURE}: a
 * measure with a bound between a verb and its noun, a class of size, a threshold each thing counted passes. Stateless.
 */
final class Qualifying {

  private Qualifying() {}

  /**
   * Whether the group's figure is a class of size, a multiple of ten thousand or more with 级 after it ("2个500亿级
   * 产业集群", "百亿元级企业"): it qualifies the thing counted.
   */
  static boolean sizeClass(FigureGroup g) {
    Amount last = g.lastAmount;
    return last.suffixEnd < g.clauseEnd && g.t.charAt(last.suffixEnd) == Grammar.LEVEL
        && last.unit.factor().compareTo(Rule.TEN_THOUSAND) >= 0;
  }

  /**
   * Whether the group's figure is a threshold each thing counted after it passes, a measure with a bound with the
   * noun of the things right after it and their count next ("年主营业务收入超50亿元企业达到3家").
   */
  static boolean thresholdOfTheCounted(FigureGroup g) {
    Amount next = g.next;
    return next != null && next.isCount() && !g.first.isCount() && g.amounts.size() == 1 && g.postEnd > g.afterEnd
        && (g.lastAmount.suffixBound != null || g.peel.cues.contains(Cue.AT_LEAST)
            || g.peel.cues.contains(Cue.LEVEL_AT_LEAST))
        && !Subjects.hasSeparator(g.t, g.lastAmount.suffixEnd, next.start);
  }

  /** Whether a group is one measure with a bound between a verb and a noun: 关停淘汰10万千瓦及以下燃煤机组. */
  static boolean theNounAfter(FigureGroup g) {
    return g.amounts.size() == 1 && g.lastAmount.suffixBound != null && g.verbOnlyBefore && g.postEnd > g.afterEnd
        && !g.first.isCount() && !g.first.isRank() && g.first.unit.dimension() != Dimension.PERCENT
        && !g.share;
  }
}
