package io.github.govreport.internal.parse;

import io.github.govreport.model.Bound;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;

/**
 * One figure read from a clause, with the name it is about, before it becomes a target or an actual. The
 * reader refills one instance figure after figure: whoever receives it copies what it needs.
 */
final class Reading {
  String name;
  /** Normalised range of the text the figure was read from. */
  int spanStart;
  int spanEnd;
  BigDecimal value;
  BigDecimal upper;
  Unit unit;
  Measure measure;
  Bound bound;
  boolean stretch;
  boolean estimated;
  /** The period the figure speaks of, as the period stage decided it. */
  io.github.govreport.internal.lexicon.Period period;
  /** Whether the period was given by the year of a value moved from ("从2020年的…"). */
  boolean former;
  /** Normalised range of the figure itself, for a diagnostic when it is not reported. */
  int figureStart;
  int figureEnd;

  @Override
  public String toString() {
    return name + " " + measure + " " + value + (upper == null ? "" : "—" + upper) + unit + " " + bound;
  }
}
