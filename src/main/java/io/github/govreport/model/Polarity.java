package io.github.govreport.model;

/** Which direction of an indicator is good news, as a reader of the report takes it. */
public enum Polarity {
  /** More is better: GDP growth, new jobs, income. */
  HIGHER_IS_BETTER,
  /** Less is better: unemployment, energy intensity, PM2.5 concentration. */
  LOWER_IS_BETTER,
  /**
   * A limit not to be exceeded, where a lower figure is no failure: the CPI target "涨幅3%左右" is met by
   * any rise up to about 3%.
   */
  CEILING
}
