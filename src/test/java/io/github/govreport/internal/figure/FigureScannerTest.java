package io.github.govreport.internal.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figure stage alone: a clause, and the figures it holds as value, unit and bound after it. */
class FigureScannerTest {

  static final FigureScanner SCANNER = new FigureScanner(Vocabulary.builtIn());

  static String figures(String clause) {
    SourceText t = Normalizer.normalize(clause).text;
    List<Amount> found = SCANNER.scan(t, 0, t.length());
    return found.stream().map(a -> a.value.toPlainString() + (a.upper == null ? "" : "—" + a.upper.toPlainString())
        + a.unit.symbol() + (a.suffixBound == null ? "" : " " + a.suffixBound)).collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      // Arabic and Chinese numerals, multipliers, ranges, qualifiers
      "地区生产总值增长5.5%左右|5.5% ABOUT",
      "新增高标准农田78万亩以上|78万亩 AT_LEAST",
      "增长4.5%—5%|4.5—5%",
      // a low end in 万 or 亿 alone takes the high end's count word or currency
      "新增就业1.2万—1.5万人|1.2—1.5万人", "总投资3亿~4亿元|3—4亿元", "上市企业1~2家|1—2家",
      "财政支出两成用于民生|2成",
      "城镇新增就业一千二百万人|1200万人",
      "位居全国第4位|4位",
      // counters of their own: 种, 轮 and the visits counted 批次, 架次
      "增加绿地面积18万平米|18万平米", "破获刑事案件941起|941起",
      "17种抗癌药|17种", "成功应对17轮强降雨|17轮", "开行班列1200批次|1200批次", "起降航班3万架次|3万架次",
      // land deals, pairs, plots, wells, groups, cases, lines and rooms; never after a numeral in words
      "矿业权出让111宗|111宗", "国际友城达137对|137对", "修复17块污染地块|17块", "关停自备水井200眼|200眼",
      "完成白内障手术2.51万例|2.51万例", "电话装机626万门|626万门", "重建住房18991间|18991间",
      "中欧班列货运52.4万标箱|52.4万标箱",
      "开展一对一帮扶，启动二期工程|''",
      // a ratio to one is a figure, and so is each part of a whole written with the ratio sign; other ratios are none
      "城乡居民收入比缩小至2.21∶1左右|2.21∶1 ABOUT", "三次产业结构调整为7.4∶39.6∶53|7.4%; 39.6%; 53%",
      "比例达到1∶3.4，或2∶15，或1∶2∶3|''",
      // a ratio to one written without its sign after the ratio's name and a cue; a bare number elsewhere is none
      "城乡居民收入比缩小至2.54。|2.54∶1", "收入比缩小到2.1，|2.1∶1", "收入比由2.5缩小到2.3。|2.5∶1; 2.3∶1", "预算比例调整为3。|''",
      // a round threshold passed, written with its magnitude alone
      "林草产业总产值突破万亿元|1万亿元",
      "旅游收入超百亿元。|100亿元",
      "经济总量迈上十万亿元台阶|10万亿元",
      // such a run elsewhere is a word, or qualifies the noun after it
      "打造万亿级产业集群|''",
      "培育主营业务收入超百亿元企业|''",
      "发展千万家庭|''",
      // numbers listed after a cue share the unit written once after the last; a number inside a name shares none
      "人均居住面积分别达到14和25平方米|14平方米; 25平方米",
      "分别增长8.2、9.1%|8.2%; 9.1%",
      "国道328、12条城市组团连通工程|12条",
      // a multiplier alone in a list takes the unit of the first later number with more than a multiplier
      "产业规模分别达1.28万亿、1.18万亿、8200亿元|1.28万亿元; 1.18万亿元; 8200亿元", "分别为3万、5万亩|3万亩; 5万亩",
      "引进人才3万、企业200家|3万; 200家",
      // dates, identifiers and quoted words are no figures
      "2025年3月5日|''",
      "5G基站|''",
      "自治区党委九届十三次全会精神|''",
      "按照省委十一届十次、十一次全会部署|''",
      // 多 or 余 between a multiplier and what is counted: the multiplier and the counter make the unit
      "完成城区有线电视数字化改造10万余户|10万户", "新增就业1.2万多人|1.2万人",
      "新增二十个、三十个|20个; 30个",
      "“十四五”规划|''",
  })
  void findsTheFiguresOfAClause(String clause, String expected) {
    assertThat(figures(clause)).isEqualTo(expected);
  }

  /** 多 after a multiplier alone, before the noun counted, says more than the figure and belongs to it. */
  @org.junit.jupiter.api.Test
  void moreAfterAMultiplierAloneIsTheFiguresQualifier() {
    SourceText t = Normalizer.normalize("3万多居民群众直接受益").text;
    List<Amount> found = SCANNER.scan(t, 0, t.length());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).more).isTrue();
    assertThat(found.get(0).unit.symbol()).isEqualTo("万");
    assertThat(found.get(0).end).isEqualTo(3);
  }

  /** A bracket after a counter listing other counters is part of the unit: the noun counted follows it. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "改造提升11条（段）市政路|条|10",
      "新增公交车200辆（艘、架）|辆|14",
      "新增保障性租赁住房12.4万套（间）|万套|18",
      "建成3个（含在建）项目|个|4",
      // 次 after the bracket makes trips of the counter before it, one unit
      "车辆通行200万辆（艘）次|万辆次|13", "开行列车300列（架）次|列次|12",
  })
  void aBracketOfOtherCountersIsTheUnits(String clause, String unit, int suffixEnd) {
    SourceText t = Normalizer.normalize(clause).text;
    Amount a = SCANNER.scan(t, 0, t.length()).get(0);
    assertThat(a.unit.symbol()).isEqualTo(unit);
    assertThat(a.suffixEnd).isEqualTo(suffixEnd);
  }
}
