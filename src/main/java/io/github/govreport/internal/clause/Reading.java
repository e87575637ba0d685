package io.github.govreport.internal.clause;

import io.github.govreport.model.Bound;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;

/**
 * One figure read from a clause, with the name it is about, before it becomes a target or an actual. The
 * reader refills one instance figure after figure: whoever receives it copies what it needs.
 */
public final class Reading {
  public String name;
  /** Whether the name is whole as the clause reader shaped it: its verbs are part of it (实施…治理提升企业). */
  public boolean namedInFull;
  /**
   * The verb kept before the name its cleaner cleans: the one a list of verbs gives this figure ("开工、投产新能源项目各
   * 1600万千瓦": 开工 and 投产), or the indicator's own word written after the name (高新技术企业新增300家: 新增); empty
   * for any other figure.
   */
  public String verb = "";
  /** Normalised range of the text the figure was read from. */
  public int spanStart;
  public int spanEnd;
  public BigDecimal value;
  public BigDecimal upper;
  public Unit unit;
  public Measure measure;
  public Bound bound;
  public boolean stretch;
  public boolean estimated;
  /** The period the figure speaks of, as the period stage decided it. */
  public io.github.govreport.internal.lexicon.Period period;
  /**
   * Whether the words before the figure say a level reached or held (达到, 达, 突破, 超, 为, 提高到), or an amount is
   * written bare after its name (生产总值6.66万亿元): in a review of several years, such a level is the last year's.
   */
  public boolean level;
  /** What a target is set against ("高于全省平均水平2个百分点": 全省平均水平), or null. */
  public String reference;
  /** Whether the period was given by the year of a value moved from ("从2020年的…"). */
  public boolean former;
  /** Normalised range of the figure itself, for a diagnostic when it is not reported. */
  public int figureStart;
  public int figureEnd;

  @Override
  public String toString() {
    return name + " " + measure + " " + value + (upper == null ? "" : "—" + upper) + unit + " " + bound;
  }
}
