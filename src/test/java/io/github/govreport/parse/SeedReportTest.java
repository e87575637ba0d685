package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govreport.ReportParser;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Figure;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Program;
import io.github.govreport.model.Project;
import io.github.govreport.model.ProjectStatus;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed report (Zhejiang 2024, summary) read in full, with exact values from its text. */
class SeedReportTest {

  static String text;
  static Report report;

  @BeforeAll
  static void parse() {
    text = Corpus.text("seed-zhejiang-2024");
    report = ReportParser.create().parse(text);
  }

  @Test
  void readsTitleAndYears() {
    assertThat(report.title()).hasValue("政府工作报告摘要");
    assertThat(report.reviewYear()).hasValue(2023);
    assertThat(report.planYear()).hasValue(2024);
  }

  @Test
  void readsEveryMainTargetWithExactValueUnitAndBound() {
    List<Target> main = report.targets(Scope.MAIN);
    assertThat(main).extracting(t -> t.indicator().name(), t -> t.quantity().map(q -> q.value().toPlainString())
            .orElse(null), t -> t.quantity().map(q -> q.unit().symbol()).orElse(null), Target::bound, Target::measure)
        .containsExactly(
            tuple("生产总值", "5.5", "%", Bound.ABOUT, Measure.GROWTH),
            tuple("规模以上工业增加值", "6", "%", Bound.ABOUT, Measure.GROWTH),
            tuple("固定资产投资", "6", "%", Bound.ABOUT, Measure.GROWTH),
            tuple("社会消费品零售总额", "5.5", "%", Bound.ABOUT, Measure.GROWTH),
            tuple("研发投入强度", "3.2", "%", Bound.EXACT, Measure.RATE),
            tuple("一般公共预算收入", null, null, Bound.IN_STEP_WITH, Measure.GROWTH),
            tuple("城乡居民收入", null, null, Bound.IN_STEP_WITH, Measure.GROWTH),
            tuple("居民消费价格指数", "3", "%", Bound.ABOUT, Measure.GROWTH),
            tuple("城镇调查失业率", "5", "%", Bound.AT_MOST, Measure.RATE));
    assertThat(main).extracting(t -> t.indicator().key().orElse(null)).containsExactly(IndicatorKey.GDP,
        IndicatorKey.INDUSTRIAL_VALUE_ADDED, IndicatorKey.FIXED_ASSET_INVESTMENT, IndicatorKey.RETAIL_SALES,
        IndicatorKey.RD_INTENSITY, IndicatorKey.PUBLIC_BUDGET_REVENUE, IndicatorKey.RESIDENT_INCOME,
        IndicatorKey.CPI, IndicatorKey.SURVEYED_UNEMPLOYMENT);
    Target inStep = main.get(5);
    assertThat(inStep.reference()).hasValueSatisfying(r -> assertThat(r.key()).hasValue(IndicatorKey.GDP));
    assertThat(inStep.text()).isEqualTo("一般公共预算收入、城乡居民收入与经济增长同步");
    assertThat(main).allSatisfy(t -> assertThat(t.year()).hasValue(2024));
  }

  @Test
  void readsTaskCommitmentsWithTheirQualifiers() {
    assertThat(task("省级财政资金", "1023.6", "亿元")).isEqualTo(Bound.EXACT);
    assertThat(report.targets(Scope.TASK)).extracting(t -> t.indicator().name()).contains("省级财政资金")
        .doesNotContain("安排省级财政资金");
    assertThat(task("市场经营主体减负", "2500", "亿元")).isEqualTo(Bound.AT_LEAST);
    assertThat(task("高新技术企业", "5000", "家")).isEqualTo(Bound.EXACT);
    assertThat(task("科技型中小企业", "1.2", "万家")).isEqualTo(Bound.EXACT);
    assertThat(task("高标准农田", "78", "万亩")).isEqualTo(Bound.AT_LEAST);
    assertThat(task("PM2.5平均浓度", "25", "微克/立方米")).isEqualTo(Bound.AT_MOST);
    assertThat(task("实际使用外资", "200", "亿美元")).isEqualTo(Bound.AT_LEAST);
    assertThat(task("企业投资项目领域审批中介事项清单", "50", "项")).isEqualTo(Bound.AT_MOST);
    assertThat(task("县城承载力提升重大项目", "500", "个")).isEqualTo(Bound.ABOUT);
    Target fdi = report.targets(Scope.TASK).stream().filter(t -> t.indicator().name().equals("实际使用外资"))
        .findFirst().orElseThrow();
    assertThat(fdi.stretch()).isTrue();
    assertThat(fdi.text()).isEqualTo("实际使用外资200亿美元以上");
    Target pm = report.targets(Scope.TASK).stream().filter(t -> t.indicator().name().contains("PM2.5"))
        .findFirst().orElseThrow();
    assertThat(pm.text()).isEqualTo("设区城市PM<sub>2.5</sub>平均浓度不高于25微克/立方米");
  }

  private Bound task(String name, String value, String unit) {
    return report.targets(Scope.TASK).stream()
        .filter(t -> t.indicator().name().contains(name) && t.quantity().isPresent()
            && t.quantity().get().value().compareTo(new BigDecimal(value)) == 0
            && t.quantity().get().unit().symbol().equals(unit))
        .map(Target::bound).findFirst().orElseThrow(() -> new AssertionError("no task " + name + " " + value + unit));
  }

  @Test
  void findsAtLeast95PercentOfTheGoldTasksAndActuals() {
    JsonNode gold = Corpus.gold("seed-zhejiang-2024");
    Set<Figure> used = new HashSet<>();
    long tasks = 0;
    long found = 0;
    for (JsonNode g : gold.get("targets")) {
      if ("TASK".equals(g.get("scope").asText())) {
        tasks++;
        found += GoldMatch.find(g, report.targets(Scope.TASK), used, true).isPresent() ? 1 : 0;
      }
    }
    assertThat(found / (double) tasks).isGreaterThanOrEqualTo(0.95);
    long actuals = gold.get("actuals").size();
    long hits = 0;
    for (JsonNode g : gold.get("actuals")) {
      hits += GoldMatch.find(g, report.actuals(), used, false).isPresent() ? 1 : 0;
    }
    assertThat(hits / (double) actuals).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void readsActualsSignedAndEstimated() {
    assertThat(actual(IndicatorKey.GDP, Measure.GROWTH).value()).isEqualByComparingTo("6");
    assertThat(actual(IndicatorKey.SURVEYED_UNEMPLOYMENT, Measure.RATE).value()).isEqualByComparingTo("4.6");
    assertThat(actual(IndicatorKey.URBAN_INCOME, Measure.GROWTH).value()).isEqualByComparingTo("5.2");
    assertThat(actual(IndicatorKey.RURAL_INCOME, Measure.GROWTH).value()).isEqualByComparingTo("7.3");
    Actual rd = actual(IndicatorKey.RD_INTENSITY, Measure.RATE);
    assertThat(rd.value()).isEqualByComparingTo("3.15");
    assertThat(rd.estimated()).isTrue();
    List<Actual> accidents = report.actuals().stream().filter(a -> a.text().startsWith("生产安全事故"))
        .collect(Collectors.toList());
    assertThat(accidents).extracting(a -> a.indicator().name(), a -> a.value().toPlainString())
        .containsExactly(tuple("生产安全事故起数", "-11.3"), tuple("生产安全事故死亡人数", "-10.2"));
    List<Actual> market = report.actuals().stream().filter(a -> a.indicator().name().equals("市场主体"))
        .collect(Collectors.toList());
    assertThat(market).extracting(Actual::measure, a -> a.quantity().get().toString())
        .containsExactly(tuple(Measure.COUNT, "1034万户"), tuple(Measure.GROWTH, "9.6%"));
    assertThat(market.get(1).text()).isEqualTo("市场主体达1034万户，增长9.6%");
    assertThat(report.find("区域创新能力")).singleElement()
        .satisfies(f -> assertThat(f.quantity().get().toString()).isEqualTo("4位"));
  }

  /**
   * The first results a new user sees in the quick start's table, named as a reader names them; the five cities
   * listed before 等5个城市 and the three documents before 等3个文件 are counts of the lists, no results.
   */
  @Test
  void namesTheOpeningResultsAsAReaderDoes() {
    assertThat(report.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString())
        .startsWith(tuple("志愿者", "3.76万名"), tuple("亚运金牌", "51枚"), tuple("亚残运金牌", "53枚"));
    assertThat(report.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.STRUCTURAL_COUNT_SKIPPED)
        .extracting(Diagnostic::message)
        .contains("did not report '5个': a count that structures the text",
            "did not report '3个': a count that structures the text");
    assertThat(report.find("和美乡村覆盖率")).singleElement()
        .satisfies(f -> assertThat(f.quantity().get().toString()).isEqualTo("40%"));
    assertThat(report.find("和美乡村示范村")).singleElement()
        .satisfies(f -> assertThat(f.quantity().get().toString()).isEqualTo("292个"));
  }

  private Actual actual(IndicatorKey key, Measure measure) {
    return report.actual(key, measure).orElseThrow(() -> new AssertionError("no actual " + key + " " + measure));
  }

  @Test
  void readsEveryNamedProjectWithItsStatus() {
    assertThat(report.projects()).extracting(Project::name, Project::status).containsSubsequence(
        tuple("嘉兴鱼腥草航道", ProjectStatus.COMPLETED),
        tuple("白鹤滩输特高压直流工程", ProjectStatus.COMPLETED),
        tuple("金甬铁路", ProjectStatus.COMPLETED),
        tuple("晶科能源", ProjectStatus.COMPLETED),
        tuple("国家大宗商品储运基地", ProjectStatus.UNDER_CONSTRUCTION),
        tuple("甬舟铁路", ProjectStatus.UNDER_CONSTRUCTION),
        tuple("六横公路大桥", ProjectStatus.UNDER_CONSTRUCTION),
        tuple("浙石化高端新材料", ProjectStatus.UNDER_CONSTRUCTION),
        tuple("杭州富芯集成电路", ProjectStatus.UNDER_CONSTRUCTION),
        tuple("省公共卫生临床中心", ProjectStatus.STARTED),
        tuple("镇海绿色石化基地二期", ProjectStatus.STARTED),
        tuple("中芯绍兴三期", ProjectStatus.STARTED),
        tuple("中鸿新材料", ProjectStatus.PLANNED),
        tuple("甘电入浙", ProjectStatus.PLANNED),
        tuple("金七门核电", ProjectStatus.PLANNED),
        tuple("瑞浦兰钧新能源", ProjectStatus.PLANNED),
        tuple("金塘新材料", ProjectStatus.PLANNED),
        tuple("宁波舟山港重大集疏运工程", ProjectStatus.PLANNED));
    assertThat(report.projects().get(12).deadline()).hasValue("10月底前");
    assertThat(report.projects().get(15).deadline()).isEmpty();
    assertThat(report.projects().get(0).year()).hasValue(2023);
    assertThat(report.projects().get(12).year()).hasValue(2024);
  }

  @Test
  void readsNamedProgrammes() {
    assertThat(report.programs()).extracting(Program::name).contains("“八八战略”", "“千项万亿”工程",
        "“415X”先进制造业集群培育工程", "“百千万”工程", "“315”科技创新体系", "“七优享”工程", "“一号发展工程”",
        "“十项重大工程”", "“双一流196工程”", "“4+1”专项基金");
    assertThat(report.programs()).filteredOn(p -> p.name().equals("“千项万亿”工程")).singleElement()
        .satisfies(p -> assertThat(p.nickname()).hasValue("千项万亿"));
  }

  @Test
  void buildsTheSectionTree() {
    List<Section> top = report.sections();
    assertThat(top).extracting(Section::label, Section::title)
        .containsExactly(tuple("一、", "2023年工作回顾"), tuple("二、", "2024年目标任务和重点工作"));
    assertThat(top.get(0).children()).extracting(Section::label).startsWith("——", "——");
    Section tasks = top.get(1);
    assertThat(tasks.children()).extracting(Section::label).contains("（一）", "（十）");
    Section first = tasks.children().stream().filter(s -> s.label().equals("（一）")).findFirst().orElseThrow();
    assertThat(first.title()).isEqualTo("聚焦聚力提升政策引导保障成效");
    assertThat(first.children()).extracting(Section::title).contains("积极争取和用好国家政策", "推动金融更好服务实体经济");
    assertThat(first.level()).isEqualTo(2);
    assertThat(first.children().get(0).level()).isEqualTo(3);
  }

  @Test
  void reportsThePhotoCaptionItSkipped() {
    assertThat(report.diagnostics()).anySatisfy(d -> {
      assertThat(d.code().name()).isEqualTo("NOISE_SKIPPED");
      assertThat(d.span().textIn(text)).endsWith("摄");
    });
    assertThat(report.diagnostics()).anySatisfy(d -> assertThat(d.span().textIn(text)).contains("<sub>"));
  }
}
