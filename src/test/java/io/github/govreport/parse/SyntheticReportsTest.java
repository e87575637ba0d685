package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Texts written for the tests (see src/test/resources/synthetic/README.md), in the shapes real reports take. */
class SyntheticReportsTest {

  static final ReportParser PARSER = ReportParser.create();

  static Report parse(String name) throws IOException {
    return PARSER.parse(Files.readString(Path.of("src/test/resources/synthetic", name), StandardCharsets.UTF_8));
  }

  @Test
  void aNationalStyleReport() throws IOException {
    Report r = parse("national-style-2024.txt");
    assertThat(r.region().map(Region::name)).hasValue("全国");
    assertThat(r.reviewYear()).hasValue(2023);
    assertThat(r.planYear()).hasValue(2024);
    assertThat(r.targets(Scope.MAIN)).extracting(t -> t.indicator().name(), t -> t.quantity().map(Object::toString)
        .orElse(null), Target::bound).containsExactly(
        tuple("国内生产总值", "5%", Bound.ABOUT),
        tuple("城镇新增就业", "1200万人", Bound.AT_LEAST),
        tuple("城镇调查失业率", "5.5%", Bound.ABOUT),
        tuple("居民消费价格", "3%", Bound.ABOUT),
        tuple("居民收入", null, Bound.IN_STEP_WITH),
        tuple("国际收支", null, Bound.QUALITATIVE),
        tuple("粮食产量", "1.3万亿斤", Bound.AT_LEAST),
        tuple("单位国内生产总值能耗", "-2.5%", Bound.ABOUT),
        tuple("生态环境质量", null, Bound.QUALITATIVE));
    assertThat(r.target(IndicatorKey.GDP).orElseThrow().text()).isEqualTo("国内生产总值增长5%左右");
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString())
        .contains(tuple("赤字率", "3%"), tuple("赤字规模", "4.06万亿元"), tuple("赤字规模", "1800亿元"),
            tuple("中央预算内投资", "7000亿元"));
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("restated target"));
    assertThat(r.actual(IndicatorKey.GDP).orElseThrow().value()).isEqualByComparingTo("5.2");
    assertThat(r.actual(IndicatorKey.GDP, io.github.govreport.model.Measure.LEVEL).orElseThrow())
        .satisfies(a -> assertThat(a.quantity().get().toString()).isEqualTo("126万亿元"))
        .satisfies(a -> assertThat(a.bound()).isEqualTo(Bound.AT_LEAST));
    assertThat(r.actual(IndicatorKey.SURVEYED_UNEMPLOYMENT).orElseThrow().value()).isEqualByComparingTo("5.2");
  }

  @Test
  void aMessyCityReport() throws IOException {
    Report r = parse("messy-city-2025.txt");
    assertThat(r.title()).hasValue("2025年某某市政府工作报告");
    assertThat(r.targets(Scope.MAIN)).extracting(t -> t.indicator().key().orElseThrow(), Target::bound).containsExactly(
        tuple(IndicatorKey.GDP, Bound.ABOUT), tuple(IndicatorKey.INDUSTRIAL_VALUE_ADDED, Bound.AT_LEAST),
        tuple(IndicatorKey.FIXED_ASSET_INVESTMENT, Bound.EXACT), tuple(IndicatorKey.SURVEYED_UNEMPLOYMENT, Bound.AT_MOST),
        tuple(IndicatorKey.RESIDENT_INCOME, Bound.IN_STEP_WITH));
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString()).contains(
        tuple("地区生产总值", "3250.6亿元"), tuple("地区生产总值", "5.2%"), tuple("规模以上工业增加值", "6.3%"),
        tuple("接待游客", "1200万人次"), tuple("旅游收入", "2成"), tuple("PM2.5平均浓度", "28微克每立方米"));
    Actual gdp = r.actuals().get(0);
    assertThat(gdp.text()).isEqualTo("地区生产总值达到３２５０．６亿元");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.NOISE_SKIPPED,
        DiagnosticCode.MARKUP_SKIPPED);
  }
}
