package io.github.govreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The slips of texts as they are found, each read through into the normalised text with its diagnostic. */
class NormalizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the input (⟨rn⟩ and ⟨n⟩ the characters \r\n and \n) | the normalised text (⏎ a line break) | the diagnostic
      "一、回顾⟨rn⟩各位代表：⟨n⟩增长5%。|一、回顾⏎各位代表：⏎增长5%。|ESCAPED_LINE_BREAKS",
      "县长??王春雨|县长王春雨|LOST_CHARACTERS",
      "二��三五年|二三五年|LOST_CHARACTERS",
      "奋斗目标?今年是|奋斗目标今年是|LOST_CHARACTERS",
      "增长1O％|增长10%|LETTER_IN_FIGURE",
      "“三个圆满收官”[1]，经济|“三个圆满收官”，经济|FOOTNOTE_MARKERS",
      "规划体系^[7]初步形成|规划体系初步形成|FOOTNOTE_MARKERS",
      "改革〔12〕全部完成|改革全部完成|FOOTNOTE_MARKERS",
      "企业★200家|企业200家|FOOTNOTE_MARKERS",
      "规上企业R&D[5]经费投入|规上企业R&D经费投入|FOOTNOTE_MARKERS",
      "增长12_M_M_以上|增长12%以上|MANGLED_SIGN",
      "达到4l.1％|达到41.1%|LETTER_IN_FIGURE",
      "9l.9％的|91.9%的|LETTER_IN_FIGURE",
  })
  void readsThroughEachSlipWithADiagnostic(String input, String normalised, DiagnosticCode code) {
    NormalizedText r = Normalizer.normalize(input.replace("⟨rn⟩", "\\r\\n").replace("⟨n⟩", "\\n"));
    assertThat(r.text.toString().replace('\n', '⏎')).isEqualTo(normalised);
    assertThat(r.diagnostics).extracting(Diagnostic::code).contains(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"怎么办?|怎么办?", "5G网络|5G网络", "PM2.5|PM2.5", "GDP增长5%|GDP增长5%",
      "a[1]|a[1]"})
  void leavesWhatIsNoSlipAlone(String input, String normalised) {
    NormalizedText r = Normalizer.normalize(input);
    assertThat(r.text.toString()).isEqualTo(normalised);
    assertThat(r.diagnostics).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"由22.2：46.4：31.4调整|由22.2∶46.4∶31.4调整", "比例为3.6:48:48.4|比例为3.6∶48∶48.4",
      "结构为17.4︰39.1︰43.5|结构为17.4∶39.1∶43.5", "各位代表：|各位代表：", "目标是：5%|目标是：5%", "2020年：|2020年："})
  void readsAColonBetweenTwoDigitsAsTheRatioSign(String input, String normalised) {
    NormalizedText r = Normalizer.normalize(input);
    assertThat(r.text.toString()).isEqualTo(normalised);
    assertThat(r.diagnostics).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void restoresTheLineBreaksOfAReportWrittenOnOneLine() {
    String paragraph = "全省生产总值增长6%，城乡居民收入稳步增长。".repeat(120);
    String oneLine = "# 政府工作报告## 一、2023年工作回顾" + paragraph + "（一）稳增长。" + paragraph
        + "二、2024年工作安排各位代表：" + paragraph;
    NormalizedText r = Normalizer.normalize(oneLine);
    assertThat(r.text.toString().lines().map(l -> l.substring(0, Math.min(6, l.length())))
        .collect(Collectors.toList())).containsExactly("政府工作报告", "一、2023", "（一）稳增长", "二、2024");
    assertThat(r.diagnostics).extracting(Diagnostic::code).contains(DiagnosticCode.LINE_BREAKS_RESTORED);
    assertThat(Normalizer.normalize(paragraph + "\n" + paragraph).diagnostics).isEmpty(); // a text with its breaks
  }
}
