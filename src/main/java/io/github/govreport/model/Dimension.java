package io.github.govreport.model;

/**
 * What a {@link Unit} measures. Quantities convert only within one dimension; percent and percentage
 * points are different dimensions, as are yuan and US dollars.
 *
 * <p>Each dimension's base symbol is written here, not read from {@code units.tsv}: it is a constant of the API, as
 * a currency's code is, and {@code units.tsv} gives every other symbol's factor to it.
 */
public enum Dimension {
  /** Percent of something: %, ‰ (a tenth of a percent), 成 (ten percent). */
  PERCENT("%"),
  /** A difference of two percentages: 个百分点. */
  PERCENTAGE_POINTS("个百分点"),
  /** A multiple: 倍. */
  MULTIPLE("倍"),
  /** Renminbi: 元, 万元, 亿元, 万亿元. */
  YUAN("元"),
  /** US dollars: 美元, 亿美元. */
  US_DOLLARS("美元"),
  /** Yuan per person: 元/人, 万元/人. */
  YUAN_PER_PERSON("元/人"),
  /** Yuan per month: 元/月. */
  YUAN_PER_MONTH("元/月"),
  /** People: 人, 万人, 名, 位. */
  PERSONS("人"),
  /** Visits or person-times: 人次, 万人次, 亿人次. */
  PERSON_TIMES("人次"),
  /** Things counted with a measure word: 个, 家, 项, 条, 座, 户, 辆, 所 and a bare 万. */
  COUNT("个"),
  /** Land area in mu: 亩, 万亩, 亿亩. */
  MU("亩"),
  /** Area: 平方米, 公顷, 平方公里. */
  AREA("平方米"),
  /** Length: 米, 公里. */
  LENGTH("米"),
  /** Mass: 克, 公斤, 斤, 吨. */
  MASS("公斤"),
  /** Energy as standard coal equivalent: 吨标准煤. */
  STANDARD_COAL("吨标准煤"),
  /** Electric power: 瓦, 千瓦, 万千瓦. */
  POWER("千瓦"),
  /** Electric energy: 千瓦时, 度. */
  ELECTRIC_ENERGY("千瓦时"),
  /** Concentration in air: 微克/立方米. */
  CONCENTRATION("微克/立方米"),
  /** Volume: 立方米. */
  VOLUME("立方米"),
  /** Containers: 标准箱 (TEU). */
  CONTAINERS("标准箱"),
  /** Days: 天. */
  DAYS("天"),
  /** Computing power in PFLOPS: P, 万P. */
  COMPUTING_POWER("P"),
  /** A position in a ranking: 第4位. */
  RANK("位"),
  /** A ratio to one, written with the ratio sign: 2.21∶1 (城乡居民收入比缩小至2.21∶1). */
  RATIO("∶1"),
  /** A unit the catalog does not know; such quantities convert only between the same base symbol. */
  OTHER("");

  private final String baseSymbol;

  Dimension(String baseSymbol) {
    this.baseSymbol = baseSymbol;
  }

  /** The symbol of the unit with multiplier 1 in this dimension; empty for {@link #OTHER}. */
  public String baseSymbol() {
    return baseSymbol;
  }
}
