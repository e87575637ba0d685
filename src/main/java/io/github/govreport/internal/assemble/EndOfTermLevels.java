package io.github.govreport.internal.assemble;

import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;

import io.github.govreport.internal.clause.Decoy;
import io.github.govreport.internal.clause.Reading;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.period.Periods;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Measure;
import io.github.govreport.model.SourceSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A term-end report: the levels reached at the end of a review of several years, kept as the last year's results. */
final class EndOfTermLevels {

  private EndOfTermLevels() {}

  /**
   * Whether a figure of a review of several years is the level reached at its end, which holds for the last year
   * ("五年来，…高新技术企业达到1100家", "常住人口城镇化率达到56%", "总量达474万户"): a level reached or held (达到, 突破,
   * 为), not a change, in a part or paragraph that speaks of the years, not after 累计 or 年均 inside its clause,
   * and no flow counted over them (新增, 新建). After such a word in an earlier clause of the sentence, a rate or a
   * share (or a ratio to one) reached is still a level ("进出口总值五年累计超过3.8万亿元，…，一般贸易占比达到42.1%"): it adds up over
   * no years.
   */
  static boolean mayBe(Reading r, SourceText t, Periods periods, Vocabulary words) {
    if (!r.level || r.measure == Measure.GROWTH || r.measure == Measure.RANK || overTheYears(r.name, words)) {
      return false;
    }
    Periods.Source source = periods.sourceAt(r.figureStart);
    if (source == Periods.Source.FORMER || source == Periods.Source.INSIDE
        && !(isRateOrShare(r) && inAnEarlierClause(t, periods.cueStartAt(r.figureStart), r.figureStart))) {
      return false; // "累计新增就业300万人", "年均增长": a total or an average over the years
    }
    return words.names.of(NameWords.Role.KEEP).longestAt(r.name, 0, r.name.length()) == null; // 新增: a flow
  }

  /** Whether a name holds a word of several years (民生和社会事业累计支出占…): a total's share, no level. */
  private static boolean overTheYears(String name, Vocabulary words) {
    for (int i = 0; i < name.length(); i++) {
      WordTable.Match<Period> w = words.periods.inside.longestAt(name, i, name.length());
      if (w != null && w.value == Period.SEVERAL_YEARS) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reading is a rate, a share or a ratio to one: a level that adds up over no years. */
  private static boolean isRateOrShare(Reading r) {
    return r.measure == Measure.RATE || r.measure == Measure.SHARE || r.unit.dimension() == Dimension.RATIO;
  }

  /** Whether a clause ends between {@code cue} and {@code figure}: the cue is another clause's. */
  private static boolean inAnEarlierClause(SourceText t, int cue, int figure) {
    for (int i = Math.max(0, cue); i < figure; i++) {
      char c = t.charAt(i);
      if (c == COMMA || c == SEMICOLON || c == ';') {
        return cue >= 0;
      }
    }
    return false;
  }

  /**
   * A review of several years states the levels reached at its end ("地区生产总值超过2.5万亿元", "高新技术企业达到
   * 1100家"): each is the review year's when the year's own review states none of that indicator. Of several
   * levels of one indicator, the level reached wins over the threshold crossed ("突破3万亿元、达3.6万亿元").
   */
  static void keep(List<Actual> actuals, List<Actual> endOfTermLevels, List<Diagnostic> diagnostics) {
    if (endOfTermLevels.isEmpty()) {
      return;
    }
    java.util.Set<String> stated = new java.util.HashSet<>();
    for (Actual x : actuals) {
      stated.add(sameness(x));
    }
    java.util.Set<String> exact = new java.util.HashSet<>();
    for (Actual a : endOfTermLevels) {
      if (a.bound() == Bound.EXACT) {
        exact.add(sameness(a));
      }
    }
    Map<String, SourceSpan> keptAt = new HashMap<>();
    for (Actual a : endOfTermLevels) {
      String same = sameness(a);
      if ((a.bound() == Bound.EXACT || !exact.contains(same)) && stated.add(same)) {
        actuals.add(a);
        keptAt.put(same, a.span());
      } else if (a.span().equals(keptAt.get(same))) {
        actuals.add(a); // "三次产业结构…调整为7.4∶39.6∶53": another figure of the list kept, no second level of it
      } else {
        diagnostics.add(Diagnostic.of(Decoy.FIVE_YEAR_FIGURE.code,
            "did not report '" + a.text() + "': " + Decoy.FIVE_YEAR_FIGURE.reason, a.span()));
      }
    }
  }

  /** What makes two results the same indicator's: its key, else its name, and its measure. */
  private static String sameness(Actual a) {
    return a.indicator().key().map(Object::toString).orElse(a.indicator().name()) + "/" + a.measure();
  }
}
