package io.github.govreport.internal.clause;

import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.model.DiagnosticCode;

/**
 * The rules that keep a figure out of the model, each with its own public {@link DiagnosticCode}: a figure
 * skipped by a rule is reported as a diagnostic of the rule's code, with its span. The last four are not
 * rules but what the reader could not make out; the last three share {@link DiagnosticCode#UNCLASSIFIED_FIGURE}.
 */
public enum Decoy {
  /** "五年来，全省生产总值年均增长5.5%", "累计新增就业300万人": several years' worth. */
  FIVE_YEAR_FIGURE(DiagnosticCode.FIVE_YEAR_FIGURE_SKIPPED, "a figure of several years"),
  /** "到2030年，研发投入强度达到3.2%": a goal beyond the plan year. */
  FUTURE_GOAL(DiagnosticCode.FUTURE_GOAL_SKIPPED, "a goal beyond the plan year"),
  /** "2020年全省生产总值4万亿元" in a 2026 report; "去年" cited in a clause of the plan. */
  OTHER_YEAR(DiagnosticCode.OTHER_YEAR_SKIPPED, "a figure of another year"),
  /** "从2020年的51.4%提升到…", "由全国第11位跃升至第5位": the value moved from. */
  FORMER_VALUE(DiagnosticCode.FORMER_VALUE_SKIPPED, "the value moved from, not the one reached"),
  /** "一季度增长5.3%", "1-11月…": part of the year under review. */
  PART_OF_YEAR(DiagnosticCode.PART_YEAR_SKIPPED, "a figure for part of the year"),
  /** "高于全国0.5个百分点": a gap to another region or period. */
  COMPARISON(DiagnosticCode.COMPARISON_SKIPPED, "a comparison with another region or period"),
  /** "确保实现5%左右的预期目标" outside the main targets passage: a target already set. */
  RESTATED_TARGET(DiagnosticCode.RESTATED_TARGET_SKIPPED, "a restated target, not a new commitment"),
  /** "1000亿元，折合140亿美元": the figure before, in another unit. */
  CONVERTED_FIGURE(DiagnosticCode.CONVERTED_FIGURE_SKIPPED, "the figure before, restated in another unit (折合)"),
  /** "重点做好以下10个方面", "长白山、三江、吉光3个…", "上海、江苏等4个省市": a count that structures the text. */
  STRUCTURAL_COUNT(DiagnosticCode.STRUCTURAL_COUNT_SKIPPED, "a count that structures the text"),
  /** "出台稳增长18条措施": a count of a policy's articles, not of things done. */
  POLICY_ARTICLES(DiagnosticCode.STRUCTURAL_COUNT_SKIPPED, "a count of a policy's articles or measures"),
  /** "连续5年", "连续12个季度", "连续3次获评优秀": a count of consecutive periods or times, a streak. */
  STREAK(DiagnosticCode.STREAK_SKIPPED, "a count of consecutive periods or times (连续)"),
  /** "生产总值完成3082.8亿元，首次突破3000亿元大关": a threshold passed on the way to the level stated. */
  MILESTONE(DiagnosticCode.MILESTONE_SKIPPED, "a threshold passed on the way to the level stated"),
  /** "实施10亿元以上项目200个": a figure that qualifies the name of what is counted. */
  QUALIFYING_FIGURE(DiagnosticCode.QUALIFYING_FIGURE_SKIPPED, "a figure that qualifies a name"),
  /** "每个县至少建成1个高品质夜经济特色集聚区": a figure for each of the region's parts, not the region's. */
  PER_UNIT(DiagnosticCode.PER_UNIT_SKIPPED, "a figure for each of the region's parts, not the region's"),
  /** "1000万保定人民众志成城": the region's people, named in an appeal or a tribute. */
  PEOPLE(DiagnosticCode.PEOPLE_SKIPPED, "the region's people, named in an appeal"),
  /** "习近平总书记9次考察河北": the leader's visits, counted in a tribute. */
  TRIBUTE(DiagnosticCode.TRIBUTE_SKIPPED, "a leader's visits or instructions, counted in a tribute"),
  /** "…793个，其中…占比达84.4%": a breakdown measured otherwise than the figures it breaks down. */
  DETAIL(DiagnosticCode.DETAIL_SKIPPED, "a detail of the figures before it, measured another way"),
  /** "把人民群众利益放在第一位": a place in an order of priority, no rank. */
  PRIORITY(DiagnosticCode.FIGURE_OF_SPEECH_SKIPPED, "a place in an order of priority, no rank"),
  /** "粮食产量五千亿五千亿斤": Chinese numerals written as a figure that are no number. */
  MALFORMED_NUMERAL(DiagnosticCode.MALFORMED_NUMERAL, "Chinese numerals that are no number"),
  /** A figure with nothing before or after it that names what it measures. */
  NO_NAME(DiagnosticCode.UNCLASSIFIED_FIGURE, "a figure without a name"),
  /** A figure whose name runs on too long to be told from the words around it. */
  UNCLEAR_NAME(DiagnosticCode.UNCLASSIFIED_FIGURE, "a figure whose name could not be told apart"),
  /** "是全国的2倍": a multiple without a change. */
  MULTIPLE_WITHOUT_CHANGE(DiagnosticCode.UNCLASSIFIED_FIGURE, "a multiple without a change (倍)"),
  /** "二、全年地区生产总值增长5.2%": a figure in the title of a part of the speech, which is read as no sentence. */
  IN_HEADING(DiagnosticCode.UNCLASSIFIED_FIGURE, "a figure in a heading, not read as a result or a target");

  public final DiagnosticCode code;
  public final String reason;

  Decoy(DiagnosticCode code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  /** The rule that keeps a figure of period {@code p} out of the model; null for a reported period. */
  public static Decoy of(Period p, boolean former) {
    switch (p) {
      case SEVERAL_YEARS:
        return FIVE_YEAR_FIGURE;
      case FUTURE_PLAN:
        return FUTURE_GOAL;
      case OTHER_YEAR:
        return former ? FORMER_VALUE : OTHER_YEAR;
      case PART_OF_YEAR:
        return PART_OF_YEAR;
      default:
        return null;
    }
  }
}
