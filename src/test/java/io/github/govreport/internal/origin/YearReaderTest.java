package io.github.govreport.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When: the years of a report from each form a year takes, and what is no evidence of them. */
class YearReaderTest {

  static final ReportParser PARSER = ReportParser.create();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the report | review year | plan year
      "2020年曲阳县政府工作报告\\n各位代表：\\n生产总值增长5%。|2019|2020",
      "二〇〇七年政府工作报告\\n各位代表：\\n生产总值增长5%。|2006|2007",
      "二00四年政府工作报告\\n各位代表：\\n生产总值增长5%。|2003|2004",
      "二O一一年政府工作报告\\n各位代表：\\n生产总值增长5%。|2010|2011",
      "政府工作报告\\n——在顺平县第十五届人民代表大会第二次会议上\\n（2008年3月27日）\\n各位代表：\\n生产总值增长5%。|2007|2008",
      "政府工作报告\\n二〇一九年一月十四日在河北省第十三届人民代表大会第二次会议上\\n各位代表：\\n生产总值增长5%。|2018|2019",
      "政府工作报告\\n——2024年12月28日在某县第十八届人民代表大会第五次会议上\\n各位代表：\\n生产总值增长5%。|2024|2025",
      "政府工作报告\\n——2003年6月10日在某市第二届人民代表大会第一次会议上\\n各位代表：\\n生产总值增长5%。|2002|2003",
      "政府工作报告\\n各位代表：\\n一、过去五年工作的回顾2007年以来，全市经济快速发展。\\n三、2012年工作的主要目标和任务2012年是开局之年，要做好工作。|2011|2012",
      "政府工作报告\\n各位代表：\\n一、2013年工作回顾2013年，全市生产总值增长9%。|2013|2014",
  })
  void readsEveryFormAYearTakes(String text, int review, int plan) {
    Report r = PARSER.parse(text.replace("\\n", "\n"));
    assertThat(r.reviewYear()).hasValue(review);
    assertThat(r.planYear()).hasValue(plan);
  }

  @Test
  void aCollectorsYearIsNoEvidence() {
    Report r = PARSER.parse("标题：二O一一年政府工作报告\n年份：2014\n========\n政府工作报告二O一一年政府工作报告\n"
        + "各位代表：\n一、2010年工作回顾\n生产总值增长5%。\n");
    assertThat(r.planYear()).hasValue(2011);
    assertThat(PARSER.parse("年份：2014\n各位代表：\n生产总值增长5%。\n").planYear()).isEmpty();
  }

  @Test
  void noYearAnywhereIsADiagnostic() {
    Report r = PARSER.parse("政府工作报告\n各位代表：\n生产总值增长5%。\n");
    assertThat(r.planYear()).isEmpty();
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.YEAR_NOT_FOUND);
  }
}
