package io.github.govreport.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.govreport.model.Quantity;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitMismatchException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GrowthTest {

  static final Unit YI = Unit.parse("亿元");
  static final Unit WAN = Unit.parse("万元");
  static final BigDecimal EPSILON = new BigDecimal("1E-25");

  @Test
  void computesRatesAndLevelsFromReportFigures() {
    // 全市地区生产总值达到33757.93亿元、增长5.3%: last year's level follows, and the rate back.
    Quantity level = Quantity.of("33757.93", YI);
    Quantity rate = Quantity.of("5.3", Unit.PERCENT);
    Quantity base = Quantity.of(level.value().divide(new BigDecimal("1.053"), Growth.CONTEXT), YI);
    assertThat(Growth.rate(base, level).value().subtract(new BigDecimal("5.3")).abs()).isLessThan(EPSILON);
    assertThat(Growth.level(base, rate).value().subtract(level.value()).abs()).isLessThan(EPSILON);
    assertThat(Growth.rate(Quantity.of("100", YI), Quantity.of("1060000", WAN)).value()).isEqualByComparingTo("6");
    assertThat(Growth.rate(Quantity.of("100", YI), Quantity.of("1060000", WAN)).unit()).isEqualTo(Unit.PERCENT);
  }

  @Test
  void compoundsAndTakesTheAnnualRateBack() {
    assertThat(Growth.compound(Quantity.of("10", Unit.PERCENT), 2).value()).isEqualByComparingTo("21");
    assertThat(Growth.annualRate(Quantity.of("21", Unit.PERCENT), 2).value()).isEqualByComparingTo("10");
    // 5 years at 5% each: 27.6281...%
    assertThat(Growth.compound(Quantity.of("5", Unit.PERCENT), 5).value()).isEqualByComparingTo("27.62815625");
    assertThat(Growth.annualRate(Quantity.of("100", YI), Quantity.of("200", YI), 1).value()).isEqualByComparingTo("100");
  }

  @Test
  void differencesOfRatesArePercentagePoints() {
    Quantity d = Growth.difference(Quantity.of("6", Unit.PERCENT), Quantity.of("5.5", Unit.PERCENT));
    assertThat(d.unit()).isEqualTo(Unit.PERCENTAGE_POINTS);
    assertThat(d.value()).isEqualByComparingTo("0.5");
  }

  @Test
  void inStepAllowsTheDocumentedTolerance() {
    Quantity gdp = Quantity.of("6", Unit.PERCENT);
    assertThat(Growth.inStep(Quantity.of("5.5", Unit.PERCENT), gdp)).isTrue();
    assertThat(Growth.inStep(Quantity.of("5.4", Unit.PERCENT), gdp)).isFalse();
    assertThat(Growth.inStep(Quantity.of("7.3", Unit.PERCENT), gdp)).isTrue();
    assertThat(Growth.inStep(Quantity.of("5.4", Unit.PERCENT), gdp, BigDecimal.ONE)).isTrue();
  }

  @Test
  void refusesMismatchedUnitsClearly() {
    assertThatThrownBy(() -> Growth.rate(Quantity.of("1", YI), Quantity.of("1", Unit.parse("万人"))))
        .isInstanceOf(UnitMismatchException.class).hasMessageContaining("亿元").hasMessageContaining("万人");
    assertThatThrownBy(() -> Growth.level(Quantity.of("1", YI), Quantity.of("5", Unit.parse("万人"))))
        .isInstanceOf(UnitMismatchException.class).hasMessageContaining("万人").hasMessageContaining("%");
    assertThatThrownBy(() -> Growth.difference(Quantity.of("1", Unit.PERCENTAGE_POINTS), Quantity.of("1", Unit.PERCENT)))
        .isInstanceOf(UnitMismatchException.class);
    assertThatThrownBy(() -> Growth.rate(Quantity.of("5", Unit.PERCENT), Quantity.of("6", Unit.PERCENT)))
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> Growth.rate(Quantity.of("0", YI), Quantity.of("6", YI))).hasMessageContaining("zero");
    assertThatThrownBy(() -> Growth.compound(Quantity.of("5", Unit.PERCENT), 0)).hasMessageContaining("years");
  }

  static Gen<BigDecimal> positiveLevels() {
    return longs().between(1, 10_000_000_000L).zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  static Gen<BigDecimal> rates() {
    // −50% to +500% a year: below that, 30 years of compounding leave too few significant digits of the
    // total growth (its factor nears zero) for the annual rate to come back to 20 places.
    return integers().between(-5_000, 50_000).map(v -> BigDecimal.valueOf(v, 2));
  }

  @Test
  void levelAfterTheRateBetweenTwoLevelsIsTheLevel() {
    qt().forAll(positiveLevels(), positiveLevels()).checkAssert((base, x) -> {
      Quantity b = Quantity.of(base, YI);
      Quantity back = Growth.level(b, Growth.rate(b, Quantity.of(x, YI)));
      assertThat(back.value().subtract(x).abs()).isLessThanOrEqualTo(x.multiply(EPSILON).max(EPSILON));
    });
  }

  @Test
  void compoundingThenTakingTheAnnualRateReturnsTheRate() {
    qt().forAll(rates(), integers().between(1, 30)).checkAssert((r, years) -> {
      Quantity total = Growth.compound(Quantity.of(r, Unit.PERCENT), years);
      Quantity annual = Growth.annualRate(total, years);
      assertThat(annual.value().subtract(r).abs()).isLessThan(new BigDecimal("1E-18"));
    });
  }

  @Test
  void ratesAreTheSameWhateverUnitTheLevelsAreIn() {
    qt().forAll(positiveLevels(), positiveLevels()).checkAssert((a, b) -> {
      Quantity inYi = Growth.rate(Quantity.of(a, YI), Quantity.of(b, YI));
      Quantity mixed = Growth.rate(Quantity.of(a, YI), Quantity.of(b, YI).convertTo(WAN));
      assertThat(inYi.value()).isEqualByComparingTo(mixed.value());
    });
  }
}
