package io.github.govreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Program;
import io.github.govreport.model.Project;
import io.github.govreport.model.ProjectStatus;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Section;
import io.github.govreport.model.SourceSpan;
import io.github.govreport.model.Target;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonContractTest {

  static final String TEXT = "生产总值增长5.5%左右，地区生产总值增长4.5-5%";

  static Report sample() {
    return Report.builder()
        .title("2024年浙江省政府工作报告")
        .region(Region.resolve("浙江省"))
        .reviewYear(2023)
        .planYear(2024)
        .addSections(Section.builder().label("一、").title("2023年工作回顾").level(1)
            .span(SourceSpan.of(0, 10)).headingSpan(SourceSpan.of(0, 4)).build())
        .addTargets(Target.builder()
            .indicator(Indicator.of("生产总值", IndicatorKey.GDP))
            .measure(Measure.GROWTH)
            .bound(Bound.ABOUT)
            .quantity(Quantity.of("5.5", Unit.PERCENT))
            .scope(Scope.MAIN)
            .year(2024)
            .span(SourceSpan.of(0, 12))
            .text("生产总值增长5.5%左右")
            .build())
        .addTargets(Target.builder()
            .indicator(Indicator.of("地区生产总值", IndicatorKey.GDP))
            .measure(Measure.GROWTH)
            .bound(Bound.EXACT)
            .quantity(Quantity.range(new BigDecimal("4.5"), new BigDecimal("5"), Unit.PERCENT))
            .scope(Scope.MAIN)
            .stretch(true)
            .year(2024)
            .span(SourceSpan.of(13, 27))
            .text("地区生产总值增长4.5-5%")
            .build())
        .addActuals(Actual.builder()
            .indicator(Indicator.named("生产安全事故起数"))
            .measure(Measure.GROWTH)
            .quantity(Quantity.of("-11.3", Unit.PERCENT))
            .year(2023)
            .span(SourceSpan.of(0, 3))
            .text("生产总")
            .build())
        .addPrograms(Program.builder().name("“八八战略”").nickname("八八战略")
            .span(SourceSpan.of(0, 6)).text("“八八战略”").build())
        .addProjects(Project.builder().name("金甬铁路").status(ProjectStatus.COMPLETED).year(2023)
            .span(SourceSpan.of(0, 4)).text("金甬铁路").build())
        .addDiagnostics(Diagnostic.of(DiagnosticCode.NOISE_SKIPPED, "photo caption", SourceSpan.of(3, 5)))
        .build();
  }

  @Test
  void roundTripsAReport() {
    Report report = sample();
    assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
    assertThat(ReportJson.read(ReportJson.write(report, true))).isEqualTo(report);
  }

  @Test
  void carriesTheContractNames() throws Exception {
    JsonNode json = ReportJson.mapper().readTree(ReportJson.write(sample()));
    assertThat(json.get("title").asText()).isEqualTo("2024年浙江省政府工作报告");
    assertThat(json.get("region").get("name").asText()).isEqualTo("浙江省");
    assertThat(json.get("region").get("divisionCode").asText()).isEqualTo("330000");
    assertThat(json.get("reviewYear").asInt()).isEqualTo(2023);
    assertThat(json.get("planYear").asInt()).isEqualTo(2024);
    assertThat(json.get("sections").get(0).get("label").asText()).isEqualTo("一、");
    assertThat(json.get("diagnostics").get(0).get("code").asText()).isEqualTo("NOISE_SKIPPED");

    JsonNode t = json.get("targets").get(0);
    assertThat(t.get("indicator").get("name").asText()).isEqualTo("生产总值");
    assertThat(t.get("indicator").get("key").asText()).isEqualTo("GDP");
    assertThat(t.get("measure").asText()).isEqualTo("GROWTH");
    assertThat(t.get("bound").asText()).isEqualTo("ABOUT");
    assertThat(t.get("scope").asText()).isEqualTo("MAIN");
    assertThat(t.get("stretch").asBoolean()).isFalse();
    assertThat(t.get("quantity").get("value").isNumber()).isTrue();
    assertThat(t.get("quantity").get("value").decimalValue()).isEqualByComparingTo("5.5");
    assertThat(t.get("quantity").get("unit").asText()).isEqualTo("%");
    assertThat(t.get("quantity").has("upper")).isFalse();
    assertThat(t.get("year").asInt()).isEqualTo(2024);
    assertThat(t.get("span").get("start").asInt()).isEqualTo(0);
    assertThat(t.get("span").get("end").asInt()).isEqualTo(12);
    assertThat(t.get("text").asText()).isEqualTo("生产总值增长5.5%左右");

    JsonNode range = json.get("targets").get(1);
    assertThat(range.get("bound").asText()).isEqualTo("EXACT");
    assertThat(range.get("stretch").asBoolean()).isTrue();
    assertThat(range.get("quantity").get("value").decimalValue()).isEqualByComparingTo("4.5");
    assertThat(range.get("quantity").get("upper").decimalValue()).isEqualByComparingTo("5");

    JsonNode a = json.get("actuals").get(0);
    assertThat(a.get("indicator").get("key").isNull()).isTrue();
    assertThat(a.get("quantity").get("value").decimalValue()).isEqualByComparingTo("-11.3");
    assertThat(a.get("estimated").asBoolean()).isFalse();
    assertThat(a.get("measure").asText()).isEqualTo("GROWTH");

    assertThat(json.get("projects").get(0).get("name").asText()).isEqualTo("金甬铁路");
    assertThat(json.get("projects").get(0).get("status").asText()).isEqualTo("COMPLETED");
    assertThat(json.get("programs").get(0).get("name").asText()).isEqualTo("“八八战略”");
    assertThat(json.get("programs").get(0).get("nickname").asText()).isEqualTo("八八战略");
  }

  @Test
  void readsTheRangeBoundOfEarlierJsonAsExact() {
    Report report = sample();
    String earlier = ReportJson.write(report).replaceFirst("\"bound\"\\s*:\\s*\"EXACT\"", "\"bound\":\"RANGE\"");
    assertThat(earlier).contains("\"RANGE\"");
    assertThat(ReportJson.read(earlier)).isEqualTo(report);
  }

  @Test
  void writesDecimalsPlain() {
    Quantity q = Quantity.of(new BigDecimal("1E+1"), Unit.parse("亿元"));
    assertThat(ReportJson.write(q)).isEqualTo("{\"value\":10,\"unit\":\"亿元\",\"dimension\":\"YUAN\"}");
  }

  @Test
  void readsUnitsSharingASymbolByTheirDimension() {
    Quantity rank = Quantity.of("2", Unit.of("名", io.github.govreport.model.Dimension.RANK, BigDecimal.ONE));
    assertThat(ReportJson.read(ReportJson.write(rank), Quantity.class)).isEqualTo(rank);
    assertThat(ReportJson.read("{\"value\":300,\"unit\":\"名\"}", Quantity.class).unit().dimension())
        .as("JSON written before the dimension was added").isEqualTo(io.github.govreport.model.Dimension.PERSONS);
  }

  @Test
  void rejectsJsonThatIsNotAReportWithAMessage() {
    assertThatThrownBy(() -> ReportJson.read("{\"targets\": 5}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Report in JSON");
    assertThatThrownBy(() -> ReportJson.read(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("json");
  }
}
