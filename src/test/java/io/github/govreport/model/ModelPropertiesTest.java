package io.github.govreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.github.govreport.json.ReportJson;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of the model that hold for every value, checked by QuickTheories with shrinking. */
class ModelPropertiesTest {

  @Test
  void jsonRoundTripsEveryReport() {
    qt().withExamples(300).forAll(ModelGenerators.reports())
        .checkAssert(r -> assertThat(ReportJson.read(ReportJson.write(r))).isEqualTo(r));
  }

  @Test
  void jsonRoundTripsEveryQuantityWithItsScale() {
    qt().forAll(ModelGenerators.quantities())
        .checkAssert(q -> assertThat(ReportJson.read(ReportJson.write(q), Quantity.class)).isEqualTo(q));
  }

  @Test
  void conversionsBetweenPowersOfTenRoundTripExactly() {
    List<List<String>> families = List.of(List.of("元", "万元", "亿元", "万亿元"), List.of("人", "万人"),
        List.of("亩", "万亩", "亿亩"), List.of("斤", "万斤", "亿斤", "万亿斤", "吨", "万吨"), List.of("千瓦", "万千瓦", "亿千瓦"));
    qt().forAll(ModelGenerators.decimals(), arbitrary().pick(families), arbitrary().pick(0, 1, 2, 3, 4, 5))
        .checkAssert((v, family, seed) -> {
          Unit a = Unit.parse(family.get(seed % family.size()));
          Unit b = Unit.parse(family.get((seed * 7 + 1) % family.size()));
          Quantity q = Quantity.of(v, a);
          Quantity there = q.convertTo(b);
          assertThat(there.convertTo(a).isEqual(q)).isTrue();
          assertThat(there.convertTo(a).value()).isEqualByComparingTo(v);
          assertThat(q.convertTo(b, MathContext.DECIMAL128).isEqual(there)).isTrue();
        });
  }

  @Test
  void percentAndPercentagePointsNeverMixSilently() {
    qt().forAll(ModelGenerators.decimals(), ModelGenerators.decimals()).checkAssert((x, y) -> {
      Quantity pct = Quantity.of(x, Unit.PERCENT);
      Quantity pp = Quantity.of(y, Unit.PERCENTAGE_POINTS);
      assertThatThrownBy(() -> pct.convertTo(Unit.PERCENTAGE_POINTS)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> pp.convertTo(Unit.PERCENT)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> pct.minus(pp)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> pp.compareTo(pct)).isInstanceOf(UnitMismatchException.class);
      assertThatThrownBy(() -> pct.isEqual(pp)).isInstanceOf(UnitMismatchException.class);
    });
  }

  @Test
  void mismatchedDimensionsAlwaysNameBothUnits() {
    qt().forAll(ModelGenerators.units(), ModelGenerators.units())
        .assuming((a, b) -> !a.isConvertibleTo(b))
        .checkAssert((a, b) -> assertThatThrownBy(() -> Quantity.of("1", a).convertTo(b))
            .isInstanceOf(UnitMismatchException.class)
            .hasMessageContaining("'" + a.symbol() + "'")
            .hasMessageContaining("'" + b.symbol() + "'"));
  }
}
