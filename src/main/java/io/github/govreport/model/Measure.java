package io.github.govreport.model;

/** What a figure measures about its indicator. */
public enum Measure {
  /** A change over the previous year, in percent or in absolute terms: 增长6%, 下降11.3%, 提高0.9个百分点. */
  GROWTH,
  /** An absolute level or amount: 达1034万户, 安排资金1023.6亿元, 粮食产量1300亿斤. */
  LEVEL,
  /** A rate that is itself the indicator: 城镇调查失业率5%, 研发投入强度3.2%, 覆盖率85%. */
  RATE,
  /** A share of a whole: 占全国份额15%, 占比超过29%, 比重43.6%. */
  SHARE,
  /** A number of things counted: 新增高新技术企业5000家, 城镇新增就业110万人. */
  COUNT,
  /** A position in a ranking: 居全国第4位. */
  RANK,
  /** Anything else, including clauses without a figure. */
  OTHER
}
