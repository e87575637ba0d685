package io.github.govreport.internal.lexicon;

/**
 * Which period a stretch of a report speaks of, which decides whether its figures are results, targets or
 * neither. Decided once, by the period stage, for every clause and every figure.
 */
public enum Period {
  /** The year under review: "过去一年", "2025年，全省…" in a 2026 report. Its figures are results. */
  REVIEW_YEAR,
  /** The year planned: "今年", "2026年是“十五五”开局之年". Its figures are targets. */
  PLAN_YEAR,
  /** Several past years: "五年来", "“十四五”时期", "年均增长", "累计". Its figures are not one year's. */
  SEVERAL_YEARS,
  /** A plan beyond the year: "“十五五”时期的主要目标", "到2030年". Its figures are not this year's targets. */
  FUTURE_PLAN,
  /** A year that is neither the reviewed nor the planned one: "2020年的51.4%", "去年" cited in the plan. */
  OTHER_YEAR,
  /** Part of the year under review: "一季度", "上半年", "1-11月". */
  PART_OF_YEAR,
  /**
   * The sentence's own period again, inside a clause: a stock written after a total of several years ("累计净增
   * 经营主体155万户、总量达474万户": the 474万户 is the level the sentence's year ends with). Read inside clauses only.
   */
  SENTENCE,
  /** Nothing says yet; decided by position, before or after the main targets passage. */
  UNKNOWN,
  /** Not read for figures: the title, the byline, a glossary after the speech. */
  NONE;

  /** Whether figures of this period go into the report: results of the review year, targets of the plan year. */
  public boolean isReported() {
    return this == REVIEW_YEAR || this == PLAN_YEAR;
  }
}
