package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exact amount in a {@link Unit}, as a report states it: 5.5 in {@code %}, 1023.6 in {@code 亿元};
 * for a range (4.5%—5%) also an upper value.
 *
 * <p>Values are {@link BigDecimal}s, never {@code double}. Conversions that may lose digits take a
 * {@link MathContext} or a scale and a {@link RoundingMode}. Two equalities exist, as with
 * {@code BigDecimal}: {@link #equals(Object)} is scale-sensitive ({@code 5.5} and {@code 5.50} differ),
 * {@link #isEqual(Quantity)} compares by value after converting units. Combining quantities whose units
 * are not convertible (percent and percentage points, 亿元 and 万人) throws {@link UnitMismatchException}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Quantity q = Quantity.of("1023.6", Unit.parse("亿元"));
 * q.convertTo(Unit.parse("万元"), MathContext.DECIMAL64).value(); // 10236000
 * }</pre>
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableQuantity.class)
@JsonPropertyOrder({"value", "unit", "dimension", "upper"})
public abstract class Quantity implements Comparable<Quantity> {

  Quantity() {}

  /** The amount (the lower end of a range), signed: a fall of 11.3% is {@code -11.3}. */
  @Value.Parameter
  @JsonSerialize(using = PlainDecimalSerializer.class)
  public abstract BigDecimal value();

  /** The unit the amount is written in. */
  @Value.Parameter
  public abstract Unit unit();

  /** The upper end of a range such as 4.5%—5%, in the same unit; absent for a single figure. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @JsonSerialize(contentUsing = PlainDecimalSerializer.class)
  public abstract Optional<BigDecimal> upper();

  /**
   * The unit's dimension, written in the JSON beside its symbol: units that share a symbol across dimensions
   * (名 a rank in 第2名, 名 persons in 300名) read back as they were written.
   */
  @JsonProperty("dimension")
  final Dimension dimensionForJson() {
    return unit().dimension();
  }

  /**
   * Reads a quantity from its JSON: the unit from its symbol and, when given, its dimension; JSON written
   * before the dimension was added reads as the symbol alone says.
   */
  @JsonCreator
  static Quantity fromJson(@JsonProperty(value = "value", required = true) BigDecimal value,
      @JsonProperty(value = "unit", required = true) String unit,
      @JsonProperty("dimension") Dimension dimension, @JsonProperty("upper") BigDecimal upper) {
    Unit u = Unit.fromJson(unit, dimension);
    return upper == null ? of(value, u) : range(value, upper, u);
  }

  /** Returns a single figure. */
  public static Quantity of(BigDecimal value, Unit unit) {
    return ImmutableQuantity.of(value, unit);
  }

  /**
   * Returns a single figure from its decimal text, such as {@code "5.5"}.
   *
   * @throws NumberFormatException if {@code value} is not a decimal number
   */
  public static Quantity of(String value, Unit unit) {
    return of(new BigDecimal(checkNotNull(value, "value")), unit);
  }

  /**
   * Returns the closed range {@code [lower, upper]} in one unit.
   *
   * @throws IllegalArgumentException if {@code lower > upper}
   */
  public static Quantity range(BigDecimal lower, BigDecimal upper, Unit unit) {
    return ImmutableQuantity.builder().value(lower).upper(upper).unit(unit).build();
  }

  /** Whether this is a range with an {@link #upper()} value. */
  public final boolean isRange() {
    return upper().isPresent();
  }

  /** The middle of a range, or the value itself; exact, since halving a decimal terminates. */
  public final BigDecimal midpoint() {
    return upper().map(u -> value().add(u).divide(BigDecimal.valueOf(2))).orElse(value());
  }

  /** Returns this quantity with its value (and upper value) negated. */
  public final Quantity negate() {
    ImmutableQuantity.Builder b = ImmutableQuantity.builder().unit(unit());
    if (isRange()) {
      return b.value(upper().get().negate()).upper(value().negate()).build();
    }
    return b.value(value().negate()).build();
  }

  /**
   * Returns this quantity in another unit of the same dimension, exactly: converting between powers of ten
   * (万元 to 亿元) never loses digits.
   *
   * @throws UnitMismatchException if the units are not convertible
   * @throws ArithmeticException if the exact result does not terminate (斤 to some unit of a third); use
   *     {@link #convertTo(Unit, MathContext)} then
   */
  public final Quantity convertTo(Unit target) {
    BigDecimal factor = exactFactor(target);
    return rescale(target, v -> v.multiply(factor));
  }

  /**
   * Returns this quantity in another unit of the same dimension, rounded to {@code mc}.
   *
   * @throws UnitMismatchException if the units are not convertible
   */
  public final Quantity convertTo(Unit target, MathContext mc) {
    checkNotNull(mc, "mc");
    checkConvertible(target);
    return rescale(target, v -> v.multiply(unit().factor()).divide(target.factor(), mc));
  }

  /**
   * Returns this quantity in another unit of the same dimension, rounded to {@code scale} decimal places.
   *
   * @throws UnitMismatchException if the units are not convertible
   */
  public final Quantity convertTo(Unit target, int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    checkConvertible(target);
    return rescale(target, v -> v.multiply(unit().factor()).divide(target.factor(), scale, rounding));
  }

  /**
   * Whether the two quantities are equal by value once in the same unit ({@code 1亿元} is equal to
   * {@code 10000万元}; {@code 5.5%} to {@code 5.50%}), ranges included.
   *
   * @throws UnitMismatchException if the units are not convertible
   */
  public final boolean isEqual(Quantity other) {
    checkNotNull(other, "other");
    checkConvertible(other.unit());
    Quantity o = other.inBaseUnits();
    Quantity t = inBaseUnits();
    return t.value().compareTo(o.value()) == 0 && t.isRange() == o.isRange()
        && (!t.isRange() || t.upper().get().compareTo(o.upper().get()) == 0);
  }

  /**
   * Compares values (the lower end of ranges) after converting to common units.
   *
   * @throws UnitMismatchException if the units are not convertible
   */
  @Override
  public final int compareTo(Quantity other) {
    checkNotNull(other, "other");
    checkConvertible(other.unit());
    return inBaseUnits().value().compareTo(other.inBaseUnits().value());
  }

  /**
   * Returns the difference {@code this - other} in this quantity's unit, exactly.
   *
   * @throws UnitMismatchException if the units are not convertible
   * @throws IllegalArgumentException if either is a range
   */
  public final Quantity minus(Quantity other) {
    checkNotNull(other, "other");
    checkArgument(!isRange() && !other.isRange(), "cannot subtract ranges: %s - %s", this, other);
    Quantity o = other.unit().equals(unit()) ? other : other.convertTo(unit(), MathContext.DECIMAL128);
    return of(value().subtract(o.value()), unit());
  }

  private Quantity inBaseUnits() {
    return rescale(unit(), v -> v.multiply(unit().factor()));
  }

  private BigDecimal exactFactor(Unit target) {
    checkConvertible(target);
    return unit().factor().divide(target.factor());
  }

  private void checkConvertible(Unit target) {
    checkNotNull(target, "target");
    if (!unit().isConvertibleTo(target)) {
      throw new UnitMismatchException(unit(), target);
    }
  }

  private Quantity rescale(Unit target, java.util.function.UnaryOperator<BigDecimal> f) {
    ImmutableQuantity.Builder b = ImmutableQuantity.builder().unit(target).value(f.apply(value()));
    upper().ifPresent(u -> b.upper(f.apply(u)));
    return b.build();
  }

  @Value.Check
  final void check() {
    if (upper().isPresent()) { // no lambda: a check of every quantity built would allocate one
      checkArgument(value().compareTo(upper().get()) <= 0,
          "range lower value %s must not exceed its upper value %s", value(), upper().get());
    }
  }

  /** The figure as a report would write it, such as {@code 5.5%} or {@code 4.5—5%}. */
  @Override
  public final String toString() {
    String v = value().toPlainString();
    return upper().map(u -> v + "—" + u.toPlainString()).orElse(v) + unit().symbol();
  }
}
