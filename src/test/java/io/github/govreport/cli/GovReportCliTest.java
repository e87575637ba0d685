package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: outputs, formats, exit codes and one-line errors. */
class GovReportCliTest {

  static final String SEED = "seeds/zhejiang-2024-summary.txt";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovReportCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void parsePrintsTheJsonContract() throws Exception {
    Run r = run("parse", SEED);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode report = json(r.out());
    assertThat(report.get("planYear").asInt()).isEqualTo(2024);
    JsonNode gdp = report.get("targets").get(0);
    assertThat(gdp.get("indicator").get("key").asText()).isEqualTo("GDP");
    assertThat(gdp.get("quantity").get("value").decimalValue()).isEqualByComparingTo("5.5");
    assertThat(gdp.get("text").asText()).isEqualTo("生产总值增长5.5%左右");
  }

  @Test
  void severalFilesPrintOneObjectPerLine() throws Exception {
    Run r = run("parse", SEED, "src/test/resources/corpus/jilin-2025.txt");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().collect(Collectors.toList());
    assertThat(lines).hasSize(2);
    assertThat(json(lines.get(1)).get("region").asText()).isEqualTo("吉林省");
  }

  @Test
  void tablesAlignChineseText() {
    Run r = run("parse", SEED, "--format", "table");
    assertThat(r.code()).isZero();
    List<String> rows = r.out().lines().filter(l -> l.startsWith("MAIN ")).collect(Collectors.toList());
    assertThat(rows).hasSize(9);
    int column = Tables.width(rows.get(0).substring(0, rows.get(0).indexOf("GDP")));
    assertThat(Tables.width(rows.get(1).substring(0, rows.get(1).indexOf("INDUSTRIAL_VALUE_ADDED")))).isEqualTo(column);
    assertThat(Tables.width("生产总值")).isEqualTo(8);
    assertThat(Tables.width("GDP")).isEqualTo(3);
    assertThat(run("parse", SEED, "--format", "markdown").out()).contains("| MAIN | 生产总值 | GDP | GROWTH | 5.5% | ABOUT |");
  }

  @Test
  void attainHoldsAPlanAgainstAReview(@TempDir Path dir) throws Exception {
    Path review = dir.resolve("review.txt");
    Files.writeString(review, "2025年政府工作报告（测试用）\n一、2024年工作回顾\n全省生产总值增长6%，城镇调查失业率为4.8%。\n");
    Run r = run("attain", SEED, review.toString());
    assertThat(r.code()).isZero();
    JsonNode result = json(r.out());
    assertThat(result.get("planYear").asInt()).isEqualTo(2024);
    JsonNode first = result.get("rows").get(0);
    assertThat(first.get("status").asText()).isEqualTo("MET");
    assertThat(first.get("target").get("text").asText()).isEqualTo("生产总值增长5.5%左右");
    assertThat(first.get("actual").get("text").asText()).isEqualTo("全省生产总值增长6%");
    assertThat(first.get("gap").get("unit").asText()).isEqualTo("个百分点");
    assertThat(first.get("explanation").asText()).startsWith("生产总值: 6%");
    assertThat(result.get("rows").get(1).get("actual").isNull()).isTrue();
    assertThat(result.get("rows").get(1).get("status").asText()).isEqualTo("NO_DATA");
    Run table = run("attain", SEED, review.toString(), "--format", "table");
    assertThat(table.out()).contains("Targets of 2024: 1 exceeded, 1 met");
    Run swapped = run("attain", review.toString(), SEED);
    assertThat(swapped.code()).isEqualTo(2);
    assertThat(swapped.err().lines()).singleElement().asString().contains("plan");
  }

  @Test
  void attainShowsAResultStatedInWords(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.txt");
    Path review = dir.resolve("review.txt");
    Files.writeString(plan, "2024年某省政府工作报告\n一、2023年工作回顾\n全省生产总值增长5%。\n二、2024年工作安排\n"
        + "主要预期目标是：生产总值增长5%左右，城镇调查失业率5.5%以内。\n");
    Files.writeString(review, "2025年某省政府工作报告\n一、2024年工作回顾\n全省生产总值增长5.2%，"
        + "城镇调查失业率均值保持历史最好水平。\n");
    JsonNode rows = json(run("attain", plan.toString(), review.toString()).out()).get("rows");
    assertThat(rows.get(1).get("status").asText()).isEqualTo("NOT_COMPARABLE");
    assertThat(rows.get(1).get("actual").get("bound").asText()).isEqualTo("QUALITATIVE");
    assertThat(rows.get(1).get("actual").get("quantity").isNull()).isTrue();
    Run table = run("attain", plan.toString(), review.toString(), "--format", "table");
    assertThat(table.out().lines()).anySatisfy(line -> assertThat(line.split("\\s+")).containsExactly(
        "MAIN", "城镇调查失业率", "5.5%以内", "城镇调查失业率均值保持历史最好水平", "NOT_COMPARABLE"));
  }

  @Test
  void diffListsTargetChanges(@TempDir Path dir) throws Exception {
    Path before = dir.resolve("a.txt");
    Path after = dir.resolve("b.txt");
    Files.writeString(before, "2024年某省政府工作报告\n主要预期目标是：地区生产总值增长5.5%左右，进出口稳中提质。");
    Files.writeString(after, "2025年某省政府工作报告\n主要预期目标是：地区生产总值增长5%左右，粮食产量1300亿斤以上。");
    JsonNode d = json(run("diff", before.toString(), after.toString()).out());
    assertThat(d.get("fromYear").asInt()).isEqualTo(2024);
    assertThat(d.get("toYear").asInt()).isEqualTo(2025);
    assertThat(d.get("changes")).extracting(c -> c.get("kind").asText()).containsExactly("LOWERED", "NEW", "DROPPED");
    assertThat(run("diff", before.toString(), after.toString(), "--format", "table").out()).contains("LOWERED");
  }

  @Test
  void readsGbkAndByteOrderMarks(@TempDir Path dir) throws Exception {
    String text = "2025年某省政府工作报告\n主要预期目标是：地区生产总值增长5%左右。";
    Path gbk = dir.resolve("gbk.txt");
    Files.write(gbk, text.getBytes(Charset.forName("GBK")));
    JsonNode fromGbk = json(run("parse", gbk.toString()).out());
    assertThat(fromGbk.get("targets").get(0).get("text").asText()).isEqualTo("地区生产总值增长5%左右");
    assertThat(fromGbk.get("diagnostics")).extracting(x -> x.get("code").asText()).contains("DECODED_AS_GB18030");
    JsonNode forced = json(run("parse", gbk.toString(), "--charset", "GBK").out());
    assertThat(forced.get("diagnostics")).extracting(x -> x.get("code").asText()).doesNotContain("DECODED_AS_GB18030");
    Path bom = dir.resolve("bom.txt");
    Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    assertThat(json(run("parse", bom.toString()).out()).get("targets").get(0).get("span").get("start").asInt())
        .isEqualTo(text.indexOf("地区"));
  }

  @Test
  void readsStandardInput() throws Exception {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream("主要预期目标是：地区生产总值增长5%左右。".getBytes(StandardCharsets.UTF_8)));
    try {
      Run r = run("parse", "-");
      assertThat(r.code()).isZero();
      assertThat(json(r.out()).get("targets").get(0).get("bound").asText()).isEqualTo("ABOUT");
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void badInputGetsOneLineAndADocumentedCode(@TempDir Path dir) throws Exception {
    Run missing = run("parse", dir.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().lines()).singleElement().asString().contains("no such file");
    Run directory = run("parse", dir.toString());
    assertThat(directory.code()).isEqualTo(1);
    assertThat(directory.err().lines()).singleElement().asString().contains("is a directory");
    Path binary = dir.resolve("b.bin");
    Files.write(binary, new byte[] {0, 1, 2, 0, 0, 0, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    Run bin = run("parse", binary.toString());
    assertThat(bin.code()).isEqualTo(1);
    assertThat(bin.err().lines()).singleElement().asString().contains("binary");
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Run e = run("parse", empty.toString());
    assertThat(e.code()).isZero();
    assertThat(e.err().lines()).singleElement().asString().contains("empty");
    assertThat(json(e.out()).get("diagnostics").get(0).get("code").asText()).isEqualTo("EMPTY_INPUT");
    Run partly = run("parse", SEED, dir.resolve("nope.txt").toString());
    assertThat(partly.code()).isEqualTo(1);
    assertThat(partly.out().lines()).hasSize(1);
  }

  @Test
  void usageErrorsGetCodeTwo() {
    Run unknownCommand = run("frobnicate");
    assertThat(unknownCommand.code()).isEqualTo(2);
    assertThat(unknownCommand.err().lines()).singleElement().asString().startsWith("govreport: ");
    Run unknownOption = run("parse", "--colour", SEED);
    assertThat(unknownOption.code()).isEqualTo(2);
    assertThat(unknownOption.err().lines()).singleElement().asString().contains("--colour");
    Run noFile = run("parse");
    assertThat(noFile.code()).isEqualTo(2);
    Run badFormat = run("parse", SEED, "--format", "xml");
    assertThat(badFormat.code()).isEqualTo(2);
    assertThat(badFormat.err().lines()).hasSize(1);
    Run nothing = run();
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("parse, attain or diff");
  }

  @Test
  void helpAndVersion() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("parse", "attain", "diff", "Exit codes", "1", "2");
    assertThat(run("parse", "--help").out()).contains("--format", "--charset", "FILE");
    assertThat(run("attain", "--help").out()).contains("PLAN_REPORT", "REVIEW_REPORT");
    assertThat(run("diff", "--help").out()).contains("OLD_REPORT", "NEW_REPORT");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("govreport ");
  }

  @Test
  void writesTheSameBytesToAStream() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int code = GovReportCli.run(new String[] {"parse", SEED, "src/test/resources/corpus/jilin-2025.txt"}, bytes,
        new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(run("parse", SEED, "src/test/resources/corpus/jilin-2025.txt").out());
    java.io.ByteArrayOutputStream help = new java.io.ByteArrayOutputStream();
    GovReportCli.run(new String[] {"--help"}, help, new PrintWriter(new StringWriter()));
    assertThat(help.toString(StandardCharsets.UTF_8)).contains("Exit codes");
  }
}
