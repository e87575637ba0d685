package io.github.govreport.compute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.govreport.model.Dimension;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitMismatchException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Growth arithmetic on exact quantities: the rate between two levels, the level after a rate, compounding
 * over years and the annual rate back, the difference of two rates in percentage points, and whether one
 * growth kept pace with another.
 *
 * <pre>{@code
 * Quantity rate = Growth.rate(Quantity.of("100", Unit.parse("亿元")), Quantity.of("1.06", Unit.parse("百亿元"))); // 6%
 * Quantity after = Growth.level(Quantity.of("5.3", Unit.parse("万亿元")), Quantity.of("5.5", Unit.PERCENT));
 * }</pre>
 *
 * <p>Every result is computed in {@link #CONTEXT} (34 significant digits, half-even), so a law such as
 * {@code level(base, rate(base, x)) == x} holds to that precision, not exactly, where a division is involved.
 * Rates are quantities in {@link Unit#PERCENT}; differences of rates are in {@link Unit#PERCENTAGE_POINTS}.
 * Quantities of different dimensions fail with {@link UnitMismatchException}; 亿元 against 万元 converts.
 */
public final class Growth {

  /** The precision of every computation here: {@link MathContext#DECIMAL128}. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** The default tolerance of {@link #inStep(Quantity, Quantity)}: half a percentage point. */
  public static final BigDecimal IN_STEP_TOLERANCE = new BigDecimal("0.5");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Growth() {}

  /**
   * The growth rate from {@code base} to {@code current}, in percent: {@code (current / base - 1) × 100}.
   *
   * @throws UnitMismatchException if the two are not of one dimension
   * @throws IllegalArgumentException if either is a rate or a range, or {@code base} is zero
   */
  public static Quantity rate(Quantity base, Quantity current) {
    checkLevel(base, "base");
    checkLevel(current, "current");
    Quantity c = current.convertTo(base.unit(), CONTEXT);
    checkArgument(base.value().signum() != 0, "the base of a growth rate must not be zero: %s", base);
    BigDecimal ratio = c.value().divide(base.value(), CONTEXT);
    return Quantity.of(ratio.subtract(BigDecimal.ONE).multiply(HUNDRED, CONTEXT), Unit.PERCENT);
  }

  /**
   * The level {@code base} reaches after growing by {@code rate} percent, in {@code base}'s unit.
   *
   * @throws IllegalArgumentException if {@code rate} is not in percent or {@code base} is a rate or a range
   */
  public static Quantity level(Quantity base, Quantity rate) {
    checkLevel(base, "base");
    checkRate(rate, "rate");
    return Quantity.of(base.value().multiply(factor(rate.value()), CONTEXT), base.unit());
  }

  /**
   * The total growth, in percent, of {@code years} years each growing by {@code annualRate}:
   * {@code ((1 + r)^n - 1) × 100}.
   *
   * @throws IllegalArgumentException if the rate is not in percent or {@code years} is not positive
   */
  public static Quantity compound(Quantity annualRate, int years) {
    checkRate(annualRate, "annualRate");
    checkArgument(years > 0, "years must be positive: %s", years);
    BigDecimal total = factor(annualRate.value()).pow(years, CONTEXT);
    return Quantity.of(total.subtract(BigDecimal.ONE).multiply(HUNDRED, CONTEXT), Unit.PERCENT);
  }

  /**
   * The annual rate, in percent, that compounds to {@code totalGrowth} over {@code years} years:
   * {@code ((1 + g)^(1/n) - 1) × 100}.
   *
   * @throws IllegalArgumentException if the growth is not in percent, is −100% or less, or {@code years} is
   *     not positive
   */
  public static Quantity annualRate(Quantity totalGrowth, int years) {
    checkRate(totalGrowth, "totalGrowth");
    checkArgument(years > 0, "years must be positive: %s", years);
    BigDecimal f = factor(totalGrowth.value());
    checkArgument(f.signum() > 0, "a total growth of %s cannot be spread over years", totalGrowth);
    BigDecimal root = nthRoot(f, years);
    return Quantity.of(root.subtract(BigDecimal.ONE).multiply(HUNDRED, CONTEXT), Unit.PERCENT);
  }

  /**
   * The compound annual rate, in percent, from {@code base} to {@code current} over {@code years} years.
   *
   * @throws UnitMismatchException if the two are not of one dimension
   */
  public static Quantity annualRate(Quantity base, Quantity current, int years) {
    return annualRate(rate(base, current), years);
  }

  /**
   * The difference {@code a - b} of two rates, in percentage points: 6% against 5.5% is 0.5 个百分点.
   *
   * @throws IllegalArgumentException if either is not in percent
   */
  public static Quantity difference(Quantity a, Quantity b) {
    checkRate(a, "a");
    checkRate(b, "b");
    return Quantity.of(a.value().subtract(b.value()), Unit.PERCENTAGE_POINTS);
  }

  /**
   * Whether {@code growth} kept pace with {@code reference} (同步): it fell short by no more than
   * {@link #IN_STEP_TOLERANCE} percentage points. Faster growth keeps pace.
   */
  public static boolean inStep(Quantity growth, Quantity reference) {
    return inStep(growth, reference, IN_STEP_TOLERANCE);
  }

  /**
   * Whether {@code growth} kept pace with {@code reference}, falling short by no more than {@code tolerance}
   * percentage points.
   *
   * @throws IllegalArgumentException if a rate is not in percent or {@code tolerance} is negative
   */
  public static boolean inStep(Quantity growth, Quantity reference, BigDecimal tolerance) {
    checkNotNull(tolerance, "tolerance");
    checkArgument(tolerance.signum() >= 0, "tolerance must not be negative: %s", tolerance);
    return difference(growth, reference).value().compareTo(tolerance.negate()) >= 0;
  }

  private static BigDecimal factor(BigDecimal percent) {
    return BigDecimal.ONE.add(percent.divide(HUNDRED, CONTEXT), CONTEXT);
  }

  /** The positive n-th root of a positive decimal, by Newton's method to {@link #CONTEXT}. */
  static BigDecimal nthRoot(BigDecimal x, int n) {
    if (n == 1) {
      return x.round(CONTEXT);
    }
    MathContext work = new MathContext(CONTEXT.getPrecision() + 6, CONTEXT.getRoundingMode());
    BigDecimal guess = BigDecimal.valueOf(Math.pow(x.doubleValue(), 1.0 / n));
    if (guess.signum() <= 0 || guess.compareTo(BigDecimal.ZERO) == 0) {
      guess = BigDecimal.ONE;
    }
    BigDecimal nBig = BigDecimal.valueOf(n);
    for (int i = 0; i < 100; i++) {
      BigDecimal power = guess.pow(n - 1, work);
      BigDecimal next = guess.subtract(guess.multiply(power, work).subtract(x, work).divide(nBig.multiply(power, work), work), work);
      if (next.compareTo(guess) == 0) {
        break;
      }
      guess = next;
    }
    return guess.round(CONTEXT);
  }

  private static void checkLevel(Quantity q, String name) {
    checkNotNull(q, name);
    checkArgument(!q.isRange(), "%s must be a single figure, not the range %s", name, q);
    Dimension d = q.unit().dimension();
    checkArgument(d != Dimension.PERCENT && d != Dimension.PERCENTAGE_POINTS,
        "%s must be a level, not the rate %s", name, q);
  }

  private static void checkRate(Quantity q, String name) {
    checkNotNull(q, name);
    checkArgument(!q.isRange(), "%s must be a single figure, not the range %s", name, q);
    if (q.unit().dimension() != Dimension.PERCENT) {
      throw new UnitMismatchException(q.unit(), Unit.PERCENT);
    }
    checkArgument(q.unit().factor().compareTo(BigDecimal.ONE) == 0, "%s must be in %%, not %s", name, q.unit());
  }
}
