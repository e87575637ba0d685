package io.github.govreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {

  static Target.Builder target(String text) {
    return Target.builder().indicator(Indicator.of("生产总值", IndicatorKey.GDP)).measure(Measure.GROWTH)
        .scope(Scope.MAIN).span(SourceSpan.of(0, text.length())).text(text);
  }

  @Test
  void spansAreHalfOpenAndChecked() {
    SourceSpan s = SourceSpan.of(2, 5);
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.textIn("生产总值增长")).isEqualTo("总值增");
    assertThat(s.contains(SourceSpan.of(3, 5))).isTrue();
    assertThat(s.overlaps(SourceSpan.of(5, 6))).isFalse();
    assertThat(s).isLessThan(SourceSpan.of(2, 6));
    assertThatThrownBy(() -> SourceSpan.of(-1, 2)).hasMessageContaining("-1");
    assertThatThrownBy(() -> SourceSpan.of(5, 2)).hasMessageContaining("5").hasMessageContaining("2");
    assertThatThrownBy(() -> s.textIn("短")).hasMessageContaining("outside");
  }

  @Test
  void aTargetsQuantityAgreesWithItsBound() {
    Target about = target("生产总值增长5.5%左右").bound(Bound.ABOUT).quantity(Quantity.of("5.5", Unit.PERCENT)).build();
    assertThat(about.quantity()).isPresent();
    assertThatThrownBy(() -> target("国际收支保持基本平衡").bound(Bound.QUALITATIVE)
        .quantity(Quantity.of("1", Unit.PERCENT)).build())
        .hasMessageContaining("qualitative");
    assertThatThrownBy(() -> target("收入与经济增长同步").bound(Bound.IN_STEP_WITH).build())
        .hasMessageContaining("reference");
    Quantity range = Quantity.range(new java.math.BigDecimal("4.5"), new java.math.BigDecimal("5"), Unit.PERCENT);
    assertThat(target("增长4.5%—5%").bound(Bound.EXACT).quantity(range).build().quantity()).hasValue(range);
    assertThatThrownBy(() -> target("增长4.5%—5%以上").bound(Bound.AT_LEAST).quantity(range).build())
        .hasMessageContaining("single quantity");
    assertThatThrownBy(() -> target("增长5%").bound(Bound.EXACT).build()).hasMessageContaining("needs a quantity");
    assertThatThrownBy(() -> target("x").span(SourceSpan.of(0, 3)).bound(Bound.QUALITATIVE).build())
        .hasMessageContaining("does not fit");
  }

  @Test
  void anActualHasAQuantityUnlessItIsStatedInWords() {
    Actual.Builder b = Actual.builder().indicator(Indicator.named("出口")).measure(Measure.GROWTH)
        .span(SourceSpan.of(0, 2)).text("出口");
    assertThatThrownBy(b::build).hasMessageContaining("quantity");
    Actual a = b.quantity(Quantity.of("3.9", Unit.PERCENT)).build();
    assertThat(a.value()).isEqualByComparingTo("3.9");
    assertThat(a.bound()).isEqualTo(Bound.EXACT);
    assertThat(a.estimated()).isFalse();
    assertThatThrownBy(() -> Actual.builder().from(a).bound(Bound.QUALITATIVE).build())
        .hasMessageContaining("unless it is QUALITATIVE");
  }

  @Test
  void aQualitativeActualHasNoQuantity() {
    String text = "城镇调查失业率均值保持历史最好水平";
    Actual a = Actual.builder().indicator(Indicator.named("城镇调查失业率")).measure(Measure.OTHER)
        .bound(Bound.QUALITATIVE).span(SourceSpan.of(0, text.length())).text(text).build();
    assertThat(a.quantity()).isEmpty();
    assertThatThrownBy(a::value).isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(() -> Actual.builder().from(a).quantity(Quantity.of("5", Unit.PERCENT)).build())
        .hasMessageContaining("unless it is QUALITATIVE");
  }

  @Test
  void anActualIsNeverARangeOrInStep() {
    Actual.Builder b = Actual.builder().indicator(Indicator.named("出口")).measure(Measure.GROWTH)
        .quantity(Quantity.of("3.9", Unit.PERCENT)).span(SourceSpan.of(0, 2)).text("出口");
    assertThatThrownBy(() -> b.bound(Bound.IN_STEP_WITH).build()).hasMessageContaining("not IN_STEP_WITH");
  }

  @Test
  void indicatorKeysAreUpperCaseIdentifiers() {
    assertThat(IndicatorKey.of("GDP")).isEqualTo(IndicatorKey.GDP);
    assertThat(IndicatorKey.of("MY_KEY_2").name()).isEqualTo("MY_KEY_2");
    assertThatThrownBy(() -> IndicatorKey.of("gdp")).hasMessageContaining("'gdp'");
    assertThatThrownBy(() -> IndicatorKey.of("")).hasMessageContaining("identifier");
  }

  @Test
  void theCatalogResolvesEveryWordingOfAnIndicator() {
    IndicatorCatalog c = IndicatorCatalog.defaults();
    for (String name : List.of("生产总值", "地区生产总值", "国内生产总值", "全省生产总值", "全市地区生产总值", "经济增长", "GDP")) {
      assertThat(c.resolve(name)).as(name).hasValueSatisfying(d -> assertThat(d.key()).isEqualTo(IndicatorKey.GDP));
    }
    for (String name : List.of("规模以上工业增加值", "规上工业增加值", "规模工业增加值")) {
      assertThat(c.resolve(name)).as(name)
          .hasValueSatisfying(d -> assertThat(d.key()).isEqualTo(IndicatorKey.INDUSTRIAL_VALUE_ADDED));
    }
    for (String name : List.of("居民消费价格", "居民消费价格指数", "CPI")) {
      assertThat(c.resolve(name)).as(name).hasValueSatisfying(d -> assertThat(d.key()).isEqualTo(IndicatorKey.CPI));
    }
    for (String name : List.of("城镇新增就业", "新增城镇就业", "城镇新增就业人员", "新增城镇就业人员", "新增城镇就业人数")) {
      assertThat(c.resolve(name)).as(name)
          .hasValueSatisfying(d -> assertThat(d.key()).isEqualTo(IndicatorKey.NEW_URBAN_JOBS));
    }
    assertThat(c.resolve("城镇居民人均可支配收入").get().key()).isEqualTo(IndicatorKey.URBAN_INCOME);
    assertThat(c.resolve("农村居民人均可支配收入").get().key()).isEqualTo(IndicatorKey.RURAL_INCOME);
    assertThat(c.resolve("城镇居民可支配收入").get().key()).isEqualTo(IndicatorKey.URBAN_INCOME);
    // net income, the rural measure before 2013, is not disposable income
    assertThat(c.resolve("农民人均纯收入").get().key()).isEqualTo(IndicatorKey.of("RURAL_NET_INCOME"));
    assertThat(c.resolve("数字经济核心产业增加值")).isEmpty();
    assertThat(c.polarity(IndicatorKey.GDP)).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(c.polarity(IndicatorKey.SURVEYED_UNEMPLOYMENT)).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(c.polarity(IndicatorKey.CPI)).isEqualTo(Polarity.CEILING);
    assertThat(c.polarity(IndicatorKey.ENERGY_INTENSITY)).isEqualTo(Polarity.LOWER_IS_BETTER);
  }

  @Test
  void aUserExtendsTheCatalog() {
    IndicatorKey tourists = IndicatorKey.of("TOURIST_VISITS");
    IndicatorCatalog c = IndicatorCatalog.defaults().toBuilder()
        .add(IndicatorDefinition.of(tourists, Polarity.HIGHER_IS_BETTER, List.of("接待游客", "游客接待量")))
        .addWording(IndicatorKey.GDP, "全域生产总值")
        .build();
    assertThat(c.resolve("全省接待游客").get().key()).isEqualTo(tourists);
    assertThat(c.resolve("全域生产总值").get().key()).isEqualTo(IndicatorKey.GDP);
    assertThat(IndicatorCatalog.defaults().resolve("全域生产总值")).isEmpty();
    assertThatThrownBy(() -> IndicatorCatalog.builder().addWording(tourists, "x"))
        .hasMessageContaining("TOURIST_VISITS");
    assertThatThrownBy(() -> IndicatorDefinition.of(tourists, Polarity.HIGHER_IS_BETTER, List.of()))
        .hasMessageContaining("wording");
  }

  @Test
  void aReportAnswersLookups() {
    Target gdp = target("生产总值增长5.5%左右").bound(Bound.ABOUT).quantity(Quantity.of("5.5", Unit.PERCENT)).build();
    Target task = Target.builder().from(gdp).scope(Scope.TASK).text("生产总值增长6.0%左右")
        .quantity(Quantity.of("6", Unit.PERCENT)).build();
    Actual level = Actual.builder().indicator(Indicator.of("生产总值", IndicatorKey.GDP)).measure(Measure.LEVEL)
        .quantity(Quantity.of("8.26", Unit.parse("万亿元"))).span(SourceSpan.of(0, 2)).text("生产").build();
    Actual growth = Actual.builder().from(level).measure(Measure.GROWTH).quantity(Quantity.of("6", Unit.PERCENT))
        .build();
    Report r = Report.builder().addTargets(task, gdp).addActuals(level, growth).build();
    assertThat(r.target(IndicatorKey.GDP)).contains(gdp);
    assertThat(r.targets(Scope.TASK)).containsExactly(task);
    assertThat(r.actual(IndicatorKey.GDP)).contains(growth);
    assertThat(r.actual(IndicatorKey.GDP, Measure.LEVEL)).contains(level);
    assertThat(r.actual(IndicatorKey.CPI)).isEmpty();
    assertThat(r.find("生产总值")).containsExactly(task, gdp, level, growth);
    assertThat(r.find("失业")).isEmpty();
    assertThatThrownBy(() -> r.find(null)).hasMessageContaining("name");
  }

  @Test
  void diagnosticsTakeTheSeverityOfTheirCode() {
    Diagnostic d = Diagnostic.of(DiagnosticCode.NO_MAIN_TARGETS, "none", SourceSpan.of(0, 0));
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(Diagnostic.of(DiagnosticCode.NOISE_SKIPPED, "x", SourceSpan.of(0, 1)).severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void sectionsNestDeeperLevels() {
    Section child = Section.builder().label("（一）").title("扩大投资").level(2).span(SourceSpan.of(5, 9))
        .headingSpan(SourceSpan.of(5, 9)).build();
    assertThatThrownBy(() -> Section.builder().label("一、").title("回顾").level(2).span(SourceSpan.of(0, 10))
        .headingSpan(SourceSpan.of(0, 4)).addChildren(child).build()).hasMessageContaining("level");
    assertThatThrownBy(() -> Section.builder().label("一、").title("回顾").level(1).span(SourceSpan.of(0, 3))
        .headingSpan(SourceSpan.of(0, 4)).build()).hasMessageContaining("heading");
  }
}
