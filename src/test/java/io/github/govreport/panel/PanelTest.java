package io.github.govreport.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govreport.ReportParser;
import io.github.govreport.compute.Status;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel: reports placed by region and year, each year's targets beside the next year's results, the
 * rows independent of the order the reports come in and of duplicates; on texts written for these tests and on
 * the three pairs of real reports the corpus holds (吉林, 安徽, 陕西 2025 → 2026).
 */
class PanelTest {

  static final ReportParser PARSER = ReportParser.create();

  static Report report(String region, int year, String review, String targets) {
    return PARSER.parse(year + "年" + region + "政府工作报告\n各位代表：\n一、" + (year - 1) + "年工作回顾\n" + review
        + "\n二、" + year + "年工作安排\n主要预期目标是：" + targets + "\n");
  }

  static final Report ZJ_2024 = report("浙江省", 2024, "全省生产总值增长6%。",
      "生产总值增长5.5%左右，城镇调查失业率5%以内，居民消费价格涨幅3%左右。");
  static final Report ZJ_2025 = report("浙江省", 2025, "全省生产总值增长5.5%，城镇调查失业率4.5%，居民消费价格上涨0.2%。",
      "生产总值增长5.5%左右，城镇新增就业100万人以上。");
  static final Report GD_2025 = report("广东省", 2025, "全省地区生产总值增长3.5%。", "地区生产总值增长5%左右。");

  @Test
  void holdsEachYearsTargetsAgainstTheNextYearsResults() {
    Panel panel = Panel.of(List.of(ZJ_2025, GD_2025, ZJ_2024));
    assertThat(panel.regions()).extracting(Region::name).containsExactly("浙江省", "广东省");
    assertThat(panel.rows()).extracting(r -> r.region().get().name(), r -> r.planYear().getAsInt(), r -> r.target().text(),
        r -> r.result().map(a -> a.text()).orElse(null), PanelRow::status).containsExactly(
        tuple("浙江省", 2024, "生产总值增长5.5%左右", "全省生产总值增长5.5%", Status.MET),
        tuple("浙江省", 2024, "城镇调查失业率5%以内", "城镇调查失业率4.5%", Status.EXCEEDED),
        tuple("浙江省", 2024, "居民消费价格涨幅3%左右", "居民消费价格上涨0.2%", Status.MET),
        tuple("浙江省", 2025, "生产总值增长5.5%左右", null, Status.NO_DATA),
        tuple("浙江省", 2025, "城镇新增就业100万人以上", null, Status.NO_DATA),
        tuple("广东省", 2025, "地区生产总值增长5%左右", null, Status.NO_DATA));
    PanelRow first = panel.rows().get(0);
    assertThat(first.source()).isEqualTo("2024年浙江省政府工作报告");
    assertThat(first.resultSource()).hasValue("2025年浙江省政府工作报告");
    assertThat(first.gap().get().toString()).isEqualTo("0个百分点");
    assertThat(panel.diagnostics()).isEmpty();
  }

  @Test
  void givesASeriesPerRegionAndIndicator() {
    Panel panel = Panel.of(List.of(ZJ_2024, ZJ_2025));
    List<SeriesPoint> gdp = panel.series("浙江", IndicatorKey.GDP);
    assertThat(gdp).extracting(SeriesPoint::year, p -> p.target().get().text(), p -> p.status().get())
        .containsExactly(tuple(2024, "生产总值增长5.5%左右", Status.MET), tuple(2025, "生产总值增长5.5%左右", Status.NO_DATA));
    assertThat(panel.series("浙江省", IndicatorKey.NEW_URBAN_JOBS)).extracting(p -> p.target().isPresent())
        .containsExactly(false, true);
  }

  @Test
  void givesAPrefecturesSeriesFromReportsAsScraped() throws IOException {
    List<Path> files;
    try (var listing = Files.list(Path.of("src/test/resources/corpus/city"))) {
      files = listing.filter(f -> f.getFileName().toString().startsWith("zhumadian-")).sorted().collect(Collectors.toList());
    }
    Panel panel = Panel.builder().addAll(files).build();
    Region zhumadian = panel.regions().get(0);
    assertThat(panel.regions()).hasSize(1);
    assertThat(zhumadian.name()).isEqualTo("驻马店市");
    assertThat(zhumadian.divisionCode()).hasValue("411700");
    assertThat(zhumadian.province()).hasValue("河南省");
    assertThat(panel.series("驻马店", IndicatorKey.GDP)).filteredOn(p -> p.result().isPresent())
        .extracting(SeriesPoint::year, p -> p.target().get().text(), p -> p.result().get().text(), p -> p.status().get())
        .containsExactly(
            tuple(2012, "生产总值增长10%以上", "完成生产总值1387亿元，增长10.4％", Status.EXCEEDED),
            tuple(2013, "生产总值增长10%左右", "全市完成生产总值1542亿元，增长9.5%", Status.MET),
            tuple(2021, "生产总值增长8%左右", "全市生产总值完成3082.8亿元，首次突破3000亿元大关，增长7.2%", Status.MISSED));
  }

  @Test
  void keepsOneOfTwoReportsOfARegionAndYearAndSaysWhich() {
    Report thin = report("浙江省", 2024, "全省生产总值增长6%。", "生产总值增长5.5%左右。");
    Panel panel = Panel.builder().add(thin, "thin.txt").add(ZJ_2024, "full.txt").add(ZJ_2025, "next.txt").build();
    assertThat(panel.rows()).filteredOn(r -> r.planYear().getAsInt() == 2024).extracting(PanelRow::source)
        .containsOnly("full.txt").hasSize(3);
    assertThat(panel.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(PanelDiagnostic.Code.DUPLICATE_REPORT);
      assertThat(d.source()).isEqualTo("thin.txt");
      assertThat(d.message()).isEqualTo("a second report of 浙江省 for 2024; kept full.txt, which has 3 targets to 1");
    });
  }

  @Test
  void aReportWithoutYearOrKnownRegionJoinsWithADiagnostic() {
    Report noYear = PARSER.parse("浙江省政府工作报告\n主要预期目标是：生产总值增长5.5%左右。\n");
    Report city = report("某市", 2024, "全市生产总值增长6%。", "生产总值增长5.5%左右。");
    Panel panel = Panel.builder().add(noYear, "no-year.txt").add(city, "city.txt").build();
    assertThat(panel.diagnostics()).extracting(PanelDiagnostic::code, PanelDiagnostic::source).containsExactly(
        tuple(PanelDiagnostic.Code.REGION_NOT_KNOWN, "city.txt"), tuple(PanelDiagnostic.Code.NO_YEAR, "no-year.txt"));
    assertThat(panel.rows()).extracting(r -> r.region().get().name(), r -> r.planYear().isPresent(), PanelRow::status)
        .containsExactly(tuple("某市", true, Status.NO_DATA), tuple("浙江省", false, Status.NO_DATA));
  }

  @Test
  void readsFilesOnSeveralThreadsAndGoesOnPastAnUnreadableOne(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, "2024年浙江省政府工作报告\n各位代表：\n二、2024年工作安排\n主要预期目标是：生产总值增长5.5%左右。\n");
    Files.writeString(b, "2025年浙江省政府工作报告\n各位代表：\n一、2024年工作回顾\n全省生产总值增长5.5%。\n");
    List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
    Panel panel = Panel.builder().add(a).add(dir.resolve("missing.txt")).add(b).threads(2)
        .progress((done, total) -> progress.add(done)).build();
    assertThat(panel.rows()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(Status.MET));
    assertThat(panel.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(PanelDiagnostic.Code.UNREADABLE);
      assertThat(d.source()).endsWith("missing.txt");
    });
    assertThat(progress).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void refusesCallerMistakesWithAMessage() {
    assertThatThrownBy(() -> Panel.builder().threads(0)).hasMessageContaining("threads");
    assertThatThrownBy(() -> Panel.builder().add(null, "x")).hasMessageContaining("report");
    assertThatThrownBy(() -> Panel.of(null)).hasMessageContaining("reports");
    assertThatThrownBy(() -> Panel.of(List.of()).series((Region) null, IndicatorKey.GDP)).hasMessageContaining("region");
  }

  /** The three pairs of real reports in the corpus, each 2025 main target with the verdict a reader gives. */
  @Test
  void givesTheVerdictsAReaderGivesOnRealPairs() throws IOException {
    List<Path> files = List.of("corpus/jilin-2025.txt", "corpus/panel/jilin-2026.txt", "corpus/anhui-2025.txt",
        "corpus/panel/anhui-2026.txt", "corpus/panel/shaanxi-2025.txt", "corpus/panel/shaanxi-2026.txt").stream()
        .map(f -> Path.of("src/test/resources", f)).collect(Collectors.toList());
    Panel panel = Panel.builder().addAll(files).build();
    List<String> verdicts = panel.rows().stream()
        .filter(r -> r.planYear().getAsInt() == 2025 && r.target().scope() == io.github.govreport.model.Scope.MAIN
            && r.status() != Status.NO_DATA && r.status() != Status.NOT_COMPARABLE)
        .map(r -> r.region().get().name() + " " + r.target().text() + " → " + r.result().get().text() + " " + r.status())
        .collect(Collectors.toList());
    assertThat(verdicts).containsExactly(
        "吉林省 地区生产总值增长5.5％左右 → 地区生产总值增长5% MET",
        "吉林省 粮食产量880亿斤以上 → 粮食总产量达到871.6亿斤 MISSED",
        "吉林省 社会消费品零售总额增长6％左右 → 社会消费品零售总额增长3.9% MISSED",
        "吉林省 一般公共预算收入增长3％左右 → 一般公共预算收入增长13.3% EXCEEDED",
        "安徽省 全省地区生产总值增长5.5%以上 → 全省地区生产总值5.3万亿元、增长5.5% MET",
        "安徽省 规上工业增加值增长7%左右 → 规上工业增加值增长9.4% EXCEEDED",
        "安徽省 社会消费品零售总额增长5.5%左右 → 社会消费品零售总额增长4.2% MISSED",
        "安徽省 进出口总额增长5.5%左右 → 进出口总额增长17.3% EXCEEDED",
        "安徽省 一般公共预算收入增长2%左右 → 一般公共预算收入增长2.9% EXCEEDED",
        "安徽省 城镇新增就业68万人左右 → 城镇新增就业75.7万人 EXCEEDED",
        "陕西省 生产总值增长5%左右 → 地区生产总值增长5.1％ MET",
        "陕西省 城镇新增就业40万人以上 → 城镇新增就业44.1万人 EXCEEDED",
        "陕西省 城镇调查失业率5.5%左右 → 城镇调查失业率5.3％ MET",
        "陕西省 粮食产量1300万吨以上 → 粮食产量1347万吨 EXCEEDED");
  }

  /** Any order of the reports, with any of them given twice, gives the same rows. */
  @Test
  void rowsDoNotDependOnTheOrderOrOnDuplicates() {
    List<Report> reports = List.of(ZJ_2024, ZJ_2025, GD_2025);
    List<String> labels = List.of("zj-2024.txt", "zj-2025.txt", "gd-2025.txt");
    Panel.Builder base = Panel.builder();
    for (int i = 0; i < reports.size(); i++) {
      base.add(reports.get(i), labels.get(i));
    }
    List<PanelRow> expected = base.build().rows();
    qt().withExamples(50).forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 4), integers().all())
        .checkAssert((extra, seed) -> {
          List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
          order.addAll(extra);
          Collections.shuffle(order, new Random(seed));
          Panel.Builder b = Panel.builder();
          for (int i : order) {
            b.add(reports.get(i), labels.get(i));
          }
          assertThat(b.build().rows()).isEqualTo(expected);
        });
  }
}
