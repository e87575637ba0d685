package io.github.govreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

  @ParameterizedTest(name = "{0} is {1} × {2}")
  @CsvSource({
      "元, YUAN, 1",
      "万元, YUAN, 10000",
      "亿元, YUAN, 100000000",
      "万亿元, YUAN, 1000000000000",
      "美元, US_DOLLARS, 1",
      "亿美元, US_DOLLARS, 100000000",
      "人, PERSONS, 1",
      "万人, PERSONS, 10000",
      "万名, PERSONS, 10000",
      "人次, PERSON_TIMES, 1",
      "万人次, PERSON_TIMES, 10000",
      "亿人次, PERSON_TIMES, 100000000",
      "个, COUNT, 1",
      "家, COUNT, 1",
      "万家, COUNT, 10000",
      "项, COUNT, 1",
      "条, COUNT, 1",
      "万户, COUNT, 10000",
      "万, COUNT, 10000",
      "亩, MU, 1",
      "万亩, MU, 10000",
      "亿亩, MU, 100000000",
      "千瓦, POWER, 1",
      "万千瓦, POWER, 10000",
      "亿千瓦, POWER, 100000000",
      "吨标准煤, STANDARD_COAL, 1",
      "万吨标准煤, STANDARD_COAL, 10000",
      "斤, MASS, 0.5",
      "亿斤, MASS, 50000000",
      "万亿斤, MASS, 500000000000",
      "万吨, MASS, 10000000",
      "微克/立方米, CONCENTRATION, 1",
      "微克每立方米, CONCENTRATION, 1",
      "%, PERCENT, 1",
      "‰, PERCENT, 0.1",
      "成, PERCENT, 10",
      "个百分点, PERCENTAGE_POINTS, 1",
      "倍, MULTIPLE, 1",
      "万元/人, YUAN_PER_PERSON, 10000",
      "元/月, YUAN_PER_MONTH, 1",
      "平方公里, AREA, 1000000",
      "万平方米, AREA, 10000",
      "公顷, AREA, 10000",
      "万m2, AREA, 10000",
      "㎡, AREA, 1",
      "km², AREA, 1000000",
      "公里, LENGTH, 1000",
      "万标准箱, CONTAINERS, 10000",
      "万P, COMPUTING_POWER, 10000",
      "PF, COMPUTING_POWER, 1",
      "万户次, COUNT, 10000",
      "天, DAYS, 1",
      "∶1, RATIO, 1"
  })
  void parsesUnitsAsWritten(String symbol, Dimension dimension, String factor) {
    Unit u = Unit.parse(symbol);
    assertThat(u.symbol()).isEqualTo(symbol);
    assertThat(u.dimension()).isEqualTo(dimension);
    assertThat(u.factor()).isEqualByComparingTo(factor);
  }

  @Test
  void unknownSymbolsAreOtherAndConvertOnlyWithinTheirBase() {
    Unit wanTao = Unit.parse("万套件");
    Unit tao = Unit.parse("套件");
    assertThat(tao.dimension()).isEqualTo(Dimension.OTHER);
    assertThat(wanTao.baseSymbol()).isEqualTo("套件");
    assertThat(wanTao.factorTo(tao)).isEqualByComparingTo("10000");
    assertThat(tao.isConvertibleTo(Unit.parse("标方"))).isFalse();
  }

  @Test
  void factorsAreNormalisedSoEqualUnitsAreEqual() {
    assertThat(Unit.of("万元", Dimension.YUAN, new BigDecimal("10000.00")))
        .isEqualTo(Unit.of("万元", Dimension.YUAN, new BigDecimal("1E+4")))
        .isEqualTo(Unit.WAN_YUAN);
  }

  @Test
  void invariantsFailWithClearMessages() {
    assertThatThrownBy(() -> Unit.of("x", Dimension.YUAN, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Unit.parse(null)).hasMessageContaining("symbol");
  }

  @Test
  void aCatalogIsExtensible() {
    UnitCatalog catalog = UnitCatalog.defaults().toBuilder()
        .add(Unit.of("标方", Dimension.VOLUME, BigDecimal.ONE)).build();
    Unit u = catalog.parse("万标方");
    assertThat(u.dimension()).isEqualTo(Dimension.VOLUME);
    assertThat(u.factor()).isEqualByComparingTo("10000");
    assertThat(UnitCatalog.defaults().parse("万标方").dimension()).isEqualTo(Dimension.OTHER);
  }
}
