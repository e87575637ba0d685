package io.github.govreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the programs in examples/ as the README tells a user to, so that they can never rot. */
class ExamplesTest {

  interface Main {
    void run(String[] args) throws Exception;
  }

  static String run(Main main, String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseSeedTargetsPrintsTheSeedsMainTargets() throws Exception {
    String out = run(examples.ParseSeedTargets::main);
    assertThat(out.lines()).first().isEqualTo("政府工作报告摘要 — targets for 2024");
    assertThat(out.lines()).contains("生产总值\t5.5%\tABOUT", "城镇调查失业率\t5%\tAT_MOST",
        "一般公共预算收入\tin step with 经济增长\tIN_STEP_WITH").hasSize(10);
  }

  @Test
  void assessPlanAgainstReviewPrintsAVerdictPerTarget() throws Exception {
    String out = run(examples.AssessPlanAgainstReview::main);
    assertThat(out.lines()).contains(
        "MET\t生产总值: 5.5% against 5.5%左右 (±0.5) — MET",
        "EXCEEDED\t规模以上工业增加值: 8% against 6%左右 (±0.5) — EXCEEDED, gap 2个百分点",
        "MISSED\t固定资产投资: 3.1% against 6%左右 (±0.5) — MISSED, gap -2.9个百分点",
        "EXCEEDED\t城镇调查失业率: 4.4% against 5%以内 — EXCEEDED, gap -0.6个百分点");
    assertThat(out.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("7 met or exceeded, 3 missed, 40 without data");
  }

  @Test
  void exportTargetsCsvWritesOneRowPerTarget() throws Exception {
    String out = run(examples.ExportTargetsCsv::main, "seeds", "src/test/resources/corpus/jilin-2025.txt");
    List<String> lines = out.lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines.get(0)).isEqualTo("file,plan_year,scope,indicator,key,measure,value,upper,unit,bound,stretch,text");
    assertThat(lines).contains("zhejiang-2024-summary.txt,2024,MAIN,生产总值,GDP,GROWTH,5.5,,%,ABOUT,false,生产总值增长5.5%左右");
    assertThat(lines).contains("jilin-2025.txt,2025,MAIN,地区生产总值,GDP,GROWTH,5.5,,%,ABOUT,false,地区生产总值增长5.5％左右");
    assertThat(lines).filteredOn(l -> l.startsWith("zhejiang")).hasSize(50);
    assertThat(examples.ExportTargetsCsv.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
  }

  @Test
  void panelOfTheCorpusPrintsTheGdpSeries() throws Exception {
    String out = run(examples.PanelOfTheCorpus::main, "src/test/resources/corpus");
    List<String> lines = out.lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines.get(0)).startsWith("46 reports, ");
    assertThat(lines).contains(
        "China\t2019\t国内生产总值增长6%－6.5%\t-\tNO_DATA",
        "Jilin\t2025\t地区生产总值增长5.5％左右\t地区生产总值增长5%\tMET",
        "Anhui\t2025\t全省地区生产总值增长5.5%以上\t全省地区生产总值5.3万亿元、增长5.5%\tMET",
        "Shaanxi\t2025\t生产总值增长5%左右\t地区生产总值增长5.1％\tMET",
        "保定市\t2021\t生产总值增长8%以上\t全市生产总值完成3725亿元，增长7.2%\tMISSED",
        "驻马店市\t2012\t生产总值增长10%以上\t完成生产总值1387亿元，增长10.4％\tEXCEEDED",
        "驻马店市\t2013\t生产总值增长10%左右\t全市完成生产总值1542亿元，增长9.5%\tMET");
  }
}
