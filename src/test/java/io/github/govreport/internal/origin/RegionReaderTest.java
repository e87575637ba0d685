package io.github.govreport.internal.origin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who gave a report: each kind of line a report names itself in, alone, and what the text says of itself. */
class RegionReaderTest {

  static final ReportParser PARSER = ReportParser.create();
  static final String BODY = "\n各位代表：\n一、2024年工作回顾\n全县生产总值增长5%。\n二、2025年工作安排\n主要预期目标是：生产总值增长5%左右。\n";

  static Report parse(String front) {
    return PARSER.parse(front.replace("\\n", "\n") + BODY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the report's front lines | written | official name | code
      "高唐县2023年政府工作报告|高唐县|高唐县|371526",
      "2020年曲阳县政府工作报告|曲阳县|曲阳县|130634",
      "博野县2025年政府工作报告|博野县|博野县|130637",
      "保定市徐水区2024年政府工作报告|保定市徐水区|徐水区|130609",
      "2025年广西政府工作报告|广西|广西壮族自治区|450000",
      "政府工作报告\\n——2021年1月31日在保定市第十五届人民代表大会第六次会议上|保定市|保定市|130600",
      "政府工作报告\\n——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上|呼伦贝尔市海拉尔区|海拉尔区|150702",
      "政府工作报告\\n——2025年3月5日在第十四届全国人民代表大会第三次会议上|全国|全国|100000",
      "政府工作报告\\n顺平县人民政府县长 岳文民|顺平县|顺平县|130636",
      "政府工作报告\\n高唐县县长杨曙光|高唐县|高唐县|371526",
      "——2014年2月19日在驻马店市第三届人民代表大会第五次会议上驻马店市人民政府市长武国定|驻马店市|驻马店市|411700",
      "政府工作报告\\n各位代表：现在，我代表海拉尔区人民政府向大会作工作报告。|海拉尔区|海拉尔区|150702",
      "米易县2024年政府工作报告|米易县|米易县|510421",
      "易县2024年政府工作报告|易县|易县|130633",
      "定兴县2024年政府工作报告|定兴县|定兴县|130626",
  })
  void readsTheNameTheReportWritesOfItself(String front, String written, String name, String code) {
    Region r = parse(front).region().orElseThrow();
    assertThat(r.written()).isEqualTo(written);
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.divisionCode()).hasValue(code);
  }

  @Test
  void aCountyRenamedSinceResolvesByItsStemWithADiagnostic() {
    Report r = parse("满城县2008年政府工作报告");
    assertThat(r.region().orElseThrow().name()).isEqualTo("满城区");
    assertThat(r.region().orElseThrow().written()).isEqualTo("满城县");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.REGION_RENAMED);
  }

  @Test
  void thePlaceNamedMostWhileTheTextSpeaksOfItselfIsTheRegion() {
    Report r = PARSER.parse("政府工作报告\n各位代表：\n一、2009年工作回顾\n驻马店全市生产总值增长10%，我市粮食产量创新高。"
        + "驿城区、平舆县、驻马店经济稳步发展，驻马店工业增长，合作交流、合作项目、对外合作不断深化。\n"
        + "二、2010年工作安排\n主要预期目标是：生产总值增长10%左右。\n");
    assertThat(r.region().orElseThrow().name()).isEqualTo("驻马店市");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.REGION_INFERRED);
  }

  @Test
  void aNameSeveralDivisionsShareIsDecidedByTheProvinceTheTextNames() {
    Report beijing = parse("朝阳区2024年政府工作报告\\n北京市朝阳区人民政府区长");
    assertThat(beijing.region().orElseThrow().divisionCode()).hasValue("110105"); // the signature names 北京市
    Report decided = PARSER.parse("朝阳区2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n在北京市委坚强领导下，全区"
        + "生产总值增长5%，北京、北京。\n");
    assertThat(decided.region().orElseThrow().divisionCode()).hasValue("110105");
    Report undecided = parse("朝阳区2024年政府工作报告");
    assertThat(undecided.region().orElseThrow().divisionCode()).isEmpty();
    assertThat(undecided.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.REGION_AMBIGUOUS)
        .singleElement().satisfies(d -> assertThat(d.message()).contains("110105", "220104"));
  }

  @Test
  void aCollectorsHeaderIsTheLastEvidenceOfTheRegion() {
    Report r = PARSER.parse("标题：2021年保定市政府工作报告\n发文单位：保定市人民政府\n\n各位代表：\n"
        + "一、2020年工作回顾\n生产总值增长4%。\n");
    assertThat(r.region().orElseThrow().name()).isEqualTo("保定市");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.COLLECTOR_HEADER_SKIPPED,
        DiagnosticCode.REGION_INFERRED);
  }

  @Test
  void aStatedRegionWinsOverTheText() {
    Report r = PARSER.withRegion("唐县").parse("高唐县2023年政府工作报告" + BODY);
    assertThat(r.region().orElseThrow().divisionCode()).hasValue("130627");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.REGION_STATED);
  }

  @Test
  void noRegionAnywhereIsADiagnostic() {
    Report r = PARSER.parse("政府工作报告\n各位代表：\n生产总值增长5%。\n");
    assertThat(r.region()).isEmpty();
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.REGION_NOT_FOUND);
  }
}
