package io.github.govreport.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a target's figure binds, as its wording says. A range (增长4.5%—5%) is told by its quantity's upper value, not by
 * the bound: it binds {@link #EXACT}ly (between its ends) or {@link #ABOUT} (4.5%—5%左右), as a reader records it.
 */
public enum Bound {
  /** About the figure: 左右. */
  ABOUT,
  /** The figure or more: 以上, 超过, 不低于, 不少于, 突破. */
  AT_LEAST,
  /** The figure or less: 以内, 不高于, 不超过, 控制在…以内. */
  AT_MOST,
  /**
   * Exactly the figure, or a bare figure with no qualifier: 达到, 按…安排; for a range quantity (4.5%—5%), between its
   * value and its upper value, both included.
   */
  EXACT,
  /** Keeping pace with a reference indicator's growth: 与经济增长同步, 基本同步. */
  IN_STEP_WITH,
  /**
   * A clause without a figure: a target (国际收支保持基本平衡, 居民收入增速高于经济增速) or a result stated in words
   * (城镇调查失业率均值保持历史最好水平).
   */
  QUALITATIVE;

  /**
   * The bound a JSON name stands for: the constant of that name, and {@code RANGE}, which versions before 0.1.0 wrote
   * for a range, as {@link #EXACT} (the range is in the quantity's upper value), so that their JSON still reads.
   *
   * @throws IllegalArgumentException naming the value when it is no bound
   */
  @JsonCreator
  static Bound fromJson(String name) {
    return "RANGE".equals(name) ? EXACT : valueOf(name);
  }
}
