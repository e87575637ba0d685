package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Target;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Whole reports as users find them: scraped, glued, printed twice, written in a city's or a county's ways. */
class TextsAsFoundTest {

  static final ReportParser PARSER = ReportParser.create();

  @Test
  void theSeedWithItsLineBreaksLostReadsAsTheSeed() {
    String seed = Corpus.textFor("seed-zhejiang-2024");
    Report lined = PARSER.parse(seed);
    Report oneLine = PARSER.parse(seed.replace("\n", ""));
    assertThat(oneLine.targets(Scope.MAIN).stream().map(Target::text).collect(Collectors.toList()))
        .isEqualTo(lined.targets(Scope.MAIN).stream().map(Target::text).collect(Collectors.toList()));
    assertThat(oneLine.actuals()).hasSameSizeAs(lined.actuals());
    assertThat(oneLine.region()).isEqualTo(lined.region());
    assertThat(oneLine.planYear()).isEqualTo(lined.planYear());
    assertThat(oneLine.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.LINE_BREAKS_RESTORED);
  }

  @Test
  void aReportPrintedTwiceIsReadOnce() {
    String report = "各位代表：\n一、2024年工作回顾\n全省生产总值增长5.4%，城镇新增就业90万人，居民人均可支配收入增长5.6%。\n"
        + "粮食总产量达到750亿斤，规模以上工业增加值增长7%，社会消费品零售总额增长4%。\n"
        + "固定资产投资增长3%，进出口总额增长6%，一般公共预算收入增长2.5%，经济运行总体平稳、稳中向好。\n";
    Report r = PARSER.parse("2025年河北省政府工作报告\n" + report + "首页\n上一篇\n" + report);
    assertThat(r.actuals()).hasSize(9);
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.REPEATED_COPY_SKIPPED);
  }

  @Test
  void anEstimateOpeningAListSplitBySemicolonsCoversItsItems() {
    Report r = PARSER.parse("2022年某市政府工作报告\n一、2021年工作回顾\n预计全年生产总值增长7.2%；规上工业增加值增长8%；"
        + "一般公共预算收入增长6%。\n城镇新增就业5万人。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), Actual::estimated).containsExactly(
        org.assertj.core.groups.Tuple.tuple("生产总值", true), org.assertj.core.groups.Tuple.tuple("规上工业增加值", true),
        org.assertj.core.groups.Tuple.tuple("一般公共预算收入", true),
        org.assertj.core.groups.Tuple.tuple("城镇新增就业", false));
  }

  @Test
  void aTargetSetAgainstAHigherLevelIsTheGapNotAGrowth() {
    Report r = PARSER.parse("2022年某市政府工作报告\n二、2022年工作安排\n主要预期目标是：生产总值增长7%左右，"
        + "增速高于全省平均水平2个百分点左右。\n");
    Target gap = r.targets(Scope.MAIN).get(1);
    assertThat(gap.indicator().name()).isEqualTo("生产总值");
    assertThat(gap.quantity().orElseThrow().toString()).isEqualTo("2个百分点");
    assertThat(gap.reference().map(Indicator::name)).hasValue("全省平均水平");
  }

  @Test
  void aFallWrittenAsANegativeRiseIsAFall() {
    Report r = PARSER.parse("2022年某市政府工作报告\n一、2021年工作回顾\n一般公共预算收入增长6.1%，社会消费品零售总额增长-2.6%，"
        + "均为全省第二。\n");
    assertThat(r.actuals()).extracting(a -> a.quantity().orElseThrow().value().toPlainString())
        .containsExactly("6.1", "-2.6");
  }

  @Test
  void thePageAroundTheReportMakesNoSectionAndNoFigure() {
    Report r = PARSER.parse("工作报告\n曲阳县2020年政府工作报告\n时间：2022-12-01\n阅读：\n309\n各位代表：\n一、2019年工作回顾\n"
        + "全县生产总值增长6%。\n二、2020年工作安排\n主要预期目标是：生产总值增长6.5%左右。\n阅读排行\n宁德市2021年政府工作报告\n"
        + "12-03\n焦作市解放区2025年政府工作报告\n标签云\n2025年\n");
    assertThat(r.sections()).extracting(s -> s.label() + s.title()).containsExactly("一、2019年工作回顾",
        "二、2020年工作安排");
    assertThat(r.region().orElseThrow().name()).isEqualTo("曲阳县");
    assertThat(r.targets()).hasSize(1);
    assertThat(r.actuals()).hasSize(1);
  }
}
