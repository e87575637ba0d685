package io.github.govreport.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.SourceSpan;
import io.github.govreport.model.Target;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AttainmentTest {

  static final Attainment A = Attainment.defaults();

  static Target target(Indicator indicator, Measure measure, Bound bound, Quantity q) {
    String text = indicator.name() + q;
    return Target.builder().indicator(indicator).measure(measure).bound(bound).quantity(q).scope(Scope.MAIN)
        .span(SourceSpan.of(0, text.length())).text(text).build();
  }

  static Target target(IndicatorKey key, String name, Bound bound, String value, String unit) {
    return target(Indicator.of(name, key), unit.equals("%") ? Measure.GROWTH : Measure.COUNT, bound,
        Quantity.of(value, Unit.parse(unit)));
  }

  static Actual actual(Indicator indicator, Measure measure, String value, String unit) {
    String text = indicator.name() + value + unit;
    return Actual.builder().indicator(indicator).measure(measure).quantity(Quantity.of(value, Unit.parse(unit)))
        .span(SourceSpan.of(0, text.length())).text(text).build();
  }

  static Actual growth(IndicatorKey key, String name, String value) {
    return actual(Indicator.of(name, key), Measure.GROWTH, value, "%");
  }

  @Test
  void aResultStatedInWordsIsNotComparableRatherThanMissing() {
    Indicator jobless = Indicator.of("城镇调查失业率", IndicatorKey.SURVEYED_UNEMPLOYMENT);
    Target ceiling = target(jobless, Measure.RATE, Bound.AT_MOST, Quantity.of("5.5", Unit.PERCENT));
    String text = "城镇调查失业率均值保持历史最好水平";
    Actual inWords = Actual.builder().indicator(jobless).measure(Measure.OTHER).bound(Bound.QUALITATIVE)
        .span(SourceSpan.of(0, text.length())).text(text).build();

    Assessment direct = A.assess(ceiling, inWords);
    assertThat(direct.status()).isEqualTo(Status.NOT_COMPARABLE);
    assertThat(direct.gap()).isEmpty();
    assertThat(direct.explanation())
        .isEqualTo("城镇调查失业率: the result is stated without a figure ('城镇调查失业率均值保持历史最好水平')");

    Report plan = Report.builder().planYear(2024).addTargets(ceiling).build();
    Report review = Report.builder().reviewYear(2024).addActuals(inWords).build();
    assertThat(A.assess(plan, review).rows()).singleElement()
        .satisfies(row -> assertThat(row.status()).isEqualTo(Status.NOT_COMPARABLE))
        .satisfies(row -> assertThat(row.actual()).contains(inWords));

    Actual figure = actual(jobless, Measure.RATE, "5.1", "%");
    Report both = Report.builder().reviewYear(2024).addActuals(inWords, figure).build();
    assertThat(A.assess(plan, both).rows().get(0).status()).as("a figure is preferred").isEqualTo(Status.EXCEEDED);
  }

  @Test
  void aboutIsMetWithinHalfAPointAndExceededBeyond() {
    Target gdp = target(IndicatorKey.GDP, "生产总值", Bound.ABOUT, "5.5", "%");
    Assessment a = A.assess(gdp, growth(IndicatorKey.GDP, "全省生产总值", "6"));
    assertThat(a.status()).isEqualTo(Status.MET);
    assertThat(a.gap().get().toString()).isEqualTo("0.5个百分点");
    assertThat(A.assess(gdp, growth(IndicatorKey.GDP, "生产总值", "6.1")).status()).isEqualTo(Status.EXCEEDED);
    assertThat(A.assess(gdp, growth(IndicatorKey.GDP, "生产总值", "5.2")).status()).isEqualTo(Status.MET);
    assertThat(A.assess(gdp, growth(IndicatorKey.GDP, "生产总值", "4.9")).status()).isEqualTo(Status.MISSED);
    assertThat(a.explanation()).isEqualTo("生产总值: 6% against 5.5%左右 (±0.5) — MET, gap 0.5个百分点");
  }

  @Test
  void aCeilingOrALowerIsBetterTargetUnder左右IsMetByALowerActual() {
    Target cpi = target(IndicatorKey.CPI, "居民消费价格指数", Bound.ABOUT, "3", "%");
    assertThat(A.assess(cpi, growth(IndicatorKey.CPI, "居民消费价格", "0.3")).status()).isEqualTo(Status.MET);
    assertThat(A.assess(cpi, growth(IndicatorKey.CPI, "居民消费价格", "3.6")).status()).isEqualTo(Status.MISSED);
    Target jobless = target(Indicator.of("城镇调查失业率", IndicatorKey.SURVEYED_UNEMPLOYMENT), Measure.RATE,
        Bound.ABOUT, Quantity.of("5.5", Unit.PERCENT));
    Actual low = actual(Indicator.of("城镇调查失业率", IndicatorKey.SURVEYED_UNEMPLOYMENT), Measure.RATE, "4.6", "%");
    assertThat(A.assess(jobless, low).status()).isEqualTo(Status.MET);
    Target ceiling = target(Indicator.of("城镇调查失业率", IndicatorKey.SURVEYED_UNEMPLOYMENT), Measure.RATE,
        Bound.AT_MOST, Quantity.of("5", Unit.PERCENT));
    assertThat(A.assess(ceiling, low).status()).isEqualTo(Status.EXCEEDED);
    assertThat(A.assess(ceiling, low).gap().get().value()).isEqualByComparingTo("-0.4");
  }

  @Test
  void floorsRangesAndExactFigures() {
    Target jobs = target(IndicatorKey.NEW_URBAN_JOBS, "城镇新增就业", Bound.AT_LEAST, "1200", "万人");
    Indicator j = Indicator.of("城镇新增就业", IndicatorKey.NEW_URBAN_JOBS);
    assertThat(A.assess(jobs, actual(j, Measure.COUNT, "1244", "万人")).status()).isEqualTo(Status.EXCEEDED);
    assertThat(A.assess(jobs, actual(j, Measure.COUNT, "1200", "万人")).status()).isEqualTo(Status.MET);
    assertThat(A.assess(jobs, actual(j, Measure.COUNT, "1199", "万人")).status()).isEqualTo(Status.MISSED);
    assertThat(A.assess(jobs, actual(j, Measure.COUNT, "0.12", "亿人")).status()).isEqualTo(Status.MET);
    Target range = target(Indicator.of("地区生产总值", IndicatorKey.GDP), Measure.GROWTH, Bound.EXACT,
        Quantity.range(new BigDecimal("4.5"), new BigDecimal("5"), Unit.PERCENT));
    Assessment inside = A.assess(range, growth(IndicatorKey.GDP, "生产总值", "4.8"));
    assertThat(inside.status()).isEqualTo(Status.MET);
    assertThat(inside.gap().get().value()).isEqualByComparingTo("0");
    assertThat(A.assess(range, growth(IndicatorKey.GDP, "生产总值", "5.2")).status()).isEqualTo(Status.EXCEEDED);
    assertThat(A.assess(range, growth(IndicatorKey.GDP, "生产总值", "4.2")).gap().get().value())
        .isEqualByComparingTo("-0.3");
    Target rd = target(Indicator.of("研发投入强度", IndicatorKey.RD_INTENSITY), Measure.RATE, Bound.EXACT,
        Quantity.of("3.2", Unit.PERCENT));
    Actual estimate = Actual.builder().from(actual(Indicator.of("研发投入强度", IndicatorKey.RD_INTENSITY),
        Measure.RATE, "3.3", "%")).estimated(true).build();
    Assessment e = A.assess(rd, estimate);
    assertThat(e.status()).isEqualTo(Status.EXCEEDED);
    assertThat(e.estimated()).isTrue();
    assertThat(e.explanation()).contains("estimated");
  }

  @Test
  void aFallWithAFloorBindsTheSignedValue() {
    Target energy = target(Indicator.of("单位GDP能耗", IndicatorKey.ENERGY_INTENSITY), Measure.GROWTH, Bound.AT_LEAST,
        Quantity.of("-2", Unit.PERCENT));
    Indicator i = Indicator.of("单位GDP能耗", IndicatorKey.ENERGY_INTENSITY);
    assertThat(A.assess(energy, actual(i, Measure.GROWTH, "-2.5", "%")).status()).isEqualTo(Status.EXCEEDED);
    assertThat(A.assess(energy, actual(i, Measure.GROWTH, "-2", "%")).status()).isEqualTo(Status.MET);
    assertThat(A.assess(energy, actual(i, Measure.GROWTH, "-1.5", "%")).status()).isEqualTo(Status.MISSED);
  }

  @Test
  void inStepComparesWithTheReferenceGrowth() {
    Target income = Target.builder().indicator(Indicator.of("居民收入", IndicatorKey.RESIDENT_INCOME))
        .measure(Measure.GROWTH).bound(Bound.IN_STEP_WITH).reference(Indicator.of("经济增长", IndicatorKey.GDP))
        .scope(Scope.MAIN).span(SourceSpan.of(0, 4)).text("居民收入").build();
    Actual gdp = growth(IndicatorKey.GDP, "生产总值", "6");
    assertThat(A.assess(income, growth(IndicatorKey.RESIDENT_INCOME, "居民人均可支配收入", "5.8"), gdp).status())
        .isEqualTo(Status.MET);
    Assessment slow = A.assess(income, growth(IndicatorKey.RESIDENT_INCOME, "居民人均可支配收入", "5.2"), gdp);
    assertThat(slow.status()).isEqualTo(Status.MISSED);
    assertThat(slow.gap().get().toString()).isEqualTo("-0.8个百分点");
    assertThat(A.assess(income, growth(IndicatorKey.RESIDENT_INCOME, "居民收入", "5.2")).status())
        .isEqualTo(Status.NO_DATA);
  }

  @Test
  void aMissedStretchGoalIsSaidToBeOne() {
    Target fdi = Target.builder().from(target(Indicator.named("实际使用外资"), Measure.LEVEL, Bound.AT_LEAST,
        Quantity.of("200", Unit.parse("亿美元")))).stretch(true).build();
    Assessment a = A.assess(fdi, actual(Indicator.named("实际使用外资"), Measure.LEVEL, "190", "亿美元"));
    assertThat(a.status()).isEqualTo(Status.MISSED);
    assertThat(a.stretch()).isTrue();
    assertThat(a.explanation()).contains("stretch goal").contains("力争");
  }

  @Test
  void whatCannotBeComparedIsSaidSoNeverThrown() {
    Target gdp = target(IndicatorKey.GDP, "生产总值", Bound.ABOUT, "5.5", "%");
    Actual level = actual(Indicator.of("生产总值", IndicatorKey.GDP), Measure.LEVEL, "8.26", "万亿元");
    assertThat(A.assess(gdp, level).status()).isEqualTo(Status.NOT_COMPARABLE);
    assertThat(A.assess(gdp, level).explanation()).contains("growth").contains("level");
    Target jobs = target(IndicatorKey.NEW_URBAN_JOBS, "城镇新增就业", Bound.AT_LEAST, "110", "万人");
    Actual inYuan = actual(Indicator.of("城镇新增就业", IndicatorKey.NEW_URBAN_JOBS), Measure.COUNT, "5", "亿元");
    assertThat(A.assess(jobs, inYuan).status()).isEqualTo(Status.NOT_COMPARABLE);
    assertThat(A.assess(jobs, inYuan).explanation()).contains("万人").contains("亿元");
    Target balance = Target.builder().indicator(Indicator.named("国际收支")).measure(Measure.OTHER)
        .bound(Bound.QUALITATIVE).scope(Scope.MAIN).span(SourceSpan.of(0, 4)).text("国际收支").build();
    assertThat(A.assess(balance, level).status()).isEqualTo(Status.NOT_COMPARABLE);
  }

  @Test
  void assessesAPlanAgainstTheNextYearsReview() throws Exception {
    Report plan = ReportParser.create().parse(Path.of("seeds/zhejiang-2024-summary.txt"));
    // A hand-made review of 2024 with figures chosen for the test, written the way reports write them.
    Report review = ReportParser.create().parse("2025年政府工作报告（测试用）\n一、2024年工作回顾\n"
        + "全省生产总值增长5.5%，规上工业增加值增长8%，固定资产投资增长3.1%，社会消费品零售总额增长4.5%，"
        + "研发投入强度预计达3.3%，一般公共预算收入增长2.5%，城镇和农村居民人均可支配收入分别增长4.5%、6.3%。"
        + "居民消费价格上涨0.4%，城镇调查失业率为4.4%。新增高新技术企业5200家。\n二、2025年工作安排\n");
    AttainmentReport r = A.assess(plan, review);
    assertThat(r.planYear()).hasValue(2024);
    assertThat(r.rows()).hasSize(plan.targets().size());
    assertThat(r.rows().subList(0, 9)).extracting(x -> x.target().indicator().name(), Assessment::status)
        .containsExactly(
            tuple("生产总值", Status.MET),
            tuple("规模以上工业增加值", Status.EXCEEDED),
            tuple("固定资产投资", Status.MISSED),
            tuple("社会消费品零售总额", Status.MISSED),
            tuple("研发投入强度", Status.EXCEEDED),
            tuple("一般公共预算收入", Status.MISSED),
            tuple("城乡居民收入", Status.NO_DATA),
            tuple("居民消费价格指数", Status.MET),
            tuple("城镇调查失业率", Status.EXCEEDED));
    assertThat(r.rows().get(3).gap().get().toString()).isEqualTo("-1.0个百分点");
    assertThat(r.rows().get(4).estimated()).isTrue();
    assertThat(r.rows()).filteredOn(x -> x.target().indicator().name().equals("新增高新技术企业")).singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(Status.EXCEEDED));
    assertThat(r.count(Status.NO_DATA)).isGreaterThan(30);
    assertThatThrownBy(() -> A.assess(review, plan)).hasMessageContaining("2023").hasMessageContaining("2025");
  }

  // ---- properties ----

  static Gen<BigDecimal> values() {
    return integers().between(-20_000, 20_000).map(v -> BigDecimal.valueOf(v, 2));
  }

  /** Target figures that are not falls: a negative figure is a fall, whose bound binds the other way. */
  static Gen<BigDecimal> rises() {
    return integers().between(0, 20_000).map(v -> BigDecimal.valueOf(v, 2));
  }

  static Gen<IndicatorKey> keys() {
    return arbitrary().pick(IndicatorKey.GDP, IndicatorKey.CPI, IndicatorKey.SURVEYED_UNEMPLOYMENT,
        IndicatorKey.ENERGY_INTENSITY);
  }

  static Status status(IndicatorKey key, Bound bound, BigDecimal value, BigDecimal actual) {
    Target t = target(Indicator.of("x", key), Measure.GROWTH, bound, Quantity.of(value, Unit.PERCENT));
    return A.assess(t, actual(Indicator.of("x", key), Measure.GROWTH, actual.toPlainString(), "%")).status();
  }

  @Test
  void meetingAFloorOfAHigherIsBetterIndicatorIsMonotone() {
    qt().forAll(rises(), values(), integers().between(0, 10_000)).checkAssert((v, a, d) -> {
      if (status(IndicatorKey.GDP, Bound.AT_LEAST, v, a).achieved()) {
        assertThat(status(IndicatorKey.GDP, Bound.AT_LEAST, v, a.add(BigDecimal.valueOf(d, 2))).achieved()).isTrue();
      }
    });
  }

  @Test
  void meetingACeilingIsMonotoneDownwards() {
    qt().forAll(keys(), rises(), values(), integers().between(0, 10_000)).checkAssert((k, v, a, d) -> {
      if (status(k, Bound.AT_MOST, v, a).achieved()) {
        assertThat(status(k, Bound.AT_MOST, v, a.subtract(BigDecimal.valueOf(d, 2))).achieved()).isTrue();
      }
    });
    qt().forAll(arbitrary().pick(IndicatorKey.CPI, IndicatorKey.SURVEYED_UNEMPLOYMENT), values(), values(),
        integers().between(0, 10_000)).checkAssert((k, v, a, d) -> {
          if (status(k, Bound.ABOUT, v, a).achieved()) {
            assertThat(status(k, Bound.ABOUT, v, a.subtract(BigDecimal.valueOf(d, 2))).achieved()).isTrue();
          }
        });
  }

  @Test
  void meetingAFallWithAFloorIsMonotoneDownwards() {
    qt().forAll(keys(), integers().between(1, 20_000), values(), integers().between(0, 10_000))
        .checkAssert((k, fall, a, d) -> {
          BigDecimal v = BigDecimal.valueOf(-fall, 2);
          if (status(k, Bound.AT_LEAST, v, a).achieved()) {
            assertThat(status(k, Bound.AT_LEAST, v, a.subtract(BigDecimal.valueOf(d, 2))).achieved()).isTrue();
          }
        });
  }

  @Test
  void boundariesAreExact() {
    qt().forAll(keys(), values()).checkAssert((k, v) -> {
      assertThat(status(k, Bound.AT_LEAST, v.abs(), v.abs())).isEqualTo(Status.MET);
      assertThat(status(k, Bound.AT_MOST, v.abs(), v.abs())).isEqualTo(Status.MET);
      assertThat(status(k, Bound.EXACT, v, v)).isEqualTo(Status.MET);
      assertThat(status(k, Bound.ABOUT, v, v)).isEqualTo(Status.MET);
    });
  }

  @Test
  void aboutIsSymmetricAroundItsValue() {
    qt().forAll(values(), integers().between(0, 200)).checkAssert((v, d) -> {
      BigDecimal delta = BigDecimal.valueOf(d, 2);
      boolean up = status(IndicatorKey.GDP, Bound.ABOUT, v, v.add(delta)) == Status.MET;
      boolean down = status(IndicatorKey.GDP, Bound.ABOUT, v, v.subtract(delta)) == Status.MET;
      assertThat(up).isEqualTo(down).isEqualTo(delta.compareTo(Attainment.DEFAULT_ABOUT_POINTS) <= 0);
    });
  }

  @Test
  void mismatchedDimensionsInAReportAreNotComparableNeverThrown() {
    List<String> units = List.of("%", "亿元", "万人", "万亩", "个百分点", "家", "微克/立方米");
    qt().forAll(arbitrary().pick(units), arbitrary().pick(units), values()).checkAssert((tu, au, v) -> {
      Indicator i = Indicator.named("某指标");
      Target t = Target.builder().from(target(i, Measure.LEVEL, Bound.AT_LEAST, Quantity.of(v, Unit.parse(tu))))
          .year(2024).build();
      Actual a = Actual.builder().from(actual(i, Measure.LEVEL, v.toPlainString(), au)).year(2024).build();
      Report plan = Report.builder().planYear(2024).addTargets(t).build();
      Report review = Report.builder().reviewYear(2024).addActuals(a).build();
      Assessment row = A.assess(plan, review).rows().get(0);
      if (Unit.parse(tu).isConvertibleTo(Unit.parse(au))) {
        assertThat(row.status()).isEqualTo(Status.MET);
      } else {
        assertThat(row.status()).isEqualTo(Status.NOT_COMPARABLE);
      }
    });
  }

  @Test
  void aTargetOfAFlowIsNotMetByALevelNorTheOtherWayRound() {
    Target added = target(Indicator.named("新增高标准农田"), Measure.LEVEL, Bound.EXACT, Quantity.of("200", Unit.parse("万亩")));
    String text = "高标准农田达到4179万亩";
    Actual reached = Actual.builder().indicator(Indicator.named("高标准农田")).measure(Measure.LEVEL)
        .quantity(Quantity.of("4179", Unit.parse("万亩"))).span(SourceSpan.of(0, text.length())).text(text).build();
    Report plan = Report.builder().planYear(2024).addTargets(added).build();
    Report review = Report.builder().reviewYear(2024).addActuals(reached).build();
    Assessment row = A.assess(plan, review).rows().get(0);
    assertThat(row.status()).isEqualTo(Status.NOT_COMPARABLE);
    assertThat(row.gap()).isEmpty();
    assertThat(row.explanation()).contains("what is added in the year", "the level reached");
    Actual addedToo = actual(Indicator.named("新增高标准农田"), Measure.LEVEL, "210", "万亩");
    assertThat(A.assess(plan, Report.builder().reviewYear(2024).addActuals(addedToo).build()).rows().get(0).status())
        .isEqualTo(Status.EXCEEDED);
  }

  @Test
  void theNameWordsOfTheParserReachPairingAndTellFlowsFromLevels() {
    // A region's own task verb (储备) and scope (全域), and an indicator's own word of what is added (新纳统):
    // names the catalog does not know pair without them only when the assessor is given them.
    Target stocked = target(Indicator.named("储备重大项目"), Measure.COUNT, Bound.AT_LEAST, Quantity.of("500", Unit.parse("个")));
    Actual projects = actual(Indicator.named("全域重大项目"), Measure.COUNT, "520", "个");
    Report plan = Report.builder().planYear(2024).addTargets(stocked).build();
    Report review = Report.builder().reviewYear(2024).addActuals(projects).build();
    assertThat(A.assess(plan, review).rows().get(0).status()).isEqualTo(Status.NO_DATA);
    io.github.govreport.model.NameLexicon words = io.github.govreport.model.NameLexicon.defaults().toBuilder()
        .add(io.github.govreport.model.NameLexicon.Role.VERB, "储备")
        .add(io.github.govreport.model.NameLexicon.Role.SCOPE, "全域")
        .add(io.github.govreport.model.NameLexicon.Role.KEEP, "新纳统").build();
    Attainment mine = Attainment.builder().names(words).build();
    assertThat(mine.assess(plan, review).rows().get(0).status()).isEqualTo(Status.EXCEEDED);

    String text = "规上企业达到3200家";
    Target newcomers = target(Indicator.named("规上企业"), Measure.COUNT, Bound.AT_LEAST, Quantity.of("300", Unit.parse("家")));
    String added = "新纳统规上企业300家";
    Target flow = Target.builder().from(newcomers).text(added).span(SourceSpan.of(0, added.length())).build();
    Actual level = Actual.builder().from(actual(Indicator.named("规上企业"), Measure.COUNT, "3200", "家")).text(text)
        .span(SourceSpan.of(0, text.length())).build();
    Report flows = Report.builder().planYear(2024).addTargets(flow).build();
    Report levels = Report.builder().reviewYear(2024).addActuals(level).build();
    assertThat(A.assess(flows, levels).rows().get(0).status()).isEqualTo(Status.EXCEEDED);
    assertThat(mine.assess(flows, levels).rows().get(0).status()).isEqualTo(Status.NOT_COMPARABLE);
    assertThatThrownBy(() -> Attainment.builder().names(null)).hasMessage("names");
  }

  @Test
  void reportsOfTwoRegionsOrOfYearsThatDoNotMeetAreRefusedSayingWhy() {
    Report jilin = Report.builder().region(io.github.govreport.model.Region.resolve("吉林")).planYear(2025).build();
    Report shaanxi = Report.builder().region(io.github.govreport.model.Region.resolve("陕西")).reviewYear(2025).build();
    assertThatThrownBy(() -> A.assess(jilin, shaanxi)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan is 吉林省's report and the review 陕西省's: one region's targets are not met by another's"
            + " results");
    assertThat(Attainment.builder().anyRegion(true).build().assess(jilin, shaanxi).rows()).isEmpty();
    Report later = Report.builder().reviewYear(2023).build();
    assertThatThrownBy(() -> A.assess(jilin, later))
        .hasMessage("the review looks back on 2023, not on 2025, the year the plan sets its targets for");
  }
}
