package io.github.govreport.internal.figure;

import io.github.govreport.model.Bound;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;

/** A figure found in the text: a number (or a range) with its unit and any qualifier written after it. */
public final class Amount {
  /** Normalised offset of the figure's first char (第 of a rank, 百分之 of a percentage). */
  public final int start;
  /** Normalised offset just past the unit. */
  final int end;
  /** Normalised offset just past a qualifier after the unit (左右, 以上), or {@link #end}. */
  public final int suffixEnd;
  public final BigDecimal value;
  /** The upper end of a range, or null. */
  public final BigDecimal upper;
  public final Unit unit;
  /** The qualifier after the unit, or null. */
  public final Bound suffixBound;
  /** Whether 多 or 余 stood between number and unit (120多个): more than the figure. */
  public final boolean more;

  public Amount(int start, int end, int suffixEnd, BigDecimal value, BigDecimal upper, Unit unit, Bound suffixBound,
      boolean more) {
    this.start = start;
    this.end = end;
    this.suffixEnd = suffixEnd;
    this.value = value;
    this.upper = upper;
    this.unit = unit;
    this.suffixBound = suffixBound;
    this.more = more;
  }

  public boolean isRank() {
    return unit.dimension() == io.github.govreport.model.Dimension.RANK;
  }

  @Override
  public String toString() {
    return value.toPlainString() + (upper == null ? "" : "—" + upper.toPlainString()) + unit.symbol()
        + (suffixBound == null ? "" : " " + suffixBound) + " @" + start;
  }
  /** Whether this figure counts things (个, 家, 人 …) rather than measuring an amount. */
  public boolean isCount() {
    io.github.govreport.model.Dimension d = unit.dimension();
    return d == io.github.govreport.model.Dimension.COUNT || d == io.github.govreport.model.Dimension.PERSONS
        || d == io.github.govreport.model.Dimension.PERSON_TIMES;
  }
}
