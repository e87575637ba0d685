package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.Report;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules that keep a figure out, one row each: the sentence, the figure, the rule that keeps it out. */
class RuleTest {

  static final ReportParser PARSER = ReportParser.create();

  /** The figure's diagnostic in a review of the year (or a plan, for a rule of the plan). */
  static Diagnostic diagnosticOf(String sentence, String figure) {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n" + sentence + "\n");
    return r.diagnostics().stream().filter(d -> d.message().contains("'" + figure)).findFirst()
        .orElseThrow(() -> new AssertionError("no diagnostic names '" + figure + "' among " + r.diagnostics()));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "QUALIFYING_FIGURE|实施10亿元以上项目200个。|10亿元",
      "QUALIFYING_FIGURE|抓好已签约项目特别是1000万美元以上大项目的落实。|1000万美元",
      "QUALIFYING_FIGURE|关停淘汰10万千瓦及以下燃煤机组。|10万千瓦",
      "QUALIFYING_FIGURE|启动唐河、通天河两岸1000米范围内村庄污水治理。|1000米",
      "QUALIFYING_FIGURE|省级财政按1:1比例配套资金。|1∶1",
      "QUALIFYING_FIGURE|培育装备制造、化工2个500亿级产业集群。|500亿",
      "QUALIFYING_FIGURE|95%以上的村集体经营性收入超过10万元。|10万元",
      "QUALIFYING_FIGURE|全球最高10米液压支架成功下线。|10米",
      "QUALIFYING_FIGURE|年主营业务收入超50亿元企业达到3家。|50亿元",
      "QUALIFYING_FIGURE|布局一批50万千瓦以上省级大型风光基地。|50万千瓦",
      "QUALIFYING_FIGURE|16个续建项目完成投资58.9亿元。|16个",
      "QUALIFYING_FIGURE|含油量66%的油菜品种培育成功。|66%",
      "QUALIFYING_FIGURE|对签约投资5亿元以上产业项目，实行专班服务。|5亿元以上",
      "CAPACITY|蓝天集团年产30万吨甲醇项目建成投产。|30万吨",
      "CAPACITY|古城电厂2×30万千瓦供热机组并网发电。|30万千瓦",
      "CAPACITY|吉化120万吨乙烯项目主体完工。|120万吨",
      "CAPACITY|抓好安里煤矿、华润新能源泌阳风电、国能集团上蔡30万千瓦生物质发电等项目建设。|30万千瓦",
      "CAPACITY|确保亘富200万吨褐煤提质一期投产。|200万吨",
      "CAPACITY|建成榆能西南70万千瓦热电项目。|70万千瓦",
      "CAPACITY|加快氢能驱动时速250公里城际市域列车研制应用。|250公里",
      "CAPACITY|大唐700万吨露天矿完成项目核准。|700万吨",
      "CAPACITY|白云纸业20.4万吨文化用纸、顺达化工20万吨醋酸等一批重大项目建成投产。|20.4万吨",
      "CAPACITY|白云纸业20.4万吨文化用纸、顺达化工20万吨醋酸等一批重大项目建成投产。|20万吨",
      "FORMER_VALUE|区域创新能力由全国第11位跃升至第5位。|第11位",
      "FORMER_VALUE|进出口贸易总额1.15万亿美元，由上年居世界第四位上升为第三位。|第四位",
      "FORMER_VALUE|城乡居民基础养老金最低标准从每月70元提高到88元。|70元",
      "FORMER_VALUE|将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。|600元",
      "FORMER_VALUE|开发区和工业园区由162个整合为123个。|162个",
      "FORMER_VALUE|小规模纳税人增值税起征点从月销售额3万元提高到10万元。|3万元",
      "FORMER_VALUE|城镇居民基本医疗保险试点城市由上年的88个增加到317个。|88个",
      "CONVERTED_FIGURE|出口1000亿元，折合140亿美元。|140亿美元",
      "STREAK|打击治理电信网络诈骗成效连续5个季度居全国前列。|5个",
      "PER_UNIT|每个县至少建成1个高品质夜经济特色集聚区、20个示范村。|20个",
      "PER_UNIT|支持各县集中资源发展1-2个主导产业。|1-2个",
      "PER_UNIT|每个集聚区集中力量抓好2-3个技术领先企业。|2-3个",
      "STRUCTURAL_COUNT|重点做好以下10个方面工作。|10个",
      "STRUCTURAL_COUNT|全面开展7大领域101类群众身边不正之风和腐败问题集中整治。|101类",
      "STRUCTURAL_COUNT|形成电子信息、装备制造等5个产业集群。|5个",
      "STRUCTURAL_COUNT|长白山、三江、吉光3个省实验室挂牌运行。|3个",
      "STRUCTURAL_COUNT|“省市共建、一室一策”支持长白山、三江、吉光3个省实验室高效运营。|3个",
      "POLICY_ARTICLES|出台稳就业20条措施。|20条",
      "POLICY_ARTICLES|实施稳经济30项举措。|30项",
      "POLICY_ARTICLES|实施17条稳就业、8条青年就业创业政策措施。|17条",
      "POLICY_ARTICLES|“三项改革”新20条措施落地实施。|20条",
      "PRIORITY|必须坚持把人民群众利益放在第一位。|第一位",
      "DETAIL|引进亿元以上项目793个，其中12条重点产业链项目占比达84.4%。|84.4%",
      "DETAIL|在建项目投资超万亿元，其中沿边临港产业园区工业投资增长38%。|38%",
      "FRAMEWORK_COUNT|组织实施重大科技创新资源重组等10项牵引性集成改革。|10项",
      "FRAMEWORK_COUNT|整合建立18条标志性产业链和66条重点产业链。|66条",
      "FRAMEWORK_COUNT|统筹20亿元实施6个重大科技专项。|6个",
      "COMPARISON|全省生产总值增长5%，高于全国0.5个百分点。|0.5个百分点",
      "COMPARISON|单位地区生产总值能耗约为全国平均的70%。|70%",
      "STRUCTURAL_ASPECTS|重点抓好5个方面工作。|5个",
      "MILESTONE|全市生产总值完成3082.8亿元，首次突破3000亿元大关，增长7.2%。|3000亿元",
      "MILESTONE|城镇居民人均可支配收入突破万元，达到10234元。|万元",
      "MILESTONE|人均生产总值跨越4万元大关，达到4.1万元。|4万元",
      "STEPS_PASSED|全省生产总值连跨3个千亿元台阶，达到5.3万亿元。|3个",
      "NO_NAME|实施好200项。|200项",
      "PEOPLE|汇聚960万天中人民的智慧和力量。|960万",
      "PEOPLE|1000万保定人民众志成城。|1000万",
      "PEOPLE|在我们这样一个13亿人口的发展中国家，要扩大城乡就业。|13亿人",
      "PEOPLE|7100万江淮儿女倍感温暖。|7100万",
      "PEOPLE|凝聚880多万天中儿女的力量。|880多万天",
      "PEOPLE|确保近14亿中国人的饭碗牢牢端在自己手中。|14亿",
      "SET_JOINED|长春入围国家首批20个“车路云一体化”试点城市。|20个",
      "SET_JOINED|产销对接消费扶贫模式获评河北省26个产业扶贫典型案例。|26个",
      "SET_JOINED|东北虎豹国家公园成为全国首批5个国家公园之一。|5个",
      "TRIBUTE|党的十八大以来，习近平总书记9次考察河北、3次踏上保定这片热土。|9次",
      "TRIBUTE|党的十八大以来，习近平总书记9次考察河北、3次踏上保定这片热土。|3次",
      "PEOPLE|在我们这样一个13亿人口的大国，就业是头等大事。|13亿人",
  })
  void eachRuleKeepsItsFigureOutUnderItsCode(Rule rule, String sentence, String figure) {
    Diagnostic d = diagnosticOf(sentence, figure);
    assertThat(d.code()).isEqualTo(rule.decoy().code);
  }

  @Test
  void everyRuleHasARowAndANameOfItsOwn() throws NoSuchMethodException {
    CsvSource rows = RuleTest.class.getDeclaredMethod("eachRuleKeepsItsFigureOutUnderItsCode", Rule.class,
        String.class, String.class).getAnnotation(CsvSource.class);
    Set<Rule> tested = Arrays.stream(rows.value()).map(row -> Rule.valueOf(row.substring(0, row.indexOf('|'))))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    tested.add(Rule.RESTATED_TARGET); // a rule of the plan year: its row is a test of its own below
    Set<Rule> untestedByRow = EnumSet.complementOf(EnumSet.copyOf(tested));
    // UNCLEAR_NAME needs a name over forty characters: its row is the next test.
    assertThat(untestedByRow).containsExactly(Rule.UNCLEAR_NAME);
    assertThat(Arrays.stream(Rule.values()).map(Enum::name).collect(Collectors.toSet())).hasSize(Rule.values().length);
  }

  /** The RESTATED_TARGET row: a sentence of the plan year that names the year's targets outside the passage. */
  @Test
  void aPlanYearSentenceNamingTheTargetsRestatesThem() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n全省生产总值增长5.4%。\n"
        + "二、2025年工作安排\n确保实现生产总值增长5%左右的预期目标。新建农村公路20条。\n");
    assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("'5%左右'")).extracting(Diagnostic::code)
        .containsExactly(Rule.RESTATED_TARGET.decoy().code);
    assertThat(r.targets()).extracting(t -> t.quantity().get().toString()).containsExactly("20条");
  }

  @Test
  void countsOfArticlesOtherThanAPolicysStay() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n新建农村公路20条。"
        + "新开通国际航线12条。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("新建农村公路", "20条"), tuple("国际航线", "12条"));
  }

  /**
   * A count with a bound or 多 after a list closed by 等 counts things of those kinds, not the list (the
   * STRUCTURAL_COUNT row's "电子信息、装备制造等5个产业集群" restates the list's length).
   */
  @Test
  void aBoundedCountAfterAListClosedByDengIsAQuantity() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "新组建省实验室、产业创新研究院等10家以上。办理群众服务热线、市长信箱等3700多条。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString(), a -> a.bound())
        .containsExactly(tuple("省实验室、产业创新研究院", "10家", io.github.govreport.model.Bound.AT_LEAST),
            tuple("群众服务热线、市长信箱", "3700条", io.github.govreport.model.Bound.AT_LEAST));
  }

  /** 各县 may gather the parts: a figure after it is their total, not a guideline per county, save a count of one. */
  @Test
  void aFigureOfAllTheCountiesIsTheirTotal() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n各县实施百城建设提质项目382个。"
        + "各乡镇至少建成1个文化站。\n");
    assertThat(r.actuals()).extracting(a -> a.quantity().get().toString()).containsExactly("382个");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(io.github.govreport.model.DiagnosticCode.PER_UNIT_SKIPPED);
  }

  /**
   * A list closed by 等 and a count names a designated set (the STRUCTURAL_COUNT rows), save where a verb of things
   * made governs it (新 before it too) or closes the noun after the count (…项目建设), or the noun is of projects
   * ({@code PROJECT_NOUNS}): then the count is of the things made, named by the noun after it.
   */
  @Test
  void aCountAfterAListOfThingsMadeIsAQuantityOfTheNounAfterIt() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "启动建设芯片、机器人、无人机等3个创新型产业集群。建成投用重庆东站、渝湘复线高速等340个市级重点项目。"
        + "宁波、温州、湖州、绍兴、金华等5个城市以主办姿态扛起协办责任。新开通海拉尔至香港、上海等6条航线。"
        + "抓好泰普森户外休闲产业园二期、平煤神马尼龙新材料产业园等595个重点工业项目建设。"
        + "雄商、津潍、济滨、济枣、潍宿及青岛连接线等6个高铁项目加快推进。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("创新型产业集群", "3个"), tuple("市级重点项目", "340个"), tuple("航线", "6条"),
            tuple("重点工业项目", "595个"), tuple("高铁项目", "6个"));
    assertThat(diagnosticOf("宁波、温州、湖州、绍兴、金华等5个城市以主办姿态扛起协办责任。", "5个").code())
        .isEqualTo(Rule.STRUCTURAL_COUNT.decoy().code);
  }

  /**
   * A count as large as the list right before it counts its items (the STRUCTURAL_COUNT row of 3个省实验室), but not a
   * count after a list of places a verb of making follows, nor one that is an item of the list itself.
   */
  @Test
  void aCountAsLargeAsTheListBeforeItCountsItsItemsOnlyRightAfterIt() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "在易县、蠡县、高阳新建3个规模化牧场。"
        + "市妇幼综合体、市中医院新院区、2个省级区域医疗中心建成。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("新建规模化牧场", "3个"), tuple("省级区域医疗中心", "2个"));
  }

  @Test
  void oneExampleBeforeDengIsNotAListThatCountsTheText() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n建成高青至商河等34个续建项目。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("续建项目", "34个"));
  }

  @Test
  void theLevelReachedAfterAThresholdTakesItsName() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "全省高速公路总里程突破8000公里、达8184公里。全市A级旅游景区超过20个，实现5A级旅游景区零的突破。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString(), a -> a.bound())
        .containsExactly(tuple("高速公路总里程", "8184公里", io.github.govreport.model.Bound.EXACT),
            tuple("A级旅游景区", "20个", io.github.govreport.model.Bound.AT_LEAST));
  }

  @Test
  void aVerbOfAFallBeforeItsNameMakesTheFigureAFall() {
    Report r = PARSER.parse("2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "压减地下水开采量1.57亿立方米。减免社保费541亿元。\n");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString(), a -> a.measure())
        .containsExactly(tuple("地下水开采量", "-1.57亿立方米", io.github.govreport.model.Measure.GROWTH),
            tuple("社保费", "541亿元", io.github.govreport.model.Measure.LEVEL));
  }

  @Test
  void aNameTooLongToTellApartIsUnclear() {
    String longName = "在全面深化改革扩大开放推动高质量发展建设现代化经济体系加快构建新发展格局的过程中持续推进的各项重点工作";
    Diagnostic d = diagnosticOf(longName + "完成率达到98%。", "98%");
    assertThat(d.code()).isEqualTo(Decoy.UNCLEAR_NAME.code);
  }

  @Test
  void theFirstRuleThatAppliesDecides() {
    // 10亿元 qualifies the name (QUALIFYING_FIGURE) though it also follows a comparison word.
    Diagnostic d = diagnosticOf("高于全国的10亿元以上项目200个。", "10亿元");
    assertThat(d.code()).isEqualTo(Decoy.QUALIFYING_FIGURE.code);
  }
}
