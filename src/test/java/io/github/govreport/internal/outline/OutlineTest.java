package io.github.govreport.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.LineJoiner;
import io.github.govreport.internal.text.NormalizedText;
import io.github.govreport.internal.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outline stage alone: which paragraphs are the speech and which the matter after it. */
class OutlineTest {

  private static Outline outline(String input) {
    NormalizedText n = LineJoiner.join(Normalizer.normalize(input));
    return Outline.of(n.text, n.markdownHeadings);
  }

  /** The part of each paragraph of a text, in order. */
  private static List<Part> parts(String input) {
    Outline o = outline(input);
    List<Part> out = new ArrayList<>();
    for (Block b : o.blocks) {
      out.add(b.part);
    }
    return out;
  }

  private static String report(String heading) {
    return "各位代表：\n\n一、2022年工作回顾\n\n全县生产总值增长6%。\n\n" + heading
        + "\n\n1.“1222”制造业产业体系：指做强1个主导产业，即装备制造业。\n";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"名词解释", "附：名词解释", "附件：名词解释", "※名词解释※", "[名词解释]", "《政府工作报告》名词解释"})
  void aGlossaryHeadingEndsTheSpeech(String heading) {
    assertThat(parts(report(heading))).containsExactly(
        Part.BODY, Part.BODY, Part.BODY, Part.BACK_MATTER, Part.BACK_MATTER);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "附：新建学校3所", // what the colon leads to is no heading of back matter
      "今年重点做好以下工作：名词解释", // the lead before the colon is a sentence's, not an appendix's
  })
  void aColonLeadsToBackMatterOnlyAfterAShortLead(String heading) {
    assertThat(parts(report(heading))).containsExactly(
        Part.BODY, Part.BODY, Part.BODY, Part.BODY, Part.BODY);
  }

  @Test
  void theTitleIsTheShortLineNamingTheReportAndTheSpeechStartsAtTheAddress() {
    Outline o = outline("2025年某县政府工作报告\n——2025年1月8日在某县第十届人民代表大会第五次会议上\n县长 某某\n"
        + "各位代表：\n现在，我代表县人民政府作工作报告。\n一、2024年工作回顾\n全县生产总值增长6%。\n");
    assertThat(o.title).isEqualTo("2025年某县政府工作报告");
    assertThat(o.blocks).extracting(b -> b.part).containsExactly(Part.PREAMBLE, Part.PREAMBLE, Part.PREAMBLE,
        Part.BODY, Part.BODY, Part.BODY, Part.BODY);
  }

  @Test
  void aPartHeadingIsLabelledAndItsTitleReadApart() {
    Outline o = outline("各位代表：\n一、2024年工作回顾\n全县生产总值增长6%。\n（一）经济运行稳中向好\n新建学校10所。\n");
    assertThat(o.blocks).extracting(b -> b.kind).containsExactly(null, LabelKind.CHINESE_ENUM, null,
        LabelKind.CHINESE_PAREN, null);
    Block part = o.blocks.get(1);
    assertThat(o.text.text(part.titleStart, part.titleEnd)).isEqualTo("2024年工作回顾");
  }
}
