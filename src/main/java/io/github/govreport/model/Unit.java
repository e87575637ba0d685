package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A unit of measure as a report writes it ({@code 亿元}, {@code 万人次}, {@code %}, {@code 个百分点}), with
 * its {@link Dimension} and its multiplier relative to the dimension's base unit.
 *
 * <p>{@code 亿元} is {@link Dimension#YUAN} with factor 10<sup>8</sup>; {@code 万亩} is {@link Dimension#MU}
 * with factor 10<sup>4</sup>. Two units are convertible when they share a dimension (and, for
 * {@link Dimension#OTHER}, a base symbol). Units are equal when symbol, dimension, base and factor (by
 * value) are equal. Immutable and thread-safe.
 *
 * <pre>{@code
 * Unit yi = Unit.parse("亿元");
 * Unit wan = Unit.parse("万元");
 * yi.factorTo(wan); // 10000
 * }</pre>
 */
@Value.Immutable(builder = false)
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class Unit {

  /** Percent, {@code %}. */
  public static final Unit PERCENT = of("%", Dimension.PERCENT, BigDecimal.ONE);
  /** Percentage points, {@code 个百分点}. */
  public static final Unit PERCENTAGE_POINTS = of("个百分点", Dimension.PERCENTAGE_POINTS, BigDecimal.ONE);
  /** Yuan, {@code 元}. */
  public static final Unit YUAN = of("元", Dimension.YUAN, BigDecimal.ONE);
  /** Ten thousand yuan, {@code 万元}. */
  public static final Unit WAN_YUAN = of("万元", Dimension.YUAN, BigDecimal.TEN.pow(4));
  /** A hundred million yuan, {@code 亿元}. */
  public static final Unit YI_YUAN = of("亿元", Dimension.YUAN, BigDecimal.TEN.pow(8));
  /** A ratio to one, {@code ∶1} (城乡居民收入比2.54∶1): the figure is the first term. */
  public static final Unit TO_ONE = of("∶1", Dimension.RATIO, BigDecimal.ONE);
  /** A unit without a symbol, for bare numbers. */
  public static final Unit NONE = of("", Dimension.OTHER, BigDecimal.ONE);

  Unit() {}

  /** The symbol as written in the report, such as {@code 亿元} or {@code 万人次}. */
  @JsonValue
  @Value.Parameter
  public abstract String symbol();

  /** What the unit measures. */
  @Value.Parameter
  public abstract Dimension dimension();

  /** How many base units of the dimension one of this unit is; positive. */
  @Value.Parameter
  public abstract BigDecimal factor();

  /**
   * The symbol of the unit this one is a multiple of: the dimension's base symbol, or for
   * {@link Dimension#OTHER} the symbol without its multiplier (万 or 亿).
   */
  @Value.Parameter
  public abstract String baseSymbol();

  /**
   * Returns a unit of a known dimension.
   *
   * @throws IllegalArgumentException if {@code factor} is not positive
   */
  public static Unit of(String symbol, Dimension dimension, BigDecimal factor) {
    checkNotNull(dimension, "dimension");
    return ImmutableUnit.of(symbol, dimension, factor, dimension.baseSymbol());
  }

  /**
   * Returns a unit of {@link Dimension#OTHER}, a multiple {@code factor} of the unit {@code baseSymbol}.
   *
   * @throws IllegalArgumentException if {@code factor} is not positive
   */
  public static Unit other(String symbol, String baseSymbol, BigDecimal factor) {
    return ImmutableUnit.of(symbol, Dimension.OTHER, factor, baseSymbol);
  }

  /**
   * Returns the unit the {@linkplain UnitCatalog#defaults() default catalog} gives for a symbol as written.
   * Unknown symbols give a unit of {@link Dimension#OTHER}; never fails on a non-null symbol.
   */
  @JsonCreator
  public static Unit parse(String symbol) {
    return UnitCatalog.defaults().parse(symbol);
  }

  /**
   * The unit a JSON quantity names: the {@linkplain #parse parsed} symbol, in {@code dimension} when that is
   * given and differs (名 read as a rank, 万标方 as a volume), keeping the multiplier the symbol gives.
   */
  static Unit fromJson(String symbol, Dimension dimension) {
    Unit parsed = parse(checkNotNull(symbol, "unit"));
    if (dimension == null || parsed.dimension() == dimension) {
      return parsed;
    }
    if (dimension == Dimension.OTHER) {
      return other(symbol, symbol, BigDecimal.ONE);
    }
    return of(symbol, dimension, parsed.factor());
  }

  /** Whether quantities in this unit can be converted into {@code other}. */
  public final boolean isConvertibleTo(Unit other) {
    checkNotNull(other, "other");
    return dimension() == other.dimension() && baseSymbol().equals(other.baseSymbol());
  }

  /**
   * Returns how many of {@code other} one of this unit is: {@code 亿元.factorTo(万元)} is 10000. Exact
   * when the ratio terminates, else rounded to 34 significant digits.
   *
   * @throws UnitMismatchException if the units are not convertible
   */
  public final BigDecimal factorTo(Unit other) {
    if (!isConvertibleTo(other)) {
      throw new UnitMismatchException(this, other);
    }
    try {
      return factor().divide(other.factor());
    } catch (ArithmeticException nonTerminating) {
      return factor().divide(other.factor(), java.math.MathContext.DECIMAL128);
    }
  }

  @Value.Check
  final Unit normalize() {
    checkNotNull(symbol(), "symbol");
    checkArgument(factor().signum() > 0, "unit factor must be positive: %s for '%s'", factor(), symbol());
    checkArgument(dimension() == Dimension.OTHER || baseSymbol().equals(dimension().baseSymbol()),
        "unit '%s' of dimension %s must have base '%s', not '%s'", symbol(), dimension(),
        dimension().baseSymbol(), baseSymbol());
    BigDecimal stripped = factor().stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    if (!stripped.equals(factor())) {
      return ImmutableUnit.of(symbol(), dimension(), stripped, baseSymbol());
    }
    return this;
  }

  @Override
  public final String toString() {
    return symbol().isEmpty() ? "(none)" : symbol();
  }
}
