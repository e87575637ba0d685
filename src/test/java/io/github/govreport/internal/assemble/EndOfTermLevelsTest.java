package io.github.govreport.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Report;
import org.junit.jupiter.api.Test;

/** A term-end report: the levels reached at the end of a review of five years are the last year's results. */
class EndOfTermLevelsTest {

  static final ReportParser PARSER = ReportParser.create();

  static Report review(String fiveYears) {
    return PARSER.parse("2021年某市政府工作报告\n各位代表：\n一、“十三五”时期工作回顾\n五年来，" + fiveYears
        + "\n二、2021年工作安排\n主要预期目标是：生产总值增长6%左右。\n");
  }

  @Test
  void levelsReachedAreTheLastYearsResults() {
    Report r = review("高新技术企业达到1100家，常住人口城镇化率达到56%，生产总值6.66万亿元，注册市场主体总量达79.1万家。");
    assertThat(r.actuals()).extracting(a -> a.indicator().name() + " " + a.quantity().get()).containsExactly(
        "高新技术企业 1100家", "常住人口城镇化率 56%", "生产总值 6.66万亿元", "注册市场主体总量 79.1万家");
    assertThat(r.actuals()).extracting(Actual::year).allSatisfy(y -> assertThat(y).hasValue(2020));
  }

  @Test
  void flowsTotalsAndAveragesOfTheYearsAreNot() {
    Report r = review("累计新增就业30万人，生产总值年均增长6.5%，建成运输机场3座，新增上市公司48家。");
    assertThat(r.actuals()).isEmpty();
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.FIVE_YEAR_FIGURE_SKIPPED).hasSize(4);
  }

  /** A total in an earlier clause of the sentence leaves a rate or share reached after it the term end's level. */
  @Test
  void aRateOrShareAfterATotalOfTheYearsIsStillTheLevelReached() {
    Report r = review("累计城镇新增就业38万人，城镇登记失业率为3.67%，加装安全护栏2.65万公里，一般贸易占比达到42.1%，"
        + "城乡居民收入比缩小至2.21∶1。");
    assertThat(r.actuals()).extracting(a -> a.indicator().name() + " " + a.quantity().get())
        .containsExactly("城镇登记失业率 3.67%", "一般贸易占比 42.1%", "城乡居民收入比 2.21∶1");
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.FIVE_YEAR_FIGURE_SKIPPED)
        .extracting(d -> d.message()).containsExactly("did not report '38万人': a figure of several years",
            "did not report '2.65万公里': a figure of several years");
  }

  /** A rate written bare after its name is a level held, and so is the value reached after a value moved from. */
  @Test
  void aBareRateAndTheValueReachedFromAnotherYearAreLevelsToo() {
    Report r = review("研究与试验发展经费投入强度2.1%，贫困地区人均可支配收入由2013年的2330元增长到8629元，关中5市PM2.5浓度改善24.7%。");
    assertThat(r.actuals()).extracting(a -> a.indicator().name() + " " + a.quantity().get())
        .containsExactly("研究与试验发展经费投入强度 2.1%", "贫困地区人均可支配收入 8629元");
  }

  /** The figures of one list with one name (the parts of a whole) are each a level, no second level of the first. */
  @Test
  void thePartsOfAWholeAreEachALevel() {
    Report r = review("能源消费结构由62∶25∶13调整为55∶27∶18。");
    assertThat(r.actuals()).extracting(a -> a.indicator().name() + " " + a.quantity().get())
        .containsExactly("能源消费结构 55%", "能源消费结构 27%", "能源消费结构 18%");
  }

  /** After a flow of the years, the level reached next in the list is the stock at the term's end. */
  @Test
  void theLevelReachedAfterAFlowOfTheYearsIsTheStock() {
    Report r = review("注册市场主体五年新增43.04万家、达到79.1万家。");
    assertThat(r.actuals()).extracting(a -> a.indicator().name() + " " + a.quantity().get())
        .containsExactly("注册市场主体 79.1万家");
  }

  @Test
  void theLevelReachedWinsOverTheThresholdCrossedAndTheYearsOwnResultOverBoth() {
    Report r = review("地区生产总值突破3万亿元、达3.6万亿元。");
    assertThat(r.actuals()).extracting(a -> a.quantity().get().toString()).containsExactly("3.6万亿元");
    Report own = PARSER.parse("2021年某市政府工作报告\n各位代表：\n一、“十三五”时期工作回顾\n五年来，生产总值达到3353亿元。\n"
        + "2020年，生产总值3400亿元。\n二、2021年工作安排\n主要预期目标是：生产总值增长6%左右。\n");
    assertThat(own.actuals()).extracting(a -> a.quantity().get().toString()).containsExactly("3400亿元");
  }
}
