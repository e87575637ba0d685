package io.github.govreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line joiner of the text stage: which lines go on the paragraph before them. */
class LineJoinerTest {

  static String joined(String text) {
    return LineJoiner.join(Normalizer.normalize(text)).text.toString();
  }

  /** A figure cut over lines is joined: its number and its multiplier, a subscript set on a line of its own. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "全省生产总值达到74.4\\n\u200b\\n万亿元，增长5%。|全省生产总值达到74.4万亿元，增长5%。",
      "广义货币M\\n2\\n余额增长8%。|广义货币M2余额增长8%。",
      "细颗粒物（PM\\n2.5\\n）平均浓度下降到31微克/立方米。|细颗粒物（PM2.5）平均浓度下降到31微克/立方米。",
      "新建绿地120万m\\n2\\n，改造管网30公里。|新建绿地120万m2，改造管网30公里。",
  })
  void joinsAFigureCutOverLines(String text, String expected) {
    assertThat(joined(text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  /** Three digits alone on a line after a letter may be a page number: not a subscript. */
  @Test
  void threeDigitsAfterALetterAreNoSubscript() {
    assertThat(joined("报告由GDP\n123\n说起。")).isEqualTo("报告由GDP\n123\n说起。");
  }

  /** A line after a year or a date is no cut figure: a paragraph may end in a number. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "发布日期：2023-07-29\\n高唐县2022年国民经济和社会发展统计公报",
      "全省生产总值达到74.4\\n一、2024年工作回顾",
      "一、2024年工作回顾\\n2024年是极不平凡的一年",
  })
  void keepsALineAfterANumberThatGoesOnWithNoUnit(String text) {
    assertThat(joined(text.replace("\\n", "\n"))).contains("\n");
  }

  /**
   * A line goes on from the one before, however short: a piece of a sentence set on a line of its own after a comma
   * or after a line cut off itself (also in a paragraph its heading opens), going on with a word or a figure, and a
   * line that opens with a char that only closes a word (级, 的).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "实施创业带动就业系列计划，加强公共就业服务机构建设，开展职业技能培训34万人次，\\n创建省\\n级劳务品牌30个。"
          + "|实施创业带动就业系列计划，加强公共就业服务机构建设，开展职业技能培训34万人次，创建省级劳务品牌30个。",
      "（一）抓投资扩内需，经济运行实现稳中向好。做好能源电力保供、产业链供应链稳定等工作，全力为企业纾难解困，退减\\n"
          + "缓税费超\\n1430亿元、惠及市场主体427万户次。|（一）抓投资扩内需，经济运行实现稳中向好。做好能源电力保供、"
          + "产业链供应链稳定等工作，全力为企业纾难解困，退减缓税费超1430亿元、惠及市场主体427万户次。",
      "脱贫攻坚成果持续巩固拓展。\\n新建省\\n级乡村振兴示范区15个。|脱贫攻坚成果持续巩固拓展。\\n新建省级乡村振兴示范区15个。",
      "脱贫攻坚成果持续巩固拓展。\\n解决了10万贫困人口\\n的温饱问题。|脱贫攻坚成果持续巩固拓展。\\n解决了10万贫困人口的温饱问题。",
  })
  void joinsALineThatGoesOn(String text, String expected) {
    assertThat(joined(text.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
  }

  /** A short line after a paragraph that ends without a comma stays a line of its own (a heading with no label). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "实施创业带动就业系列计划，加强公共就业服务机构建设，开展职业技能培训34万人次。\\n就业优先\\n稳就业的政策持续加力。",
  })
  void keepsAShortLineAfterAFullStop(String text) {
    assertThat(joined(text.replace("\\n", "\n"))).contains("\n就业优先\n");
  }
}
