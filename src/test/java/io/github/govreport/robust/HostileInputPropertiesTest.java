package io.github.govreport.robust;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.govreport.ReportParser;
import io.github.govreport.parse.CorpusTexts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * The parser never throws and its invariants hold on any string: arbitrary code points, random mixes of the
 * words reports are made of, and corpus texts mutated by deletions, duplications, swaps and noise. Checked
 * by QuickTheories, which shrinks any failure to a small input.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputPropertiesTest {

  static final ReportParser PARSER = ReportParser.create();
  static final List<String> TEXTS = CorpusTexts.each();

  /** The alphabet of reports: figures, units, qualifiers, punctuation, headings, markup. */
  static final List<String> ALPHABET = List.of("0", "1", "5", "9", ".", ",", "%", "％", "５", "．", "。", "，", "、", "；",
      "：", "“", "”", "（", "）", "《", "》", "增长", "下降", "左右", "以上", "以内", "不低于", "控制在", "达到", "亿", "万",
      "元", "亿元", "万人", "个百分点", "倍", "第", "位", "分别", "各", "力争", "预计", "和", "与", "城乡", "生产总值",
      "城镇调查失业率", "居民收入", "经济增长同步", "主要预期目标是：", "一、", "（一）", "1.", "——", "一是", "**", "# ",
      "\n", "\n\n", "<sub>", "</sub>", "&amp;", "2024年", "2025年", "工作回顾", "重点工作", "十四五", "五年来", "到2030年",
      "等一批重大项目", "建成投用", "开工建设", "百分之", "两成", "一千二百", "-", "—", "至", "\u3000", " ", "\t",
      "\u0000", "\uD800", "\uDC00", "打印", "本报记者", "摄", "😀", "😀😀😀😀😀😀😀😀😀😀", "𝟎", "标箱", "增𝟎长",
      "[1]", "^[2]", "〔3〕", "★", "_M_M_", "1O％", "??", "\\r\\n", "主要预期目标是：", "全县", "我市", "驻马店", "二O一二年",
      "在保定市第十五届人民代表大会第六次会议上", "县长", "人民政府");

  static Gen<String> mixes() {
    return lists().of(arbitrary().pick(ALPHABET)).ofSizeBetween(0, 400).map(parts -> String.join("", parts));
  }

  static Gen<String> mutated() {
    Gen<List<Integer>> edits = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 24);
    return arbitrary().pick(TEXTS).zip(edits, HostileInputPropertiesTest::mutate);
  }

  /** Applies edits, three numbers each: what to do, where, how much. */
  static String mutate(String text, List<Integer> e) {
    StringBuilder sb = new StringBuilder(text);
    for (int k = 0; k + 2 < e.size(); k += 3) {
      if (sb.length() == 0) {
        break;
      }
      int at = e.get(k + 1) % sb.length();
      int len = Math.min(1 + e.get(k + 2) % 200, sb.length() - at);
      switch (e.get(k) % 4) {
        case 0:
          sb.delete(at, at + len);
          break;
        case 1:
          sb.insert(at, sb.substring(at, at + len));
          break;
        case 2: {
          int other = e.get(k + 2) % sb.length();
          char c = sb.charAt(at);
          sb.setCharAt(at, sb.charAt(other));
          sb.setCharAt(other, c);
          break;
        }
        default:
          sb.insert(at, ALPHABET.get(e.get(k + 2) % ALPHABET.size()));
      }
    }
    return sb.toString();
  }

  @Test
  void arbitraryStrings() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 3000))
        .checkAssert(s -> Invariants.check(s, PARSER.parse(s)));
  }

  @Test
  void basicMultilingualPlaneStrings() {
    qt().withExamples(300).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 3000))
        .checkAssert(s -> Invariants.check(s, PARSER.parse(s)));
  }

  @Test
  void mixesOfTheReportAlphabet() {
    qt().withExamples(1000).forAll(mixes()).checkAssert(s -> Invariants.check(s, PARSER.parse(s)));
  }

  @Test
  void mutatedCorpusTexts() {
    qt().withExamples(150).forAll(mutated()).checkAssert(s -> Invariants.check(s, PARSER.parse(s)));
  }
}
