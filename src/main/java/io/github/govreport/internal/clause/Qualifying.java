package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.model.Dimension;
import java.util.EnumSet;
import java.util.Set;

/**
 * The shapes in which a figure only qualifies the name of what is counted, read by {@link Rule#QUALIFYING_FIGURE}: a
 * measure with a bound between a verb and its noun, a class of size, a threshold each thing counted passes. Stateless.
 */
final class Qualifying {

  private Qualifying() {}

  /**
   * Whether the group's figure only qualifies the name of what is counted, in any of the shapes of
   * {@link Rule#QUALIFYING_FIGURE}: before the noun of the things, a class of size, a threshold of the counted or of
   * the things of a share (95%以上的村集体经营性收入超过10万元), before 的 and no level noun, or before the next figure.
   */
  static boolean anyShape(FigureGroup g, Vocabulary w) {
    Amount last = g.lastAmount;
    return theNounAfter(g, w) || sizeClass(g) || thresholdOfTheCounted(g) || recordOfTheNounAfter(g, w)
        || extentOfAnArea(g, w) || FigureOf.thresholdOfAShare(g)
        || g.first.unit.dimension() == Dimension.RATIO && g.peel.cues.contains(Cue.AS_ARRANGED)
        || !g.taskSize && (!g.share || propertyRightBefore(g)) && last.suffixEnd < g.clauseEnd
        && g.t.charAt(last.suffixEnd) == Grammar.OF
        && w.lists.levelNouns.longestAt(g.t, last.suffixEnd + 1, g.clauseEnd) == null
        || theNextFigure(g, w);
  }

  /**
   * Whether the group's figure is a record of the thing named right after it, written after a superlative
   * ({@code SUPERLATIVES}: 全球最高10米液压支架成功下线): a property of what is built, no quantity of the year. One
   * measure, no count: 最多3个 counts things.
   */
  static boolean recordOfTheNounAfter(FigureGroup g, Vocabulary w) {
    return g.amounts.size() == 1 && g.postEnd > g.afterEnd && !g.first.isCount() && !g.first.isRank()
        && w.lists.superlatives.longestEndingAt(g.t, g.first.start, g.windowStart) != null;
  }

  /**
   * Whether the group's figure is the distance that bounds an area, a word of {@code EXTENT_WORDS} right after it
   * ("唐河两岸1000米范围内村庄污水治理"): where the things are, no quantity of the year.
   */
  static boolean extentOfAnArea(FigureGroup g, Vocabulary w) {
    int end = g.lastAmount.suffixEnd;
    return g.lastAmount.unit.dimension() == Dimension.LENGTH && end < g.clauseEnd
        && w.lists.extentWords.longestAt(g.t, end, g.clauseEnd) != null;
  }

  /**
   * Whether a noun of a property closes right before the figure (含油量66%的油菜品种): a percentage before 的 is then
   * the property of the things after it, not a share of them (全省60%的城市污水处理厂).
   */
  private static boolean propertyRightBefore(FigureGroup g) {
    int at = g.first.start;
    return at > g.windowStart && Grammar.PROPERTY_ENDS.has(g.t.charAt(at - 1));
  }

  /**
   * Whether the group's figure is the capacity of a plant or a project, in the shapes of {@link Rule#CAPACITY}: after
   * a word of capacity, of each unit (2×), joined to a capacity before, or bare after its owner.
   */
  static boolean capacity(FigureGroup g, Vocabulary w) {
    int at = g.first.start;
    return g.postEnd > g.afterEnd && (w.lists.capacityWords.longestEndingAt(g.t, at, g.windowStart) != null
        || at > 0 && g.t.charAt(at - 1) == Grammar.UNITS_OF // "2×30万千瓦供热机组"
        || g.ruleBefore == Rule.CAPACITY && FigureLists.onlySeparators(g.t, g.windowStart, at) // "年产30万吨纯碱和30万吨氯化铵"
        || capacityOfANamedPlant(g, w)); // "吉化120万吨乙烯项目主体完工"
  }

  /**
   * Whether the group's figure is a class of size, a multiple of ten thousand or more with 级 after it ("2个500亿级
   * 产业集群", "百亿元级企业"): it qualifies the thing counted.
   */
  static boolean sizeClass(FigureGroup g) {
    Amount last = g.lastAmount;
    return last.suffixEnd < g.clauseEnd && g.t.charAt(last.suffixEnd) == Grammar.LEVEL
        && last.unit.factor().compareTo(Counted.TEN_THOUSAND) >= 0;
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
        && !FigureLists.hasSeparator(g.t, g.lastAmount.suffixEnd, next.start);
  }

  /** The dimensions a plant's capacity is measured in: a mass, a power, an energy, a volume, containers, coal. */
  private static final Set<Dimension> CAPACITY_DIMENSIONS = EnumSet.of(Dimension.MASS, Dimension.POWER,
      Dimension.ELECTRIC_ENERGY, Dimension.VOLUME, Dimension.CONTAINERS, Dimension.STANDARD_COAL);

  /** The longest name of an owner a capacity is written bare after (吉化, 中石油). */
  private static final int OWNER_MAX = 6;

  /**
   * Whether the group's figure is the capacity of a project or a plant named after it, written bare after its owner
   * ("吉化120万吨乙烯项目主体完工"): a mass, power or volume, a short name or last item of a list of names (…、国能集团
   * 上蔡30万千瓦生物质发电等项目), or the item before such a capacity, and no
   * cue or verb before it, and a noun of {@code PLANT_NOUNS} in the noun after it or a list of projects closing its
   * clause ({@code PROJECT_LIST_ENDS}: …顺达化工20万吨醋酸等一批重大项目). After a verb it is what is built (新建10万吨
   * 冷库项目).
   */
  static boolean capacityOfANamedPlant(FigureGroup g, Vocabulary w) {
    if (!CAPACITY_DIMENSIONS.contains(g.first.unit.dimension()) || g.amounts.size() != 1 || !g.bareBefore
        || g.postEnd <= g.afterEnd || g.name.isEmpty()
        || g.name.length() - g.name.lastIndexOf(LIST_MARK) - 1 > OWNER_MAX && g.ruleBefore != Rule.CAPACITY
        || w.names.taskVerbs.longestEndingAt(g.t, g.first.start, g.windowStart) != null) {
      return false;
    }
    for (int i = g.afterEnd; i < g.postEnd; i++) {
      if (w.lists.plantNouns.longestAt(g.t, i, g.postEnd) != null) {
        return true;
      }
    }
    // "白云纸业20.4万吨文化用纸、顺达化工20万吨醋酸等一批重大项目建成投产": items of a list of projects
    for (int k = 0; k < w.lists.projectListEnds.size(); k++) { // indexed: no iterator on a hot path
      if (g.t.indexOf(w.lists.projectListEnds.get(k), g.postEnd, g.clauseEnd) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a group is one measure with a bound between a verb and a noun (关停淘汰10万千瓦及以下燃煤机组), or before a
   * kind of thing (5亿元以上产业项目).
   */
  static boolean theNounAfter(FigureGroup g, Vocabulary w) {
    return g.amounts.size() == 1 && g.lastAmount.suffixBound != null && g.postEnd > g.afterEnd
        && (g.verbOnlyBefore || kindNamedAfter(g, w))
        && !g.first.isCount() && !g.first.isRank() && g.first.unit.dimension() != Dimension.PERCENT
        && !g.share;
  }

  /**
   * Whether the noun after the figure closes with a noun too general to name a thing alone, so that a measure with a
   * bound before it is the threshold of a kind of thing ("对签约投资5亿元以上产业项目和1亿元以上工业项目…").
   */
  private static boolean kindNamedAfter(FigureGroup g, Vocabulary w) {
    WordTable.Match<NameWords.Role> m = w.names.all.longestEndingAt(g.t, g.postEnd, g.afterEnd);
    return m != null && m.value == NameWords.Role.GENERIC && g.postEnd - m.length > g.afterEnd;
  }

  /**
   * Whether the group's figure qualifies the name of the next figure, written right before it with no cue or
   * separator between ("实施10亿元以上项目200个", "1244个重大项目完成投资…"); not an amount followed by the verb of the next
   * figure's clause ("投资1100万元新建污水管线2847米": two items), nor a count of its own noun before another count
   * ("19所高校115个学科").
   */
  static boolean theNextFigure(FigureGroup g, Vocabulary w) {
    Amount last = g.lastAmount;
    Amount next = g.next;
    return next != null && !(g.share && g.postEnd >= next.suffixEnd) // a share's noun holds the next: its threshold
        && !(g.subject != null && g.subject.start > next.start) // "300个总投资3000万元以上的…项目": the things after it
        && (g.verbOnlyBefore || g.bareBefore) && next.start > last.suffixEnd
        && (!FigureLists.hasSeparator(g.t, last.suffixEnd, next.start) || FigureLists.countOfARate(g.t, g.first, next))
        && !g.first.isRank() && w.cues.longestAt(g.t, last.suffixEnd, next.start) == null
        && (g.first.isCount() || !Subjects.verbAt(g.t, last.suffixEnd, next.start, w.names))
        && !(g.postEnd == next.start && FigureLists.countsInTurn(g.t, g.first, next, w.names));
  }
}
