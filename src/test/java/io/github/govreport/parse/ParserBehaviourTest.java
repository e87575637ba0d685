package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Program;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Target;
import io.github.govreport.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the parser reads the ways reports write things, one behaviour per test, on small texts. */
class ParserBehaviourTest {

  static final ReportParser PARSER = ReportParser.create();

  static Report report(String review, String targets, String tasks) {
    return PARSER.parse(text(review, targets, tasks));
  }

  static String text(String review, String targets, String tasks) {
    return "2025年某省政府工作报告\n一、2024年工作回顾\n" + review + "\n二、2025年工作安排\n主要预期目标是："
        + targets + "\n三、2025年重点工作\n" + tasks + "\n";
  }

  static Target mainTarget(String clause) {
    List<Target> main = report("", clause, "").targets(Scope.MAIN);
    assertThat(main).as("targets of %s", clause).hasSize(1);
    return main.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "生产总值增长5.5%左右 | 5.5 | | % | ABOUT",
      "生产总值增长５．５％左右 | 5.5 | | % | ABOUT",
      "生产总值增长百分之五左右 | 5 | | % | ABOUT",
      "生产总值增长4.5%—5% | 4.5 | 5 | % | EXACT",
      "生产总值增长4.5%-5% | 4.5 | 5 | % | EXACT",
      "生产总值增长4.5-5% | 4.5 | 5 | % | EXACT",
      "生产总值增长5%至6% | 5 | 6 | % | EXACT",
      "生产总值增长6%—6.5%左右 | 6 | 6.5 | % | ABOUT",
      "城镇调查失业率控制在5.5%以内 | 5.5 | | % | AT_MOST",
      "城镇调查失业率不高于5.5% | 5.5 | | % | AT_MOST",
      "城镇调查失业率控制在5.5%左右 | 5.5 | | % | ABOUT",
      "城镇新增就业70万人以上 | 70 | | 万人 | AT_LEAST",
      "城镇新增就业不少于70万人 | 70 | | 万人 | AT_LEAST",
      "城镇新增就业超过70万人 | 70 | | 万人 | AT_LEAST",
      "粮食产量突破1300亿斤 | 1300 | | 亿斤 | AT_LEAST",
      "城镇新增就业一千二百万人 | 1200 | | 万人 | EXACT",
      "进出口总额1,234.5亿元 | 1234.5 | | 亿元 | EXACT",
      "研发投入强度达到3.2% | 3.2 | | % | EXACT",
      "单位GDP能耗下降2%左右 | -2 | | % | ABOUT",
      "城镇化率提高0.9个百分点 | 0.9 | | 个百分点 | EXACT",
      "PM2.5平均浓度不高于25微克每立方米 | 25 | | 微克每立方米 | AT_MOST",
      "企业开办时间压缩至3个工作日以内 | 3 | | 个工作日 | AT_MOST",
      "天然气产量370亿方以上 | 370 | | 亿方 | AT_LEAST",
      "出入境交通工具5万辆（艘、架、列）次 | 5 | | 万辆（艘、架、列）次 | EXACT",
  })
  void readsFiguresWrittenEveryWay(String clause, String value, String upper, String unit, Bound bound) {
    Target t = mainTarget(clause);
    assertThat(t.quantity().get().value()).isEqualByComparingTo(value);
    if (upper == null) {
      assertThat(t.quantity().get().upper()).isEmpty();
    } else {
      assertThat(t.quantity().get().upper()).hasValueSatisfying(u -> assertThat(u).isEqualByComparingTo(upper));
    }
    assertThat(t.quantity().get().unit().symbol()).isEqualTo(unit);
    assertThat(t.bound()).isEqualTo(bound);
  }

  @Test
  void readsPercentagePointsApartFromPercent() {
    Target t = mainTarget("城镇化率提高0.9个百分点");
    assertThat(t.quantity().get().unit()).isEqualTo(Unit.PERCENTAGE_POINTS);
    assertThat(t.measure()).isEqualTo(Measure.GROWTH);
  }

  @Test
  void readsAStretchGoal() {
    Report r = report("", "生产总值增长5%左右", "力争实际使用外资200亿美元以上，新增高新技术企业500家。");
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name(), Target::stretch)
        .containsExactly(tuple("实际使用外资", true), tuple("新增高新技术企业", false));
  }

  @Test
  void aStretchGoalAfterAListedTaskIsNotSharedWithIt() {
    Report r = report("", "生产总值增长5%左右", "做实打响“旅居云南”新品牌、力争旅居人数达600万，加快打造世界旅游目的地。"
        + "建设1个具有儿童（含新生儿）重症救治Ⅲ级水平的省级儿童医学救治中心。");
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString(),
        Target::stretch).containsExactly(
        tuple("旅居人数", "600万", true),
        tuple("省级儿童医学救治中心", "1个", false));
  }

  /** A report whose text is a review of 2024 made of {@code body} alone. */
  private static String review(String body) {
    return "2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n" + body;
  }

  /** The text under each diagnostic of {@code code}, in order. */
  private static List<String> spans(Report r, String text, DiagnosticCode code) {
    return r.diagnostics().stream().filter(d -> d.code() == code).map(d -> d.span().textIn(text)).toList();
  }

  /** A figure in the title of a part of the speech is read as no sentence, and said so: nothing is dropped unseen. */
  @Test
  void aFigureInAPartHeadingIsReportedNotDropped() {
    String text = review("过去一年，新建学校10所。\n二、全年地区生产总值增长5.2%，城镇新增就业50万人\n全年新建道路100公里。\n");
    Report r = PARSER.parse(text);
    assertThat(r.actuals()).extracting(a -> a.indicator().name()).containsExactly("新建学校", "新建道路");
    assertThat(spans(r, text, DiagnosticCode.UNCLASSIFIED_FIGURE)).containsExactly("5.2%", "50万人");
  }

  /** A multiple of a base written right before it compares; one with no base and no change is unclassified, said so. */
  @Test
  void aMultipleOfABaseIsAComparison() {
    String text = review("重点项目完成投资274.2亿元，是上年的2.37倍。市场主体达39万户，是“十二五”末的2倍。旅游收入为3倍。"
        + "销售额、旅游收入分别是2006年的21.6倍和7倍。\n");
    Report r = PARSER.parse(text);
    assertThat(spans(r, text, DiagnosticCode.COMPARISON_SKIPPED)).containsExactly("2.37倍", "2倍", "21.6倍", "7倍");
    assertThat(spans(r, text, DiagnosticCode.UNCLASSIFIED_FIGURE)).containsExactly("3倍");
  }

  /** A clause that opens with a word pointing back at the targets (这个指标) remarks on them and sets none. */
  @Test
  void aRemarkOnTheTargetsIsNoTarget() {
    List<Target> main = report("", "地区生产总值增长8.5%，这个指标是指导性的，城镇登记失业率控制在3.5%左右", "").targets();
    assertThat(main).extracting(t -> t.indicator().name(), Target::bound).containsExactly(
        tuple("地区生产总值", Bound.EXACT), tuple("城镇登记失业率", Bound.ABOUT));
  }

  @Test
  void readsSharedSubjectsAndInStepTargets() {
    List<Target> main = report("", "一般公共预算收入、城乡居民收入与经济增长同步，国际收支保持基本平衡", "").targets();
    assertThat(main).extracting(t -> t.indicator().name(), Target::bound).containsExactly(
        tuple("一般公共预算收入", Bound.IN_STEP_WITH), tuple("城乡居民收入", Bound.IN_STEP_WITH),
        tuple("国际收支", Bound.QUALITATIVE));
    assertThat(main.get(0).reference().get().key()).hasValue(IndicatorKey.GDP);
    assertThat(main.get(2).quantity()).isEmpty();
  }

  @Test
  void distributesRespectivelyOverAList() {
    Report r = report("城镇和农村居民人均可支配收入分别增长5.2%、7.3%。城乡居民人均可支配收入分别增长4.4%、5.8%。"
        + "红旗汽车产销量分别增长22.9％和17.4％。规模以上工业发电量、全社会用电量、西电东送电量分别增长10.6%、10.9%、22.9%。", "", "");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.value().toPlainString()).containsExactly(
        tuple("城镇居民人均可支配收入", "5.2"), tuple("农村居民人均可支配收入", "7.3"),
        tuple("城镇居民人均可支配收入", "4.4"), tuple("农村居民人均可支配收入", "5.8"),
        tuple("红旗汽车产量", "22.9"), tuple("红旗汽车销量", "17.4"),
        tuple("规模以上工业发电量", "10.6"), tuple("全社会用电量", "10.9"), tuple("西电东送电量", "22.9"));
    assertThat(r.actuals().get(0).indicator().key()).hasValue(IndicatorKey.URBAN_INCOME);
    assertThat(r.actuals().get(1).indicator().key()).hasValue(IndicatorKey.RURAL_INCOME);
  }

  @Test
  void aListJoinedByCommasAndAndIsSplitAtBoth() {
    Report r = report("农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率分别达75%、92%、57%。", "",
        "农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理（管控）率均提高3个百分点。"
        + "数字经济核心产业制造业、高新技术产业、战略性新兴产业增加值分别增长8%、7%、6%。");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString()).containsExactly(
        tuple("农村卫生户厕覆盖率", "75%"), tuple("农村生活垃圾处理设施覆盖率", "92%"),
        tuple("农村生活污水治理（管控）率", "57%"));
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString())
        .containsExactly(
            tuple("农村卫生户厕覆盖率", "3个百分点"), tuple("农村生活垃圾处理设施覆盖率", "3个百分点"),
            tuple("农村生活污水治理（管控）率", "3个百分点"),
            tuple("数字经济核心产业制造业增加值", "8%"), tuple("高新技术产业增加值", "7%"),
            tuple("战略性新兴产业增加值", "6%"));
  }

  @Test
  void aScopeWrittenOnceBeforeAListIsCarriedToItsItemsButNotToKnownIndicators() {
    Report r = report("城镇调查失业率、居民消费价格涨幅分别为5.1%、0.2%。农村公路、桥梁投资分别增长5%、6%。", "", "");
    assertThat(r.actuals()).extracting(a -> a.indicator().name()).containsExactly(
        "城镇调查失业率", "居民消费价格", "农村公路投资", "农村桥梁投资");
  }

  @Test
  void readsElliptialChainsFallsAndEstimates() {
    Report r = report("市场主体达1034万户，增长9.6%。生产安全事故起数下降11.3%。全社会研发投入强度预计达3.15%。"
        + "区域创新能力居全国第4位，出口占全国份额达15%。", "", "");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), Actual::measure, a -> a.quantity().get().toString(),
        Actual::estimated).containsExactly(
        tuple("市场主体", Measure.COUNT, "1034万户", false),
        tuple("市场主体", Measure.GROWTH, "9.6%", false),
        tuple("生产安全事故起数", Measure.GROWTH, "-11.3%", false),
        tuple("全社会研发投入强度", Measure.RATE, "3.15%", true),
        tuple("区域创新能力", Measure.RANK, "4位", false),
        tuple("出口占全国份额", Measure.SHARE, "15%", false));
  }

  /**
   * A qualitative main target is named by what it holds to: adverbs, stretch words and the verb of a task before it
   * leave (继续, 确保, 力争, 完成: names.tsv), a verb before quoted slogans leaves and the slogans name it, a predicate
   * word inside a slogan (同步) does not end the name.
   */
  @Test
  void namesAQualitativeTargetByWhatItHoldsTo() {
    List<Target> main = report("", "继续保持“三个同步”“三个高于”，地区生产总值增长5%左右，确保完成国家下达的节能减排约束性指标",
        "").targets();
    assertThat(main).extracting(t -> t.indicator().name(), Target::bound).containsExactly(
        tuple("“三个同步”“三个高于”", Bound.QUALITATIVE), tuple("地区生产总值", Bound.ABOUT),
        tuple("国家下达的节能减排约束性指标", Bound.QUALITATIVE));
  }

  /** A qualitative main target that says what it achieves (取得新…) is named by what achieves it. */
  @Test
  void aQualitativeTargetOfAchievingIsNamedByWhatAchieves() {
    List<Target> main = report("", "绿色发展取得新提升，开放发展取得新突破，地区生产总值增长5%左右", "").targets();
    assertThat(main).extracting(t -> t.indicator().name(), Target::bound).containsExactly(
        tuple("绿色发展", Bound.QUALITATIVE), tuple("开放发展", Bound.QUALITATIVE), tuple("地区生产总值", Bound.ABOUT));
  }

  /**
   * A per-capita word before a change is no name (人均, 年人均, 月人均), and a figure that names nothing after a clause
   * that says what changes takes that clause's subject.
   */
  @Test
  void aPerCapitaChangeTakesTheSubjectOfTheClauseBefore() {
    String review = "企业退休人员养老金标准继续提高，年人均提高2556元。退休人员养老金待遇人均提高5%。";
    assertThat(PARSER.parse(text(review, "", "")).actuals()).extracting(a -> a.indicator().name(),
        a -> a.quantity().get().toString()).containsExactly(tuple("企业退休人员养老金标准", "2556元"),
        tuple("退休人员养老金待遇", "5%"));
    assertThat(PARSER.parse(text("万亿产业、国家先进制造业集群从无到有，分别达2个、3个。", "", "")).actuals())
        .extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("万亿产业", "2个"), tuple("国家先进制造业集群", "3个"));
    List<Target> tasks = report("", "生产总值增长5%左右", "提高城乡居民基础养老金最低标准，月人均提高20元。")
        .targets(Scope.TASK);
    assertThat(tasks).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString())
        .containsExactly(tuple("城乡居民基础养老金最低标准", "20元"));
  }

  /** 增产 and 减产 are changes of output: 粮食增产12.5亿斤 is grain output's rise, not a level named 粮食增产. */
  @Test
  void aRiseOfOutputIsAChange() {
    assertThat(PARSER.parse(text("粮食增产12.5亿斤。", "", "")).actuals()).extracting(a -> a.indicator().key().orElse(null),
        Actual::measure, a -> a.quantity().get().toString())
        .containsExactly(tuple(IndicatorKey.GRAIN_OUTPUT, Measure.GROWTH, "12.5亿斤"));
  }

  /** A count of persons whose name opens with 为 or 对 counts whom it serves (为残疾儿童免费提供康复训练1.2万人). */
  @Test
  void aCountOfPersonsServedCountsWhomItServes() {
    assertThat(PARSER.parse(text("为残疾儿童免费提供康复训练1.2万人。对上消化道癌高危人群开展内镜检查5万人。", "", ""))
        .actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .containsExactly(tuple("残疾儿童", "1.2万人"), tuple("上消化道癌高危人群", "5万人"));
  }

  @Test
  void readsResultsStatedInWords() {
    String review = "就业形势总体稳定，城镇调查失业率均值保持历史最好水平，高校毕业生毕业去向落实率为近七年最高。"
        + "全省粮食总产再创历史新高。";
    String text = text(review, "", "城镇调查失业率保持历史最好水平。");
    Report r = PARSER.parse(text);
    assertThat(r.actuals()).extracting(a -> a.indicator().key().orElseThrow(), Actual::measure, Actual::bound,
        Actual::quantity, Actual::text).containsExactly(
        tuple(IndicatorKey.SURVEYED_UNEMPLOYMENT, Measure.OTHER, Bound.QUALITATIVE, Optional.empty(),
            "城镇调查失业率均值保持历史最好水平"),
        tuple(IndicatorKey.GRAIN_OUTPUT, Measure.OTHER, Bound.QUALITATIVE, Optional.empty(), "全省粮食总产再创历史新高"));
    Actual first = r.actuals().get(0);
    assertThat(text.substring(first.span().start(), first.span().end())).isEqualTo(first.text());
    assertThat(r.actual(IndicatorKey.SURVEYED_UNEMPLOYMENT)).contains(first);
    assertThat(r.targets()).as("the plan part sets no result").isEmpty();
  }

  /** A target of the year reviewed said met, under any name; an adverb alone before the predicate names nothing. */
  @Test
  void readsATargetOfTheYearReviewedSaidMet() {
    Report r = PARSER.parse(text("全市生产总值增长9%，超额完成年度目标；节能减排完成省定目标。", "", ""));
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), Actual::bound, Actual::text).containsExactly(
        tuple("生产总值", Bound.EXACT, "全市生产总值增长9%"), tuple("节能减排", Bound.QUALITATIVE, "节能减排完成省定目标"));
  }

  @Test
  void aResultInWordsNeedsAnIndicatorTheCatalogKnowsAndNoFigure() {
    Report r = report("就业形势保持稳定。城镇调查失业率均值为5.1%，保持历史最好水平。", "", "");
    assertThat(r.actuals()).extracting(Actual::bound, Actual::text)
        .containsExactly(tuple(Bound.EXACT, "城镇调查失业率均值为5.1%"));
  }

  @Test
  void aFigureStatedAlsoInWordsIsPreferredByTheLookup() {
    Report r = report("城镇调查失业率保持历史最好水平。全年城镇调查失业率平均为5.1%。", "", "");
    assertThat(r.actuals()).hasSize(2);
    assertThat(r.actual(IndicatorKey.SURVEYED_UNEMPLOYMENT)).hasValueSatisfying(
        a -> assertThat(a.value()).isEqualByComparingTo("5.1"));
  }

  @Test
  void doesNotReportDecoysAsTheYearsFigures() {
    Report r = report("五年来，地区生产总值年均增长6.1%，城镇新增就业累计300万人。", "生产总值增长5%左右",
        "到2030年，研发投入强度达到3.5%。“十五五”时期经济年均增长5%左右。今年新增高新技术企业500家。");
    assertThat(r.actuals()).isEmpty();
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name()).containsExactly("新增高新技术企业");
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.FIVE_YEAR_FIGURE_SKIPPED).isNotEmpty();
  }

  @Test
  void skipsQuartersAndComparisons() {
    Report r = report("一季度增长5.3%，全年增长5.5%、高于全国0.5个百分点。", "", "");
    assertThat(r.actuals()).isEmpty();
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.PART_YEAR_SKIPPED)
        .singleElement().satisfies(d -> assertThat(d.message()).contains("5.3%"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.UNCLASSIFIED_FIGURE) // 全年 names nothing
        .singleElement().satisfies(d -> assertThat(d.message()).contains("5.5%"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.COMPARISON_SKIPPED)
        .singleElement().satisfies(d -> assertThat(d.message()).contains("0.5个百分点"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what the review says of itself and which regions it names | the region
      "在省委坚强领导下，浙江全省生产总值增长6%，浙江出口增长5%，浙江进口增长3%。 | 浙江省",
      "在市委坚强领导下，上海全市生产总值增长5%，上海出口增长5%，上海进口增长3%，全市就业稳定。 | 上海市",
      "在市委坚强领导下，杭州全市生产总值增长6%，浙江出口增长5%，浙江进口增长3%，浙江就业稳定。 | ",
      "在省委坚强领导下，全省生产总值增长6%，浙江出口增长5%，浙江进口增长3%，江苏、江苏就业稳定。 | ",
      "全省生产总值增长6%，浙江出口增长5%，浙江进口增长3%，浙江就业稳定。 | ",
  })
  void infersTheRegionOnlyWhenTheTextSpeaksOfItselfAsOne(String review, String region) {
    Report r = PARSER.parse("政府工作报告摘要\n一、2023年工作回顾\n" + review + "\n二、2024年工作安排\n主要预期目标是："
        + "生产总值增长5%左右。\n");
    assertThat(r.region().map(Region::name)).isEqualTo(Optional.ofNullable(region));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.REGION_INFERRED)
        .hasSize(region == null ? 0 : 1);
  }

  @Test
  void aRegionInTheTitleIsNotSecondGuessed() {
    Report r = PARSER.parse("2024年杭州市政府工作报告\n一、2023年工作回顾\n在省委坚强领导下，全省、全省、浙江、浙江、浙江。\n");
    assertThat(r.region().map(Region::name)).hasValue("杭州市");
    assertThat(r.diagnostics()).extracting(d -> d.code()).doesNotContain(DiagnosticCode.REGION_INFERRED);
  }

  @Test
  void readsProgrammesByTheirSuffix() {
    Report r = report("", "生产总值增长5%左右", "实施“金芙蓉”跃升行动，设立“金芙蓉”投资基金，推进“两重”项目建设，"
        + "谋划“十五五”规划重大项目，深化“地瓜经济”。再次实施“金芙蓉”跃升行动。");
    assertThat(r.programs()).extracting(Program::name, p -> p.nickname().orElseThrow()).containsExactly(
        tuple("“金芙蓉”跃升行动", "金芙蓉"), tuple("“金芙蓉”投资基金", "金芙蓉"), tuple("“两重”项目", "两重"));
  }

  @Test
  void readsMarkdownHtmlAndBrokenLines() {
    String text = "# 2025年某市政府工作报告\n\n## 一、2024年工作回顾\n\n　　**经济平稳**。全市生产总值增长5%，"
        + "PM<sub>2.5</sub>平均浓度降至28微克/立方米。\n\n本报记者 张三 摄\n\n## 二、2025年工作安排\n\n"
        + "主要预期目标\n为：地区生产总值增长5.5%左右，城镇调查失业率5.5%以内。\n";
    Report r = PARSER.parse(text);
    assertThat(r.title()).hasValue("2025年某市政府工作报告");
    assertThat(r.region().map(Region::name)).hasValue("某市");
    assertThat(r.actuals()).extracting(Actual::text).containsExactly("全市生产总值增长5%",
        "PM<sub>2.5</sub>平均浓度降至28微克/立方米");
    assertThat(r.targets(Scope.MAIN)).extracting(t -> t.indicator().key().orElseThrow())
        .containsExactly(IndicatorKey.GDP, IndicatorKey.SURVEYED_UNEMPLOYMENT);
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.NOISE_SKIPPED,
        DiagnosticCode.MARKUP_SKIPPED);
  }

  @Test
  void saysSoWhenThereIsNothingToRead() {
    assertThat(PARSER.parse("").diagnostics()).extracting(d -> d.code()).containsExactly(DiagnosticCode.EMPTY_INPUT);
    Report r = PARSER.parse("这是一段普通的文字，没有任何数字。");
    assertThat(r.targets()).isEmpty();
    assertThat(r.diagnostics()).extracting(d -> d.code())
        .contains(DiagnosticCode.NO_MAIN_TARGETS, DiagnosticCode.YEAR_NOT_FOUND);
  }

  @Test
  void failsFastOnNullArguments() {
    assertThatThrownBy(() -> PARSER.parse((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> PARSER.parse((Path) null)).hasMessageContaining("file");
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(new byte[0]), null)).hasMessageContaining("charset");
    assertThatThrownBy(() -> ReportParser.builder().addWording(null, "x")).hasMessageContaining("key");
  }

  @Test
  void readsFilesStreamsAndReaders(@TempDir Path dir) throws Exception {
    String text = "2025年某省政府工作报告\n主要预期目标是：地区生产总值增长5%左右。";
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, text.getBytes(Charset.forName("GBK")));
    Report fromGbk = PARSER.parse(gbk);
    assertThat(fromGbk.targets()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("地区生产总值增长5%左右"));
    assertThat(fromGbk.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.CHARSET_CHOSEN)
        .singleElement().satisfies(d -> assertThat(d.message()).startsWith("read as GB18030"));
    Path bom = dir.resolve("bom.txt");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(bom, withBom);
    Report fromBom = PARSER.parse(bom);
    assertThat(fromBom.diagnostics()).extracting(d -> d.code() + ": " + d.message())
        .containsExactly("CHARSET_CHOSEN: read as UTF-8: the file starts with its byte-order mark",
            "REGION_NOT_IN_TABLE: the region 某省 (the title) is in no table of divisions; kept as written");
    assertThat(withoutCharset(fromBom)).isEqualTo(PARSER.parse(text));
    assertThat(PARSER.parse(new StringReader(text))).isEqualTo(PARSER.parse(text));
    Report fromStream = PARSER.parse(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
    assertThat(fromStream.diagnostics()).extracting(d -> d.message()).containsExactly("read as UTF-8: as asked",
        "the region 某省 (the title) is in no table of divisions; kept as written");
    assertThat(withoutCharset(fromStream)).isEqualTo(PARSER.parse(text));
  }

  static Report withoutCharset(Report r) {
    return Report.builder().from(r).diagnostics(r.diagnostics().stream()
        .filter(d -> d.code() != DiagnosticCode.CHARSET_CHOSEN).collect(java.util.stream.Collectors.toList())).build();
  }

  @Test
  void takesExtraWordingsFromItsBuilder() {
    ReportParser custom = ReportParser.builder().addWording(IndicatorKey.GDP, "全域经济产出").build();
    String text = "主要预期目标是：全域经济产出增长5%左右。";
    assertThat(custom.parse(text).targets().get(0).indicator().key()).hasValue(IndicatorKey.GDP);
    assertThat(PARSER.parse(text).targets().get(0).indicator().key()).isEmpty();
  }

  @Test
  void readsAPassageOfLabelledItemsCarryingNamesAcrossClauses() {
    Report r = report("", "（1）地区生产总值增长6%左右，力争7%；（2）城镇调查失业率5.5%以内；（3）居民收入增长与经济增长同步", "");
    assertThat(r.targets(Scope.MAIN)).extracting(t -> t.indicator().name(), t -> t.quantity().map(Object::toString)
        .orElse(null), Target::bound, Target::stretch).containsExactly(
        tuple("地区生产总值", "6%", Bound.ABOUT, false),
        tuple("地区生产总值", "7%", Bound.EXACT, true),
        tuple("城镇调查失业率", "5.5%", Bound.AT_MOST, false),
        tuple("居民收入", null, Bound.IN_STEP_WITH, false));
  }

  @Test
  void readsAPassageUnderAHeadingOfItsOwn() {
    Report r = PARSER.parse("2025年某市政府工作报告\n一、2024年工作回顾\n全市地区生产总值增长5.3%。\n二、2025年工作安排\n"
        + "（二）主要预期目标\n地区生产总值增长6%左右，城镇调查失业率5.5%以内。\n（三）重点任务\n新增高新技术企业100家。\n");
    assertThat(r.targets(Scope.MAIN)).extracting(t -> t.indicator().key().orElseThrow())
        .containsExactly(IndicatorKey.GDP, IndicatorKey.SURVEYED_UNEMPLOYMENT);
    assertThat(r.targets(Scope.TASK)).extracting(Target::text).containsExactly("新增高新技术企业100家");
  }

  @Test
  void findsTheYearsInTheTextWhenTitleAndHeadingsGiveNone() {
    Report r = PARSER.parse("政府工作报告\n一、过去一年工作回顾\n2024年，全市地区生产总值增长5.3%。\n二、今年工作安排\n"
        + "主要预期目标是：地区生产总值增长6%左右。\n");
    assertThat(r.reviewYear()).hasValue(2024);
    assertThat(r.planYear()).hasValue(2025);
    assertThat(PARSER.parse("政府工作报告\n2025年经济社会发展主要预期目标是：地区生产总值增长6%左右。").planYear()).hasValue(2025);
  }

  @Test
  void lendsTheNameBeforeToListsOfModifiers() {
    Report r = report("全体居民人均可支配收入增长5.3%，其中城镇、农村分别增长4.5%、6.2%。", "", "");
    assertThat(r.actuals()).extracting(a -> a.indicator().key().orElseThrow(), a -> a.value().toPlainString())
        .containsExactly(tuple(IndicatorKey.RESIDENT_INCOME, "5.3"), tuple(IndicatorKey.URBAN_INCOME, "4.5"),
            tuple(IndicatorKey.RURAL_INCOME, "6.2"));
  }

  @Test
  void keepsOneFigureForACollectiveAndSkipsConversions() {
    Report r = report("集成电路、生物医药、人工智能三大先导产业规模突破2万亿元。实际使用外资达到160.6亿美元、折合1148亿元人民币。",
        "", "");
    assertThat(r.actuals()).extracting(Actual::text).containsExactly(
        "集成电路、生物医药、人工智能三大先导产业规模突破2万亿元", "实际使用外资达到160.6亿美元");
  }

  @Test
  void endsThePassageWhereItsExplanationStarts() {
    Report r = PARSER.parse("2025年某省政府工作报告\n主要预期目标是：地区生产总值增长5%左右，国际收支保持基本平衡。"
        + "提出上述目标，综合考虑了各方面因素，体现稳中求进。\n");
    assertThat(r.targets()).extracting(Target::text).containsExactly("地区生产总值增长5%左右", "国际收支保持基本平衡");
  }

  /** A verb of change before a count governs the things counted after it: the figure is their count, no change. */
  @Test
  void aCountOfThingsAfterAVerbOfChangeIsACount() {
    Report r = report("", "生产总值增长5%左右", "增加1万个普通高中学位，推动4个国家级外贸基地做大做强。农村居民收入提高500元。");
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString(),
        Target::measure).containsExactly(
        tuple("普通高中学位", "1万个", io.github.govreport.model.Measure.COUNT),
        tuple("国家级外贸基地", "4个", io.github.govreport.model.Measure.COUNT),
        tuple("农村居民收入", "500元", io.github.govreport.model.Measure.GROWTH));
  }

  @Test
  void namesTaskCommitmentsAfterVerbPhrasesAndCircumstances() {
    Report r = report("", "生产总值增长5%左右", "要重点抓好十一个方面工作。深入推进13条重点产业链倍增计划，整体提升100所学校。"
        + "在种源、医疗等方面突破关键技术125项以上。组织长白山、三江、吉光3个省实验室攻关。新认证绿色、有机农产品1000个以上。");
    assertThat(r.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString(),
        Target::measure).containsExactly(
        tuple("重点产业链倍增计划", "13条", io.github.govreport.model.Measure.COUNT),
        tuple("学校", "100所", io.github.govreport.model.Measure.COUNT),
        tuple("关键技术", "125项", io.github.govreport.model.Measure.COUNT),
        tuple("绿色、有机农产品", "1000个", io.github.govreport.model.Measure.COUNT));
    // 十一个方面, and 3个 that counts the three laboratories the list names
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.STRUCTURAL_COUNT_SKIPPED)
        .extracting(d -> d.message()).containsExactly("did not report '十一个': a count that structures the text",
            "did not report '3个': a count that structures the text");
  }

  @Test
  void readsRanksReachedListedAndFormer() {
    Report r = report("区域创新能力由全国第11位跃升至第5位。单晶硅、电解铝产能分别居全国第2、第4位。"
        + "国家级单项冠军企业总数达72个，均居中部第1位。", "", "");
    assertThat(r.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString()).containsExactly(
        tuple("区域创新能力", "5位"), tuple("单晶硅产能", "2位"), tuple("电解铝产能", "4位"),
        tuple("国家级单项冠军企业总数", "72个"), tuple("国家级单项冠军企业总数", "1位"));
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.FORMER_VALUE_SKIPPED)
        .singleElement().satisfies(d -> assertThat(d.message()).contains("第11位"));
  }
}
