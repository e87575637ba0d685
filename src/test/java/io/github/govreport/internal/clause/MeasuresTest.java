package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.model.Bound;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The measure and bound inference alone: a figure, the cues before it and its qualifier. */
class MeasuresTest {

  static final IndicatorCatalog CATALOG = IndicatorCatalog.defaults();

  static Amount percent(String value, String upper, Bound suffix) {
    return new Amount(0, 1, 2,
        new Amount.Number(new BigDecimal(value), upper == null ? null : new BigDecimal(upper), Unit.PERCENT, false), suffix);
  }

  static Reading read(Amount a, Set<Cue> cues, String name) {
    return new Measures(CATALOG, Vocabulary.builtIn().lists).reading(new Reading(), name, a, null, cues);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "规模以上工业增加值增速|GROWTH", "居民消费价格涨幅|GROWTH", "地区生产总值|GROWTH",
      "数字经济核心产业增加值占GDP比重|SHARE", "研发投入强度|RATE", "森林覆盖率|RATE", "城镇调查失业率|RATE"})
  void aPercentageIsAGrowthAShareOrARateByItsName(String name, Measure measure) {
    assertThat(new Measures(CATALOG, Vocabulary.builtIn().lists).percentMeasure(name)).isEqualTo(measure);
  }

  @Test
  void aFallIsANegativeGrowth() {
    Reading r = read(percent("2.5", null, null), EnumSet.of(Cue.FALL), "单位地区生产总值能耗");
    assertThat(r.value).isEqualByComparingTo("-2.5");
    assertThat(r.measure).isEqualTo(Measure.GROWTH);
    assertThat(r.bound).isEqualTo(Bound.EXACT);
  }

  @Test
  void theBoundComesFromTheQualifierAfterOrTheWordsBefore() {
    assertThat(read(percent("5", null, null), EnumSet.of(Cue.RISE, Cue.ABOUT), "地区生产总值").bound)
        .isEqualTo(Bound.ABOUT);
    assertThat(read(percent("5.5", null, Bound.AT_MOST), EnumSet.noneOf(Cue.class), "城镇调查失业率").bound)
        .isEqualTo(Bound.AT_MOST);
    assertThat(read(percent("5", null, null), EnumSet.of(Cue.RISE, Cue.AT_LEAST), "地区生产总值").bound)
        .isEqualTo(Bound.AT_LEAST);
    Reading range = read(percent("6", "5", null), EnumSet.of(Cue.RISE), "地区生产总值");
    assertThat(range.bound).isEqualTo(Bound.EXACT); // a range binds between its ends
    assertThat(range.value).isEqualByComparingTo("5");
    assertThat(range.upper).isEqualByComparingTo("6");
  }

  @Test
  void aPercentagePointChangeIsAGrowthAndALevelOfPointsIsNot() {
    Amount points = new Amount(0, 1, 2, Amount.Number.of(new BigDecimal("0.2"), Unit.PERCENTAGE_POINTS), null);
    assertThat(read(points, EnumSet.noneOf(Cue.class), "研发投入强度").measure).isEqualTo(Measure.GROWTH);
    assertThat(read(points, EnumSet.of(Cue.LEVEL), "研发投入强度").measure).isEqualTo(Measure.LEVEL);
  }
}
