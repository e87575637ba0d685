package io.github.govreport.internal.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The passage finder alone: where the main targets passage is and where it ends, on the layouts of real
 * reports, written for these tests (⏎ separates paragraphs; the expected passages are joined by ‖).
 */
class PassageFinderTest {

  static String report(String body) {
    return "2026年某省政府工作报告\n各位代表：\n" + body.replace("⏎", "\n") + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // in a paragraph that names the new five-year plan
      "三、2026年工作安排⏎今年是“十五五”开局之年，做好今年工作意义重大。今年经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。"
          + "|地区生产总值增长5%左右，城镇调查失业率5.5%左右。",
      // right after a sentence that names it, in a part about the five-year plan
      "二、“十五五”时期工作总体要求和目标任务⏎“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。⏎我们要接续奋斗，确保“十五五”良好开局。主要预期目标是：地区生产总值增长5%左右，居民收入增长与经济增长同步。"
          + "|地区生产总值增长5%左右，居民收入增长与经济增长同步。",
      // under a heading that names the five-year plan's first year
      "三、全力推动“十五五”开好局、起好步⏎经济社会发展的主要预期目标是：地区生产总值增长5%左右。⏎（一）扩大内需⏎新增企业100家。"
          + "|地区生产总值增长5%左右。",
      // without 主要, or introduced with a comma
      "二、2026年工作总体要求⏎全市经济社会发展的预期目标是：地区生产总值增长6%，一般公共预算收入增长3%。"
          + "|地区生产总值增长6%，一般公共预算收入增长3%。",
      "二、2026年工作总体要求⏎今年的预期目标是，国内生产总值增长8%左右，城镇登记失业率控制在4.6%。"
          + "|国内生产总值增长8%左右，城镇登记失业率控制在4.6%。",
      // one sentence, the indicator before the phrase
      "二、2026年工作总体部署⏎今年经济增长预期目标为7%左右。同时要努力扩大就业。|今年经济增长预期目标为7%左右。",
      // a reform's goals in a task section are not the year's passage
      "二、2026年工作总体要求⏎今年发展的预期目标是：国内生产总值增长5%左右，城镇新增就业1100万人以上。⏎三、2026年重点工作⏎深化国企改革，主要目标是：完成改革任务100项，国有资本收益率提高1个百分点。"
          + "|国内生产总值增长5%左右，城镇新增就业1100万人以上。",
      // the passage ends where its explanation starts
      "二、2026年工作安排⏎主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。确定以上目标，主要考虑了稳就业的需要。"
          + "|地区生产总值增长5%左右，城镇调查失业率5.5%左右。",
      "二、2026年工作安排⏎主要预期目标是：地区生产总值增长5%左右。提出这样的目标，既考虑了需要，也考虑了可能。"
          + "|地区生产总值增长5%左右。",
      "二、2026年工作安排⏎主要预期目标是：地区生产总值增长5%左右。这里要着重说明，综合考虑了发展的需要和可能。"
          + "|地区生产总值增长5%左右。",
      // and goes on over a sentence that sets more
      "二、2026年工作安排⏎主要预期目标是：地区生产总值增长5%左右。CPI涨幅2%左右，单位GDP二氧化碳排放下降3%左右。⏎（一）扩大内需"
          + "|地区生产总值增长5%左右。CPI涨幅2%左右，单位GDP二氧化碳排放下降3%左右。",
      "二、2026年工作安排⏎主要目标是：地区生产总值增长5%。反映资源节约和环境质量的各项约束性指标完成国家下达任务。要坚持稳中求进。"
          + "|地区生产总值增长5%。反映资源节约和环境质量的各项约束性指标完成国家下达任务。",
      // as a list after a line of its own
      "二、2026年工作安排⏎主要预期目标是：⏎1.地区生产总值增长5%左右；⏎2.城镇调查失业率5.5%左右。⏎三、2026年重点工作"
          + "|1.地区生产总值增长5%左右；2.城镇调查失业率5.5%左右。",
      // under a heading of its own
      "二、2026年工作安排⏎（二）主要预期目标⏎地区生产总值增长5%左右，城镇调查失业率5.5%左右。|地区生产总值增长5%左右，城镇调查失业率5.5%左右。",
      // told over several sentences: an aim heading a list, one sentence between two that set targets
      "二、2026年工作安排⏎主要预期目标是：生产总值增长8%以上。创新发展取得新成果，研发投入强度达到2%。开放发展取得新突破，进出口持续增长。共享发展取得新进步，居民人均可支配收入增长9%以上。⏎（一）扩大内需"
          + "|生产总值增长8%以上。创新发展取得新成果，研发投入强度达到2%。开放发展取得新突破，进出口持续增长。共享发展取得新进步，居民人均可支配收入增长9%以上。",
      "二、2026年工作安排⏎主要预期目标是：地区生产总值增长3.5%左右。固定资产投资扭转下滑态势，实现正增长。城乡常住居民人均可支配收入分别增长7%和8%左右。"
          + "|地区生产总值增长3.5%左右。固定资产投资扭转下滑态势，实现正增长。城乡常住居民人均可支配收入分别增长7%和8%左右。",
      // no phrase at all (older reports): the plan's growth target and the sentences after it that set targets
      "三、2026年的工作⏎根据规划纲要提出的目标任务，今年，国内生产总值增长8.5%。这个速度主要是考虑了需要。全部财政收入增长7.1%；城镇登记失业率控制在3.5%左右。"
          + "|国内生产总值增长8.5%。‖全部财政收入增长7.1%；城镇登记失业率控制在3.5%左右。",
      // restated and reviewed targets are no passage
      "一、2025年工作回顾⏎年初确定的主要预期目标全面完成。⏎二、2026年工作安排⏎主要预期目标是：地区生产总值增长5%左右。⏎实现上述预期目标，要坚持稳中求进。"
          + "|地区生产总值增长5%左右。",
  })
  void findsThePassage(String body, String expected) {
    Stages s = Stages.of(report(body));
    assertThat(String.join("‖", s.passageTexts())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "一、2025年工作回顾⏎地区生产总值增长5%。⏎二、“十五五”时期主要目标任务⏎“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%左右。",
      "二、2026年工作安排⏎到2030年，主要目标是：研发投入强度达到3.2%。",
      "二、2026年工作安排⏎深化改革，主要目标是：营商环境持续优化。",
  })
  void findsNoPassageWhereThereIsNone(String body) {
    assertThat(Stages.of(report(body)).passages).isEmpty();
  }
}
