package io.github.govreport.internal.lexicon;

/**
 * What a word standing between an indicator's name and its figure says about the figure: "增长" makes it a
 * rise, "下降" a fall, "达到" a level, "不低于" a floor, "分别" a distribution over a list, "预计" an estimate.
 */
public enum Cue {
  /** A rise: 增长, 提高, 上涨; also the nouns 增速, 涨幅, 增量. */
  RISE,
  /** A fall: 下降, 降低, 减少; also 降幅. */
  FALL,
  /** A level reached or held: 达到, 为, 保持在, 提高到, 降至. */
  LEVEL,
  /** A level with a floor: 突破, 超过, 超, 逾, 跨上. */
  LEVEL_AT_LEAST,
  /** A floor before the figure: 不低于, 不少于, 至少. */
  AT_LEAST,
  /** A ceiling before the figure: 不高于, 不超过, 控制在. */
  AT_MOST,
  /** About: 近, 约, 接近. */
  ABOUT,
  /** The figure as planned: 按 (赤字率按3%安排). */
  AS_ARRANGED,
  /** Distributes figures over a list: 分别. */
  RESPECTIVELY,
  /** Gives one figure to each of a list: 各, 均 (城乡居民人均可支配收入均增长7%). */
  EACH,
  /** Ends like a cue but ends the indicator's name (人口自然增长率): it is no cue, and nothing before it is. */
  NAME,
  /** An estimate: 预计, 初步统计. */
  ESTIMATE,
  /** A stretch goal: 力争. */
  STRETCH,
  /** An average or total over several years: 年均, 累计. */
  MULTI_YEAR,
  /** The figure before, restated in another unit: 折合1148亿元人民币. */
  CONVERTED,
  /** A word that changes nothing: 同比, 比上年, 全年. */
  FILLER,
  /**
   * An adverb of manner or degree: passed over like {@link #FILLER} before a figure, and after the thing counted it
   * opens the predicate (17种抗癌药大幅降价: 抗癌药): 大幅, 首次, 继续, 稳步.
   */
  MANNER;

  /** Whether the word says nothing of the figure and is passed over: {@link #FILLER} and {@link #MANNER}. */
  public boolean passedOver() {
    return this == FILLER || this == MANNER;
  }
}
