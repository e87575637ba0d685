package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import java.util.Optional;
import java.util.Set;

/**
 * Infers a figure's measure and bound, the clause reader's last job: a change (增长, 下降, 个百分点), a share, a
 * rate, a count or a level, and whether the figure is exact, about, at least, at most or a range, from its unit,
 * the words before it and the qualifier after it. Stateless.
 */
final class Measures {

  private final IndicatorCatalog catalog;
  /** The words that make a percentage a growth, a share or a rate. */
  private final ListWords lists;

  /** Measures of figures whose names {@code catalog} resolves, told apart by the word lists of {@code lists}. */
  Measures(IndicatorCatalog catalog, ListWords lists) {
    this.catalog = catalog;
    this.lists = lists;
  }

  /**
   * Fills {@code r} with the reading of figure {@code a} named {@code name}: its signed value, unit, measure and
   * bound, from the cues before it and the qualifier after it or after the last figure of its list
   * ({@code groupSuffix}, may be null). Null when the figure is a multiple (2成, 3倍) stated without a change, which
   * names nothing measurable alone.
   */
  Reading reading(Reading r, String name, Amount a, Bound groupSuffix, Set<Cue> cues) {
    boolean rise = cues.contains(Cue.RISE);
    boolean fall = cues.contains(Cue.FALL);
    Dimension dim = a.unit.dimension();
    if (dim == Dimension.MULTIPLE && !rise) {
      return null;
    }
    r.name = name;
    r.verb = "";
    r.unit = a.unit;
    r.value = fall ? a.value.negate() : a.value;
    r.upper = a.upper == null ? null : fall ? a.upper.negate() : a.upper;
    if (r.upper != null && r.upper.compareTo(r.value) < 0) {
      java.math.BigDecimal swap = r.value;
      r.value = r.upper;
      r.upper = swap;
    }
    if (a.isRank()) {
      r.measure = Measure.RANK;
    } else if (rise || fall || dim == Dimension.PERCENTAGE_POINTS && !cues.contains(Cue.LEVEL)) {
      r.measure = Measure.GROWTH;
    } else if (dim == Dimension.PERCENT) {
      r.measure = percentMeasure(name);
    } else if (dim == Dimension.COUNT || dim == Dimension.PERSONS || dim == Dimension.PERSON_TIMES) {
      r.measure = Measure.COUNT;
    } else {
      r.measure = Measure.LEVEL;
    }
    // 达到, 突破, 为 …, or an amount, a rate or a share written bare after its name ("生产总值6.66万亿元",
    // "研究与试验发展经费投入强度2.1%"): a level reached or held.
    r.level = !rise && !fall && (cues.contains(Cue.LEVEL) || cues.contains(Cue.LEVEL_AT_LEAST)
        || cues.isEmpty() && (r.measure == Measure.LEVEL || dim == Dimension.PERCENT && namesARateOrShare(name)));
    Bound suffix = a.suffixBound != null ? a.suffixBound : groupSuffix;
    if (suffix != null) {
      r.bound = suffix;
    } else if (a.more || cues.contains(Cue.AT_LEAST) || cues.contains(Cue.LEVEL_AT_LEAST)) {
      r.bound = Bound.AT_LEAST;
    } else if (cues.contains(Cue.AT_MOST)) {
      r.bound = Bound.AT_MOST;
    } else if (cues.contains(Cue.ABOUT)) {
      r.bound = Bound.ABOUT;
    } else {
      r.bound = Bound.EXACT;
    }
    if (a.upper != null && r.bound != Bound.ABOUT) {
      r.bound = Bound.EXACT; // a range binds between its ends, or about them (4.5%—5%左右)
    }
    return r;
  }

  /** Whether a name says it is of a rate or a share (覆盖率, 强度, 比重, 占比), not only by its percentage. */
  private boolean namesARateOrShare(String name) {
    return shareOrRateNamed(name) != null;
  }

  /** The share or the rate a name's own words say it is of (比重, 占比; 率, 强度), or null when they say neither. */
  private Measure shareOrRateNamed(String name) {
    return Chars.containsAny(name, lists.shareWords) ? Measure.SHARE
        : Chars.containsAny(name, lists.rateWords) ? Measure.RATE : null;
  }

  /** The measure of a percentage named {@code name}: a growth, a share or a rate. */
  Measure percentMeasure(String name) {
    if (Chars.endsWithAny(name, lists.changeTails)) {
      return Measure.GROWTH;
    }
    Measure named = shareOrRateNamed(name);
    if (named != null) {
      return named;
    }
    Optional<IndicatorDefinition> d = catalog.resolve(name);
    if (d.isPresent() && GROWTH_KEYS.contains(d.get().key())) {
      return Measure.GROWTH;
    }
    return Measure.RATE;
  }

  static final Set<IndicatorKey> GROWTH_KEYS = Set.of(IndicatorKey.GDP, IndicatorKey.INDUSTRIAL_VALUE_ADDED,
      IndicatorKey.FIXED_ASSET_INVESTMENT, IndicatorKey.RETAIL_SALES, IndicatorKey.EXPORTS, IndicatorKey.TRADE,
      IndicatorKey.PUBLIC_BUDGET_REVENUE, IndicatorKey.RESIDENT_INCOME, IndicatorKey.URBAN_INCOME,
      IndicatorKey.RURAL_INCOME, IndicatorKey.CPI, IndicatorKey.FOREIGN_INVESTMENT);

  /** Whether a figure is a percentage or percentage points, which a breakdown of amounts does not measure. */
  static boolean percentLike(Amount a) {
    Dimension d = a.unit.dimension();
    return d == Dimension.PERCENT || d == Dimension.PERCENTAGE_POINTS;
  }

  /**
   * The length of a verb of a fall that governs the name ("压减地下水开采量1.57亿立方米": the amount falls by the
   * figure), 0 when there is none or a change is already said; a FALL cue then says the fall. One character (减)
   * is no such verb: it starts words (减免, 减税).
   */
  static int fallVerbBefore(FigureGroup g) {
    if (g.peel.cues.contains(Cue.RISE) || g.peel.cues.contains(Cue.FALL)) {
      return 0;
    }
    WordTable.Match<Cue> fall = g.subjectEnd - g.subjectStart < 4 ? null
        : g.words.cues.longestAt(g.t, g.subjectStart, g.subjectEnd);
    if (fall == null || fall.value != Cue.FALL || fall.length < 2 || g.subjectEnd - g.subjectStart - fall.length < 2
        || Subjects.wholeWordOver(g.t, g.subjectStart, g.clauseEnd, fall.length, g.words.names)) {
      if (g.fallBefore && FigureLists.inListAfterTheFigureBefore(g)) {
        g.peel.cues.add(Cue.FALL); // "压减钢铁产能1400万吨、煤炭1000万吨": the verb governs each item of the list
        g.fallGoverned = true;
      }
      return 0;
    }
    g.peel.cues.add(Cue.FALL);
    g.fallGoverned = true;
    return fall.length;
  }

  /**
   * The name with the measure the word of change before its figure holds, when the name lacks it ({@code
   * CHANGE_MEASURE}: "粮食增产12亿斤" → 粮食产量, a change of grain output; "粮食总产增产" keeps its 总产).
   */
  static String withTheMeasureOfItsChange(String name, FigureGroup g) {
    for (int i = g.peel.end; !name.isEmpty() && i < g.first.start; i++) {
      WordTable.Match<String> m = g.words.lists.changeMeasures.longestAt(g.t, i, g.first.start);
      if (m != null) {
        boolean has = name.indexOf(m.value.charAt(0), Math.max(0, name.length() - 2)) >= 0;
        return has ? name : name + m.value;
      }
    }
    return name;
  }
}
