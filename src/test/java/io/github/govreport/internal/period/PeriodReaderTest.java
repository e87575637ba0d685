package io.github.govreport.internal.period;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.model.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The period stage alone: which period a figure of a sentence speaks of, for sentences and layouts written
 * for these tests in the manner of real reports (a 2026 report: the review year is 2025, the plan year 2026).
 * In the table, ⏎ separates paragraphs; the probe is the figure looked at.
 */
class PeriodReaderTest {

  static String report(String body) {
    return "2026年某省政府工作报告\n各位代表：\n" + body.replace("⏎", "\n") + "\n";
  }

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
      // headings give the default
      "一、2025年工作回顾⏎过去一年，地区生产总值增长5.2%。|5.2%|REVIEW_YEAR",
      "一、工作回顾⏎地区生产总值增长5.2%。|5.2%|REVIEW_YEAR",
      "一、“十四五”时期工作回顾⏎地区生产总值年均增长5.5%，经济总量迈上新台阶。|5.5%|SEVERAL_YEARS",
      "二、“十五五”时期主要目标任务⏎研发投入强度达到3.2%。|3.2%|FUTURE_PLAN",
      "三、全力推动“十五五”开好局、起好步⏎新增高新技术企业500家。|500家|PLAN_YEAR",
      "三、2026年工作安排⏎新增高新技术企业500家。|500家|PLAN_YEAR",
      "四、全面加强政府自身建设⏎压减一般性支出5%。|5%|PLAN_YEAR",
      // a flow of two or three years inside a clause of the year
      "一、2025年工作回顾⏎新增高新技术企业1800家，两年新增近3000家。|3000家|SEVERAL_YEARS",
      "一、2025年工作回顾⏎新增高新技术企业1800家，两年新增近3000家。|1800家|REVIEW_YEAR",
      // an older base of comparison makes a change over years, for its own sentence only
      "一、2025年工作回顾⏎与2020年相比，全省生产总值增长30%。新增中国企业500强2家。|30%|SEVERAL_YEARS",
      "一、2025年工作回顾⏎与2020年相比，全省生产总值增长30%。新增中国企业500强2家。|2家|REVIEW_YEAR",
      "一、2025年工作回顾⏎比2020年增长30%。新增中国企业500强2家。|2家|REVIEW_YEAR",
      // some months of the year under review opening a sentence, for that sentence; in the plan, a deadline
      "一、2025年工作回顾⏎截至11月底，新增经营主体50万户。全年新增就业50万人。|50万户|PART_OF_YEAR",
      "一、2025年工作回顾⏎截至11月底，新增经营主体50万户。全年新增就业50万人。|50万人|REVIEW_YEAR",
      "一、2025年工作回顾⏎1-11月，规上工业增加值增长7%。|7%|PART_OF_YEAR",
      "三、2026年工作安排⏎截至6月底，完成高标准农田建设80万亩。|80万亩|PLAN_YEAR",
      // an opening overrides the heading, and carries to the next paragraphs
      "一、2025年工作和“十四五”发展回顾⏎五年来，地区生产总值年均增长5.5%。⏎产业转型提质增效，新增上市公司30家。|30家|SEVERAL_YEARS",
      "一、“十四五”时期工作回顾⏎五年来，经济实力大幅跃升。⏎各位代表，刚刚过去的2025年，地区生产总值增长5.2%。|5.2%|REVIEW_YEAR",
      "一、“十四五”时期工作回顾⏎过去的五年极不寻常。⏎刚刚过去的2025年很不平凡。⏎全年新增就业50万人。|50万人|REVIEW_YEAR",
      "一、一年接着一年干⏎2025年是“十四五”收官之年。一年来，全省地区生产总值增长5%。|5%|REVIEW_YEAR",
      "一、工作回顾⏎各位代表！2025年目标任务顺利完成。全年城镇新增就业50万人。|50万人|REVIEW_YEAR",
      "二、一张蓝图绘到底⏎“十五五”时期是关键时期。地区生产总值年均增长5%左右。|5%|FUTURE_PLAN",
      "三、2026年工作安排⏎2026年是“十五五”开局之年。新增企业100家。|100家|PLAN_YEAR",
      "一、2025年工作回顾⏎2025年是“十四五”收官之年。回望“十四五”，经济总量跨越两个台阶，新增企业3000家。|3000家|SEVERAL_YEARS",
      // a year opening a clause holds to the sentence's end; a year inside a clause to the clause's end
      "一、“十四五”时期工作回顾⏎五年来，全省生产总值年均增长6%，2025年达到2.9万亿元、增长5.6%。|2.9万亿元|REVIEW_YEAR",
      "一、“十四五”时期工作回顾⏎五年来，全省生产总值年均增长6%，2025年达到2.9万亿元、增长5.6%。|5.6%|REVIEW_YEAR",
      "一、“十四五”时期工作回顾⏎五年来，全省生产总值年均增长6%，2025年达到2.9万亿元、增长5.6%。|6%|SEVERAL_YEARS",
      "一、“十四五”时期工作回顾⏎五年来，全省生产总值从2020年的2.1万亿元增长到2025年的2.9万亿元。|2.9万亿元|REVIEW_YEAR",
      "一、“十四五”时期工作回顾⏎五年来，全省生产总值从2020年的2.1万亿元增长到2025年的2.9万亿元。|2.1万亿元|OTHER_YEAR",
      // the year of a value moved from holds up to the word of the value reached
      "一、“十四五”时期工作回顾⏎五年来，贫困地区人均可支配收入由2020年的2330元增长到8629元。|2330元|OTHER_YEAR",
      "一、“十四五”时期工作回顾⏎五年来，贫困地区人均可支配收入由2020年的2330元增长到8629元。|8629元|SEVERAL_YEARS",
      "三、2026年工作安排⏎力争到2030年，建成10个千亿级产业集群。新增企业100家。|10个|FUTURE_PLAN",
      "三、2026年工作安排⏎力争到2030年，建成10个千亿级产业集群。新增企业100家。|100家|PLAN_YEAR",
      "三、2026年工作安排⏎到2030年，研发投入强度达到3.2%，数字经济核心产业增加值占比达到15%。|15%|FUTURE_PLAN",
      // a plan of a few years opening a sentence holds for that sentence only
      "三、2026年工作安排⏎今后三年内再支持5000所乡镇卫生院、2000所县级医院建设。⏎提高奖励扶助标准到720元。|2000所|FUTURE_PLAN",
      "三、2026年工作安排⏎今后三年内再支持5000所乡镇卫生院、2000所县级医院建设。⏎提高奖励扶助标准到720元。|720元|PLAN_YEAR",
      "三、2026年工作安排⏎争取用三年时间，解决750万户住房困难家庭的住房问题。新增企业100家。|750万户|FUTURE_PLAN",
      "三、2026年工作安排⏎争取用三年时间，解决750万户住房困难家庭的住房问题。新增企业100家。|100家|PLAN_YEAR",
      // words that make a figure span years, or part of one
      "一、2025年工作回顾⏎粮食产量连续9年稳定在1300亿斤以上。|1300亿斤|SEVERAL_YEARS",
      "一、2025年工作回顾⏎城镇新增就业累计300万人。|300万人|SEVERAL_YEARS",
      // a total compared with the same months a year before is the year's so far
      "一、2025年工作回顾⏎累计实现工业增加值4.48亿元，同比增长18.9%。|4.48亿元|REVIEW_YEAR",
      // a stock after a total of several years is the sentence's again
      "一、2025年工作回顾⏎累计净增经营主体155万户、总量达474万户。|155万户|SEVERAL_YEARS",
      "一、2025年工作回顾⏎累计净增经营主体155万户、总量达474万户。|474万户|REVIEW_YEAR",
      "一、2025年工作回顾⏎注册市场主体五年新增43.04万家、达到79.1万家。|43.04万家|SEVERAL_YEARS",
      "一、2025年工作回顾⏎注册市场主体五年新增43.04万家、达到79.1万家。|79.1万家|REVIEW_YEAR",
      "一、2025年工作回顾⏎地区生产总值比2020年增长30%。|30%|SEVERAL_YEARS",
      "一、2025年工作回顾⏎地区生产总值比上年增长5%。|5%|REVIEW_YEAR",
      "一、2025年工作回顾⏎城镇化率达到66%，较“十三五”末提高8个百分点。|8个百分点|SEVERAL_YEARS",
      "一、2025年工作回顾⏎城镇化率达到66%，较“十三五”末提高8个百分点。|66%|REVIEW_YEAR",
      "一、2025年工作回顾⏎一季度增长5.3%，全年增长5.5%。|5.3%|PART_OF_YEAR",
      "一、2025年工作回顾⏎一季度增长5.3%，全年增长5.5%。|5.5%|REVIEW_YEAR",
      "一、2025年工作回顾⏎1-11月规上工业增加值增长6%。|6%|PART_OF_YEAR",
      "一、2025年工作回顾⏎PM2.5年均浓度为26.3微克/立方米。|26.3|REVIEW_YEAR",
      // 每年 after 每人 is the year of a rate; alone it is several years
      "一、2025年工作回顾⏎医保补助标准提高到每人每年670元。|670元|REVIEW_YEAR",
      "一、2025年工作回顾⏎每年新增就业10万人。|10万人|SEVERAL_YEARS",
      "三、2026年工作安排⏎上半年完成老旧小区改造100个。|100个|PLAN_YEAR",
      "三、2026年工作安排⏎在去年新增100家的基础上，再新增200家。|100家|OTHER_YEAR",
      "三、2026年工作安排⏎固定资产投资比上年增长5%。|5%|PLAN_YEAR",
      "一、2025年工作回顾⏎2021—2025年，全省新增就业300万人。|300万人|SEVERAL_YEARS",
      // nothing says: the position of the main targets passage decides
      "地区生产总值增长5%。⏎主要预期目标是：地区生产总值增长6%左右。⏎新增企业100家。|5%|REVIEW_YEAR",
      "地区生产总值增长5%。⏎主要预期目标是：地区生产总值增长6%左右。⏎新增企业100家。|100家|PLAN_YEAR",
      "地区生产总值增长5%。⏎主要预期目标是：地区生产总值增长6%左右。⏎新增企业100家。|6%|PLAN_YEAR",
  })
  void decidesThePeriodOfAFigure(String body, String probe, Period expected) {
    Stages s = Stages.of(report(body));
    assertThat(s.periods.at(s.at(probe))).as("periods %s", s.periods).isEqualTo(expected);
  }

  @Test
  void aTermIsPastOrFutureByTheReportsOwnYears() {
    // In a 2021 report the 十四五 is the plan ahead and the 十三五 the term under review.
    Stages s = Stages.of("2021年某省政府工作报告\n各位代表：\n一、“十三五”时期工作回顾\n五年来，新增就业300万人。\n"
        + "二、“十四五”时期主要目标任务\n研发投入强度达到3%。\n三、2021年工作安排\n新增企业100家。\n");
    assertThat(s.periods.at(s.at("300万人"))).isEqualTo(Period.SEVERAL_YEARS);
    assertThat(s.periods.at(s.at("3%"))).isEqualTo(Period.FUTURE_PLAN);
    assertThat(s.periods.at(s.at("100家"))).isEqualTo(Period.PLAN_YEAR);
  }

  /** A base of comparison is its own clause's: the clauses after it keep the period and source said around them. */
  @Test
  void aBaseOfComparisonHoldsForItsClauseOnly() {
    Stages s = Stages.of(report("一、“十四五”时期工作回顾⏎营业收入较“十三五”末期翻一番，省属一级企业由66户整合至12户。"));
    assertThat(s.periods.sourceAt(s.at("翻一番"))).isEqualTo(Periods.Source.INSIDE);
    assertThat(s.periods.at(s.at("12户"))).isEqualTo(Period.SEVERAL_YEARS);
    assertThat(s.periods.sourceAt(s.at("12户"))).isNotEqualTo(Periods.Source.INSIDE);
  }

  @Test
  void anOpeningThatOverridesItsHeadingLeavesTheCueThatWon() {
    Stages s = Stages.of(report("一、2025年工作回顾⏎五年来，新增就业300万人。"));
    assertThat(s.found.diagnostics).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.PERIOD_OVERRIDDEN);
      assertThat(report("一、2025年工作回顾⏎五年来，新增就业300万人。")
          .substring(d.span().start(), d.span().end())).isEqualTo("五年来");
    });
  }

  @Test
  void aTextWithoutCuesSaysSo() {
    Stages s = Stages.of("地区生产总值增长5%。\n新增企业100家。\n");
    assertThat(s.found.anyCue).isFalse();
    assertThat(s.periods.at(s.at("100家"))).isEqualTo(Period.REVIEW_YEAR);
  }

  @Test
  void headingWordsTellTheYearsOfAReport() {
    assertThat(Lexicon.PERIODS.namedInHeading("2025年工作回顾")).contains(Period.REVIEW_YEAR);
    assertThat(Lexicon.PERIODS.namedInHeading("2026年工作安排")).containsExactly(Period.PLAN_YEAR);
    assertThat(Lexicon.PERIODS.namedInHeading("“十五五”时期主要目标任务")).contains(Period.SEVERAL_YEARS);
  }
}
