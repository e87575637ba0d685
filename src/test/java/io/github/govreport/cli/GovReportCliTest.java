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
import java.util.Map;
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
    assertThat(json(lines.get(1)).get("region").get("name").asText()).isEqualTo("吉林省");
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
    assertThat(fromGbk.get("diagnostics")).filteredOn(x -> x.get("code").asText().equals("CHARSET_CHOSEN"))
        .extracting(x -> x.get("message").asText()).singleElement().asString().startsWith("read as GB18030");
    JsonNode forced = json(run("parse", gbk.toString(), "--charset", "GBK").out());
    assertThat(forced.get("diagnostics")).filteredOn(x -> x.get("code").asText().equals("CHARSET_CHOSEN"))
        .extracting(x -> x.get("message").asText()).containsExactly("read as GBK: as asked");
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
    assertThat(nothing.err()).contains("parse, attain, diff, panel or indicators");
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

  static final String SMALL = "2025年某省政府工作报告\n一、2024年工作回顾\n地区生产总值增长5.2%，城镇新增就业50万人。\n"
      + "二、2025年工作安排\n主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右。\n";

  static String charsetOf(JsonNode report) {
    for (JsonNode d : report.get("diagnostics")) {
      if (d.get("code").asText().equals("CHARSET_CHOSEN")) {
        return d.get("message").asText();
      }
    }
    return null;
  }

  @Test
  void readsUtf16AndUtf32WithAndWithoutAMarkAndBig5(@TempDir Path dir) throws Exception {
    byte[] le = SMALL.getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = new byte[le.length + 2];
    withMark[0] = (byte) 0xFF;
    withMark[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withMark, 2, le.length);
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("notepad-unicode.txt", withMark);
    files.put("utf16le.txt", le);
    files.put("utf16be.txt", SMALL.getBytes(StandardCharsets.UTF_16BE));
    files.put("utf32.txt", ("\uFEFF" + SMALL).getBytes(Charset.forName("UTF-32BE")));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.write(p, f.getValue());
      Run r = run("parse", p.toString());
      assertThat(r.code()).as(f.getKey()).isZero();
      JsonNode report = json(r.out());
      assertThat(report.get("targets")).as(f.getKey()).hasSize(2);
      assertThat(report.get("actuals")).as(f.getKey()).hasSize(2);
    }
    assertThat(charsetOf(json(run("parse", dir.resolve("notepad-unicode.txt").toString()).out())))
        .isEqualTo("read as UTF-16LE: the file starts with its byte-order mark");
    assertThat(charsetOf(json(run("parse", dir.resolve("utf16be.txt").toString()).out())))
        .startsWith("read as UTF-16BE");
    Run forced = run("parse", "--charset", "UTF-16", dir.resolve("notepad-unicode.txt").toString());
    assertThat(forced.code()).isZero();
    assertThat(json(forced.out()).get("targets")).hasSize(2);
    assertThat(charsetOf(json(forced.out()))).isEqualTo("read as UTF-16: as asked");

    String traditional = ("2025年某縣政府工作報告\n一、2024年工作回顧\n過去一年，全縣生產總值增長5.2%，城鎮新增就業5萬人，"
        + "糧食產量達到120萬噸。我們堅持穩中求進，推動經濟發展。\n二、2025年工作安排\n今年經濟社會發展的主要預期目標是："
        + "地區生產總值增長5%左右，城鎮調查失業率控制在5.5%以內。\n").repeat(3);
    Path big5 = dir.resolve("big5.txt");
    Files.write(big5, traditional.getBytes(Charset.forName("Big5")));
    JsonNode fromBig5 = json(run("parse", big5.toString()).out());
    assertThat(charsetOf(fromBig5)).startsWith("read as Big5");
    assertThat(fromBig5.get("sections")).extracting(x -> x.get("title").asText()).contains("2024年工作回顧");
  }

  @Test
  void refusesBinaryDataAndInputsOverTheLimitInOneLine(@TempDir Path dir) throws Exception {
    Path zeros = dir.resolve("zeros.bin");
    Files.write(zeros, new byte[1 << 20]);
    Run binary = run("parse", zeros.toString());
    assertThat(binary.code()).isEqualTo(1);
    assertThat(binary.err().lines()).containsExactly("govreport: " + zeros + ": is binary data, not text");
    Path text = dir.resolve("report.txt");
    Files.writeString(text, SMALL.repeat(100));
    Run over = run("parse", "--max-size", "4K", text.toString());
    assertThat(over.code()).isEqualTo(1);
    assertThat(over.err().lines()).singleElement().asString().matches(
        "govreport: .*report\\.txt: is \\d+ KB, more than the limit of 4 KB \\(raise it with --max-size\\)");
    assertThat(run("parse", "--max-size", "1M", text.toString()).code()).isZero();
    Run bad = run("parse", "--max-size", "lots", text.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("'lots' is not a size");
  }

  @Test
  void aFileNamedLikeAnOptionIsToldHowToBeRead(@TempDir Path dir) throws Exception {
    Run r = run("parse", "-x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).containsExactly(
        "govreport: unknown option '-x.txt' of parse; if it is a file, put -- before it: govreport parse -- -x.txt");
  }

  @Test
  void streamsOneReportsJson() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = GovReportCli.run(new String[] {"parse", SEED}, bytes, new PrintWriter(err));
    assertThat(code).isZero();
    assertThat(io.github.govreport.json.ReportJson.read(bytes.toString(StandardCharsets.UTF_8)))
        .isEqualTo(GovReportCli.load(SEED, null, GovReportCli.DEFAULT_MAX_SIZE, io.github.govreport.ReportParser.create(),
            new PrintWriter(err)));
  }

  static void write(Path p, String text) throws Exception {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void panelPrintsOneCsvRowPerTargetWithTheNextYearsVerdict(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports/zj"));
    write(reports.resolve("2024.txt"), "2024年浙江省政府工作报告\n各位代表：\n二、2024年工作安排\n"
        + "主要预期目标是：生产总值增长5.5%左右，城镇调查失业率5%以内。\n");
    write(reports.resolve("2025.txt"), "2025年浙江省政府工作报告\n各位代表：\n一、2024年工作回顾\n"
        + "全省生产总值增长5.5%，城镇调查失业率4.5%。\n");
    write(reports.resolve("notes.json"), "{}");
    Run r = run("panel", dir.resolve("reports").toString());
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines.get(0)).isEqualTo(String.join(",", PanelOutput.COLUMNS));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).isEqualTo("浙江省,浙江省,Zhejiang,CN-ZJ,330000,PROVINCE,,,,,2024,生产总值,GDP,Gross domestic (regional) product,GROWTH,ABOUT,5.5,,%,false,MAIN,"
        + "生产总值增长5.5%左右,5.5,,%,false,全省生产总值增长5.5%,MET,0,个百分点," + reports.resolve("2024.txt") + ","
        + reports.resolve("2025.txt") + ",33,45");
    assertThat(r.err().lines()).containsExactly("govreport: " + dir.resolve("reports") + ": left out 1 files that are"
        + " not text (.txt, .text, .md, .markdown, .htm, .html are read in folders; name others one by one)");

    Run jsonl = run("panel", "--format", "jsonl", "--indicator", "SURVEYED_UNEMPLOYMENT", dir.resolve("reports").toString());
    JsonNode row = json(jsonl.out().lines().findFirst().orElseThrow());
    assertThat(jsonl.out().lines()).hasSize(1);
    assertThat(row.get("status").asText()).isEqualTo("EXCEEDED");
    assertThat(row.get("target_value").isNumber()).isTrue();
    assertThat(row.get("gap").decimalValue()).isEqualByComparingTo("-0.5");

    Path svg = dir.resolve("gdp.svg");
    Run charted = run("panel", "--indicator", "GDP", "--chart", svg.toString(), "--format", "table",
        dir.resolve("reports").toString());
    assertThat(charted.code()).isZero();
    assertThat(charted.out()).contains("浙江省", "MET");
    String picture = Files.readString(svg, StandardCharsets.UTF_8);
    assertThat(picture).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Zhejiang 2024")
        .contains(PanelChart.COLOURS.get(io.github.govreport.compute.Status.MET));
  }

  @Test
  void panelGoesOnPastAnUnreadableFileAndSaysSo(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.txt");
    write(good, "2024年浙江省政府工作报告\n各位代表：\n主要预期目标是：生产总值增长5.5%左右。\n");
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[4096]);
    Run r = run("panel", good.toString(), binary.toString(), dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.err().lines()).containsExactlyInAnyOrder("govreport: " + dir.resolve("missing.txt") + ": no such file",
        "govreport: " + binary + ": is binary data, not text");
    assertThat(run("panel", "--jobs", "0", good.toString()).code()).isEqualTo(2);
    Run noIndicator = run("panel", "--chart", dir.resolve("x.svg").toString(), good.toString());
    assertThat(noIndicator.code()).isEqualTo(2);
    assertThat(noIndicator.err()).contains("--chart draws one indicator");
  }

  @Test
  void panelKeepsOneProvincesPrefecturesAndParseTakesAStatedRegion() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = GovReportCli.run(new String[] {"panel", "src/test/resources/corpus", "--province", "河南", "--level",
        "prefecture", "--indicator", "GDP", "--format", "jsonl"}, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    assertThat(code).isZero();
    assertThat(out.toString().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"region\":\"驻马店市\"",
        "\"level\":\"PREFECTURE\"", "\"division_code\":\"411700\"", "\"province\":\"河南省\""));
    assertThat(err.toString()).contains("SOURCES.md");
    java.io.StringWriter bad = new java.io.StringWriter();
    assertThat(GovReportCli.run(new String[] {"panel", "src/test/resources/corpus", "--province", "驻马店"},
        new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(bad))).isEqualTo(2);
    assertThat(bad.toString()).startsWith("govreport: --province 驻马店 is no province");
    java.io.StringWriter parsed = new java.io.StringWriter();
    assertThat(GovReportCli.run(new String[] {"parse", "--region", "唐县",
        "src/test/resources/corpus/city/gaotang-2023.txt"}, new java.io.PrintWriter(parsed),
        new java.io.PrintWriter(new java.io.StringWriter()))).isZero();
    assertThat(parsed.toString()).contains("\"divisionCode\" : \"130627\"");
  }

  @Test
  void theEdgesOfTheCommandLineAnswerInOnePlainSentence() {
    Run charset = run("parse", SEED, "--charset", "BOGUS");
    assertThat(charset.code()).isEqualTo(2);
    assertThat(charset.err()).isEqualTo("govreport: Invalid value for option '--charset': 'BOGUS' is no charset this"
        + " Java knows (try UTF-8, GB18030 or Big5) (try --help)\n").doesNotContain("Exception");
    Run typo = run("parse", SEED, "--fromat", "table");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).isEqualTo("govreport: unknown option '--fromat' of parse: did you mean --format? (try --help)\n");
    Run chinese = run("panel", "src/test/resources/corpus/jilin-2025.txt", "--indicator", "粮食产量", "--format", "jsonl");
    assertThat(chinese.code()).isZero();
    assertThat(chinese.out()).contains("\"indicator_key\":\"GRAIN_OUTPUT\"");
    Run unknown = run("panel", "src/test/resources/corpus/jilin-2025.txt", "--indicator", "");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("govreport: --indicator '' is no indicator the catalog knows").contains("GDP,")
        .doesNotContain("Exception");
  }

  @Test
  void aFailureToWriteTheOutputIsOneLineAndExitCodeOne() {
    for (String[] args : List.of(new String[] {"parse", SEED}, new String[] {"parse", SEED, "--format", "table"},
        new String[] {"panel", "src/test/resources/corpus/jilin-2025.txt"}, new String[] {"attain",
            "src/test/resources/corpus/jilin-2025.txt", "src/test/resources/corpus/panel/jilin-2026.txt"},
        new String[] {"diff", "src/test/resources/corpus/jilin-2025.txt", "src/test/resources/corpus/panel/jilin-2026.txt",
            "--format", "markdown"})) {
      java.io.StringWriter err = new java.io.StringWriter();
      java.io.OutputStream full = new java.io.OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          throw new java.io.IOException("No space left on device");
        }
      };
      int code = GovReportCli.run(args, full, new PrintWriter(err));
      assertThat(code).as(String.join(" ", args)).isEqualTo(1);
      assertThat(err.toString()).as(String.join(" ", args))
          .isEqualTo("govreport: cannot write the output: no space left on device\n");
    }
  }

  @Test
  void theTopLevelHelpSaysEachCommandInAWholeSentence() {
    Run help = run("--help");
    assertThat(help.out()).contains("diff        Lists how the main targets changed from OLD_REPORT to NEW_REPORT.",
        "panel       Reads many reports into one panel of targets beside next year's",
        "indicators  Lists the indicators the catalog knows: key, English label, unit");
  }

  @Test
  void aPanelFollowsALinkToAFolderAndGoesOnPastOneItCannotRead(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("real/sub"));
    Files.copy(Path.of("src/test/resources/corpus/jilin-2025.txt"), dir.resolve("real/jilin-2025.txt"));
    Files.copy(Path.of("src/test/resources/corpus/panel/jilin-2026.txt"), real.resolve("jilin-2026.txt"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Files.createSymbolicLink(real.resolve("loop"), dir.resolve("real")); // a folder the walk cannot read again
    Run r = run("panel", link.toString(), "--indicator", "GDP", "--format", "jsonl");
    assertThat(r.out().lines()).isNotEmpty().anySatisfy(l -> assertThat(l).contains("\"status\":\"MET\""));
    assertThat(r.err()).contains(": cannot be read (a link loops back); the panel goes on").doesNotContain("internal");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void theIndicatorsAreListedAndExtendedFromAFileOfTheLibrarysForm(@TempDir Path dir) throws Exception {
    Run list = run("indicators");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("GDP", "Gross domestic (regional) product", "HIGHER_IS_BETTER", "生产总值、地区生产总值");
    Path tsv = dir.resolve("more.tsv");
    Files.writeString(tsv, "# tourism\nTOURIST_VISITS\tHIGHER_IS_BETTER\t接待游客|游客接待量\tTourist visits\tPERSON_TIMES\n");
    Run more = run("indicators", "--indicators", tsv.toString(), "--format", "tsv");
    assertThat(more.out().lines()).contains("TOURIST_VISITS\tHIGHER_IS_BETTER\t接待游客|游客接待量\tTourist visits\tPERSON_TIMES");
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "2025年某县政府工作报告\n二、2025年工作安排\n主要预期目标是：接待游客增长10%。\n");
    Run parsed = run("parse", report.toString(), "--indicators", tsv.toString());
    JsonNode indicator = json(parsed.out()).get("targets").get(0).get("indicator");
    assertThat(indicator.get("key").asText()).isEqualTo("TOURIST_VISITS");
    assertThat(indicator.get("english").asText()).isEqualTo("Tourist visits");
    Files.writeString(tsv, "TOURIST_VISITS\tSOMETIMES\t接待游客\n");
    Run bad = run("parse", report.toString(), "--indicators", tsv.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).startsWith("govreport: " + tsv + ": line 1: no polarity 'SOMETIMES' (one of HIGHER_IS_BETTER")
        .doesNotContain("Exception").doesNotContain("io.github");
  }

  @Test
  void thePanelKeepsTheHeadlineTargetsWritesAByteOrderMarkAndDrawsEveryMarkItUses(@TempDir Path dir)
      throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Path svg = dir.resolve("gdp.svg");
    int code = GovReportCli.run(new String[] {"panel", "src/test/resources/corpus", "--scope", "main", "--bom",
        "--indicator", "GDP", "--chart", svg.toString()}, bytes, new PrintWriter(new java.io.StringWriter()));
    assertThat(code).isZero();
    byte[] b = bytes.toByteArray();
    assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(b, 3, b.length - 3, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",MAIN,"));
    String picture = Files.readString(svg);
    assertThat(picture).contains("▲ at least", "▼ at most", ">range<", ">target<");
    int width = Integer.parseInt(picture.replaceAll("(?s).*?width=\"(\\d+)\".*", "$1"));
    String subtitle = picture.replaceAll("(?s).*?<text x=\"\\d+\" y=\"44\"[^>]*>([^<]*)<.*", "$1");
    assertThat(width).as("the subtitle fits").isGreaterThan(7 * subtitle.length());
    assertThat(run("panel", "src/test/resources/corpus", "--scope", "headline").code()).isEqualTo(2);
  }

  @Test
  void aHugeSizeLimitStillTellsBinaryDataAndAFileOfTwoCharsetsIsRead(@TempDir Path dir) throws Exception {
    Path zeros = dir.resolve("zeros.bin");
    Files.write(zeros, new byte[1 << 20]);
    Run huge = run("parse", "--max-size", String.valueOf(Long.MAX_VALUE), zeros.toString());
    assertThat(huge.code()).isEqualTo(1);
    assertThat(huge.err()).isEqualTo("govreport: " + zeros + ": is binary data, not text\n");
    Path mixed = dir.resolve("mixed.txt");
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write("2025年某省政府工作报告\n一、2024年工作回顾\n全省生产总值增长5%。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    b.write("城镇新增就业100万人，居民收入增长6%。\n".getBytes(java.nio.charset.Charset.forName("GBK")));
    Files.write(mixed, b.toByteArray());
    Run read = run("parse", mixed.toString());
    assertThat(read.code()).isZero();
    JsonNode report = json(read.out());
    assertThat(report.get("actuals")).hasSize(3);
    assertThat(report.toString()).contains("read line by line: 3 lines in UTF-8 and 1 in GB18030");
  }
}
