package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Target;
import org.junit.jupiter.api.Test;

/**
 * Whole reports in the layouts that used to lose their passage or leak five-year figures into the year's
 * results, written for these tests in the manner of real ones.
 */
class PeriodLayoutsTest {

  static final ReportParser PARSER = ReportParser.create();

  @Test
  void aPlanPartNamedForTheFiveYearPlanStillHoldsTheYearsTargets() {
    Report r = PARSER.parse("2026年某省政府工作报告\n各位代表：\n一、一年接着一年干，建设取得新成效\n"
        + "2025年是“十四五”收官之年。一年来，全省地区生产总值增长5%，城镇新增就业54.58万人。\n"
        + "二、一张蓝图绘到底\n“十五五”时期是关键时期。到2030年，研发投入强度达到3.2%。\n"
        + "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
        + "今年经济社会发展的主要预期目标是：全省地区生产总值增长5%左右；城镇新增就业50万人。\n"
        + "（一）壮大实体经济\n新增高新技术企业1000家。\n");
    assertThat(r.targets(Scope.MAIN)).extracting(t -> t.indicator().key().orElse(null), Target::bound)
        .containsExactly(tuple(IndicatorKey.GDP, Bound.ABOUT), tuple(IndicatorKey.NEW_URBAN_JOBS, Bound.EXACT));
    assertThat(r.targets(Scope.TASK)).extracting(Target::text).containsExactly("新增高新技术企业1000家");
    assertThat(r.actuals()).extracting(Actual::text).containsExactly("全省地区生产总值增长5%", "城镇新增就业54.58万人");
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.FUTURE_GOAL_SKIPPED));
  }

  @Test
  void aFiveYearReviewGivesOnlyTheYearsOwnResults() {
    Report r = PARSER.parse("2026年某省政府工作报告\n各位代表：\n一、“十四五”时期和2025年工作回顾\n"
        + "过去的五年极不寻常。全省生产总值从2020年的2.1万亿元增长到2025年的2.9万亿元，年均增长5.5%，"
        + "城镇新增就业累计300万人。\n"
        + "各位代表，刚刚过去的2025年，地区生产总值增长5.2%，城镇新增就业60万人。\n"
        + "二、2026年工作安排\n主要预期目标是：地区生产总值增长5%左右。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("生产总值", "2.9万亿元"), tuple("地区生产总值", "5.2%"), tuple("城镇新增就业", "60万人"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.FORMER_VALUE_SKIPPED)
        .singleElement().satisfies(d -> assertThat(d.message()).contains("2.1万亿元"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.FIVE_YEAR_FIGURE_SKIPPED).hasSize(2);
  }

  @Test
  void anOlderNationalReportStatesItsTargetInOneSentence() {
    Report r = PARSER.parse("2003年国务院政府工作报告\n各位代表：\n一、过去一年工作回顾\n过去一年，国内生产总值增长8%。\n"
        + "二、2003年工作总体部署\n今年经济增长预期目标为7%左右。同时要努力扩大就业。\n");
    assertThat(r.targets(Scope.MAIN)).singleElement().satisfies(t -> {
      assertThat(t.indicator().name()).isEqualTo("经济增长");
      assertThat(t.indicator().key()).hasValue(IndicatorKey.GDP);
      assertThat(t.quantity().get().value()).isEqualByComparingTo("7");
      assertThat(t.bound()).isEqualTo(Bound.ABOUT);
    });
  }

  @Test
  void tagsThatCloseGroupsOfTargetsAreNoTargets() {
    Report r = PARSER.parse("2026年某省政府工作报告\n各位代表：\n二、2026年工作安排\n今年经济社会发展主要预期目标是："
        + "地区生产总值增长5%左右，一般公共预算收入增长3.7%，努力跑赢全国；高技术制造业增加值稳步提升，加快构建优势；"
        + "农村低保标准提高6%，在全国实现位次前移。\n");
    assertThat(r.targets(Scope.MAIN)).extracting(Target::text).containsExactly("地区生产总值增长5%左右",
        "一般公共预算收入增长3.7%", "高技术制造业增加值稳步提升", "农村低保标准提高6%");
  }

  @Test
  void aPassageThatRunsOnIntoItsExplanationStopsThere() {
    Report r = PARSER.parse("2009年国务院政府工作报告\n各位代表：\n一、2008年工作回顾\n过去一年，国内生产总值增长9%。\n"
        + "二、2009年工作总体部署\n今年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右，经济结构进一步优化；"
        + "城镇新增就业900万人以上。这里要着重说明，在我们这样一个13亿人口的发展中大国，保持一定的经济增长速度，"
        + "就必须扩大就业。\n");
    assertThat(r.targets(Scope.MAIN)).extracting(Target::text)
        .containsExactly("国内生产总值增长8%左右", "经济结构进一步优化", "城镇新增就业900万人以上");
  }
}
