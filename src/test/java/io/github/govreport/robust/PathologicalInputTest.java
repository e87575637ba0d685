package io.github.govreport.robust;

import io.github.govreport.ReportParser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to find quadratic paths and crashes: a megabyte of one token, very long lines, no line
 * breaks, nothing but line breaks, control characters and broken surrogates. Each must parse, within the
 * class's time limit, into a report whose invariants hold. The limit tells a linear parse (2 to 7 seconds each on a
 * two-core build machine, the slowest when another build shares it) from a quadratic one, which on a megabyte takes
 * hours: it is no measure of speed, which the benchmarks give.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

  static final ReportParser PARSER = ReportParser.create();
  static final int MEGA = 1 << 20;

  static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.toString();
  }

  static void parse(String input) {
    Invariants.check(input, PARSER.parse(input));
  }

  @Test void megabyteOfDigits() { parse(repeat("1234567890", MEGA)); }
  @Test void megabyteOfOnePoint() { parse(repeat("1.", MEGA)); }
  @Test void megabyteOfGrowth() { parse(repeat("增长", MEGA)); }
  @Test void megabyteOfOpeningBrackets() { parse(repeat("（", MEGA)); }
  @Test void megabyteOfMixedBrackets() { parse(repeat("（“《【", MEGA)); }
  @Test void megabyteOfPercent() { parse(repeat("%", MEGA)); }
  @Test void megabyteOfTargets() { parse(repeat("5%左右，", MEGA)); }
  @Test void megabyteOfTargetsWithoutCommas() { parse(repeat("增长5%左右", MEGA)); }
  @Test void megabyteOfRatios() { parse(repeat("结构调整为7.4∶39.6∶53∶2.21∶1∶", MEGA)); }
  @Test void megabyteOfQuotes() { parse(repeat("“", MEGA)); }
  @Test void megabyteOfBalancedQuotes() { parse(repeat("“千项万亿”工程", MEGA)); }
  @Test void megabyteOfListSeparators() { parse(repeat("、", MEGA)); }
  @Test void megabyteOfListedFigures() { parse(repeat("5%、", MEGA)); }
  @Test void megabyteOfAttributiveFigures() { parse(repeat("1个项目", MEGA)); }
  @Test void megabyteOfCountedLists() { parse(repeat("新建5个车间、工厂", MEGA)); }
  @Test void aCountedListWithoutEnd() { parse("新建5个车间、" + repeat("工厂", MEGA)); }
  @Test void megabyteOfRespectively() { parse("城镇和农村居民人均可支配收入分别增长" + repeat("5.2%、", MEGA)); }
  @Test void megabyteOfProjectLists() { parse(repeat("甲、乙等一批重大项目建成投用，", MEGA)); }
  @Test void megabyteOfHeadings() { parse(repeat("一、回顾\n（一）工作\n1.事项\n——要点\n", MEGA)); }
  @Test void megabyteOfMainTargetsPhrases() { parse(repeat("主要预期目标", MEGA)); }
  @Test void megabyteOfPassages() { parse(repeat("主要预期目标是：生产总值增长5%左右。\n", MEGA)); }
  @Test void megabyteOfTags() { parse(repeat("<sub>", MEGA)); }
  @Test void megabyteOfUnclosedTags() { parse(repeat("<a", MEGA)); }
  @Test void megabyteOfEntities() { parse(repeat("&amp;&#x4E00;&nbsp;&", MEGA)); }
  @Test void megabyteOfMarkdown() { parse(repeat("# **", MEGA)); }
  @Test void megabyteOfChineseNumerals() { parse(repeat("一千二百万人", MEGA)); }
  @Test void megabyteOfRanges() { parse(repeat("4.5-5%", MEGA)); }
  @Test void megabyteOfRanks() { parse(repeat("居全国第4位", MEGA)); }
  @Test void megabyteOfYears() { parse(repeat("到2035年", MEGA)); }
  @Test void megabyteOfFullWidth() { parse(repeat("５．５％", MEGA)); }
  @Test void aVeryLongLine() { parse(repeat("全省生产总值增长6%，规模以上工业增加值增长6%，", MEGA)); }
  @Test void aReportWithoutLineBreaks() { parse(repeat(io.github.govreport.parse.CorpusTexts.all().replace("\n", ""), MEGA)); }
  @Test void onlyLineBreaks() { parse(repeat("\n", MEGA)); }
  @Test void onlyCarriageReturns() { parse(repeat("\r\n\r", MEGA)); }
  @Test void nulAndControlCharacters() { parse(repeat("\u0000\u0001增长5%\u0007\u001b[0m\u007f\u0085", MEGA)); }
  @Test void unpairedSurrogates() { parse(repeat("\uD800增长\uDC005%\uD83D", MEGA)); }
  @Test void pairedSurrogates() { parse(repeat("\uD83D\uDE00生产总值增长5%", MEGA)); }
  @Test void noiseOnly() { parse(repeat("打印\n【字号：\n本报记者 张三 摄\n", MEGA)); }
}
