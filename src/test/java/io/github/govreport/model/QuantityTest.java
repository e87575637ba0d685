package io.github.govreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class QuantityTest {

  static final Unit YI = Unit.parse("亿元");
  static final Unit WAN = Unit.parse("万元");
  static final Unit WAN_REN = Unit.parse("万人");

  @Test
  void convertsWithinADimensionExactly() {
    Quantity q = Quantity.of("1023.6", YI);
    assertThat(q.convertTo(WAN).value()).isEqualByComparingTo("10236000");
    assertThat(q.convertTo(WAN).unit()).isEqualTo(WAN);
    assertThat(Quantity.of("25", WAN).convertTo(YI).value()).isEqualByComparingTo("0.0025");
    assertThat(Quantity.of("1", Unit.parse("万亿元")).convertTo(YI).value()).isEqualByComparingTo("10000");
    assertThat(Quantity.of("1.3", Unit.parse("万亿斤")).convertTo(Unit.parse("亿斤")).value())
        .isEqualByComparingTo("13000");
  }

  @Test
  void convertsAcrossBaseUnitsOfAMassDimension() {
    // 斤 is half a 公斤; 1 吨 is 2000 斤.
    assertThat(Quantity.of("1", Unit.parse("吨")).convertTo(Unit.parse("斤")).value()).isEqualByComparingTo("2000");
    assertThat(Quantity.of("1955", Unit.parse("万吨")).convertTo(Unit.parse("亿斤")).value())
        .isEqualByComparingTo("391");
  }

  @Test
  void roundsOnlyWhereTheCallerSaysHow() {
    Quantity third = Quantity.of("1", Unit.parse("亩"));
    Unit hectare = Unit.parse("公顷");
    assertThatThrownBy(() -> third.convertTo(hectare)).isInstanceOf(UnitMismatchException.class);
    Quantity km = Quantity.of("1", Unit.parse("公里"));
    assertThat(km.convertTo(Unit.parse("米")).value()).isEqualByComparingTo("1000");
    Quantity p = Quantity.of("2", Unit.of("份", Dimension.OTHER, BigDecimal.ONE));
    assertThat(p.unit().dimension()).isEqualTo(Dimension.OTHER);
    Quantity jin = Quantity.of("1", Unit.parse("斤"));
    Unit threeJin = Unit.of("三斤", Dimension.MASS, new BigDecimal("1.5"));
    assertThatThrownBy(() -> jin.convertTo(threeJin)).isInstanceOf(ArithmeticException.class);
    assertThat(jin.convertTo(threeJin, MathContext.DECIMAL32).value()).isEqualByComparingTo("0.3333333");
    assertThat(jin.convertTo(threeJin, 2, RoundingMode.HALF_UP).value()).isEqualByComparingTo("0.33");
  }

  @Test
  void mixingDimensionsFailsNamingBothUnits() {
    Quantity money = Quantity.of("5", YI);
    Quantity people = Quantity.of("5", WAN_REN);
    assertThatThrownBy(() -> money.convertTo(WAN_REN))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessageContaining("亿元")
        .hasMessageContaining("万人");
    assertThatThrownBy(() -> money.compareTo(people)).isInstanceOf(UnitMismatchException.class);
    UnitMismatchException e = new UnitMismatchException(Unit.PERCENT, Unit.PERCENTAGE_POINTS);
    assertThat(e.left()).isEqualTo(Unit.PERCENT);
    assertThat(e.right()).isEqualTo(Unit.PERCENTAGE_POINTS);
    assertThat(e).hasMessageContaining("'%'").hasMessageContaining("'个百分点'");
  }

  @Test
  void percentAndPercentagePointsAreDifferentDimensions() {
    Quantity pct = Quantity.of("5.5", Unit.PERCENT);
    Quantity pp = Quantity.of("0.9", Unit.PERCENTAGE_POINTS);
    assertThat(pct.unit().isConvertibleTo(pp.unit())).isFalse();
    assertThatThrownBy(() -> pct.minus(pp)).isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> pct.isEqual(pp)).isInstanceOf(UnitMismatchException.class);
  }

  @Test
  void equalsIsScaleSensitiveAndIsEqualIsByValue() {
    Quantity a = Quantity.of("5.5", Unit.PERCENT);
    Quantity b = Quantity.of("5.50", Unit.PERCENT);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.isEqual(b)).isTrue();
    assertThat(Quantity.of("1", YI).isEqual(Quantity.of("10000", WAN))).isTrue();
    assertThat(Quantity.of("1", YI).compareTo(Quantity.of("9999", WAN))).isPositive();
  }

  @Test
  void rangesKeepTheirOrderAndNegateIntoOrder() {
    Quantity r = Quantity.range(new BigDecimal("4.5"), new BigDecimal("5"), Unit.PERCENT);
    assertThat(r.isRange()).isTrue();
    assertThat(r.midpoint()).isEqualByComparingTo("4.75");
    assertThat(r.toString()).isEqualTo("4.5—5%");
    Quantity n = r.negate();
    assertThat(n.value()).isEqualByComparingTo("-5");
    assertThat(n.upper()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo("-4.5"));
    assertThatThrownBy(() -> Quantity.range(BigDecimal.TEN, BigDecimal.ONE, Unit.PERCENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10")
        .hasMessageContaining("1");
  }

  @Test
  void minusConvertsTheOtherIntoThisUnit() {
    Quantity d = Quantity.of("1", YI).minus(Quantity.of("2500", WAN));
    assertThat(d.unit()).isEqualTo(YI);
    assertThat(d.value()).isEqualByComparingTo("0.75");
  }

  @Test
  void rejectsCallerMistakesWithTheirNames() {
    assertThatThrownBy(() -> Quantity.of((String) null, YI)).hasMessageContaining("value");
    assertThatThrownBy(() -> Quantity.of("1", YI).convertTo(null)).hasMessageContaining("target");
    assertThatThrownBy(() -> Quantity.of("x", YI)).isInstanceOf(NumberFormatException.class);
  }
}
