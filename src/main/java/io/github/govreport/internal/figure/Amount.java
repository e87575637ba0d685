package io.github.govreport.internal.figure;

import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.text.Chars;
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

  /**
   * A number as read, before its place in the text: its value, the upper end of a range (or null), its unit, and
   * whether 多 or 余 stood between number and unit.
   */
  public record Number(BigDecimal value, BigDecimal upper, Unit unit, boolean more) {

    /** A number of one value with its unit, nothing between them. */
    public static Number of(BigDecimal value, Unit unit) {
      return new Number(value, null, unit, false);
    }

    /** This number with its sign turned. */
    Number negated() {
      return new Number(value.negate(), upper == null ? null : upper.negate(), unit, more);
    }
  }

  /**
   * The figure {@code number} written over {@code [start, end)}, with a qualifier after it up to {@code suffixEnd}
   * (null when none is written).
   */
  public Amount(int start, int end, int suffixEnd, Number number, Bound suffixBound) {
    this.start = start;
    this.end = end;
    this.suffixEnd = suffixEnd;
    this.value = number.value();
    this.upper = number.upper();
    this.unit = number.unit();
    this.suffixBound = suffixBound;
    this.more = number.more();
  }

  /** The number as read, without its place. */
  public Number number() {
    return new Number(value, upper, unit, more);
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

  /** Whether the figure counts things with a count word (51枚, 5个), not with a bare multiplier (1000万). */
  public boolean countedByAWord() {
    String symbol = unit.symbol();
    char last = symbol.isEmpty() ? 0 : symbol.charAt(symbol.length() - 1);
    return isCount() && Chars.isCjk(last) && Numerals.largePower(last) < 0;
  }
}
