package io.github.govreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.govreport.ReportParser;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of every report the tests hold (the corpus, the panel, the seed, the synthetic reports, the
 * crashers) validates against {@code report.schema.json}, which allows no property it does not describe: the
 * schema and the output cannot drift apart.
 */
class JsonSchemaTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonSchema SCHEMA = schema();

  static JsonSchema schema() {
    try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> reports() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String dir : List.of("src/test/resources/corpus", "src/test/resources/corpus/panel",
        "src/test/resources/synthetic", "src/test/resources/crashers", "seeds")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyReportsJsonMeetsTheSchema(Path file) throws IOException {
    Report report = ReportParser.create().parse(file);
    Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(ReportJson.write(report)));
    assertThat(errors).as("schema errors of %s", file).isEmpty();
  }

  @Test
  void theSchemaKnowsEveryDiagnosticCodeAndNoOther() throws IOException {
    JsonNode schema;
    try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
      schema = JSON.readTree(in);
    }
    List<String> codes = new ArrayList<>();
    schema.at("/$defs/diagnostic/properties/code/enum").forEach(c -> codes.add(c.asText()));
    assertThat(codes).containsExactlyElementsOf(
        Arrays.stream(DiagnosticCode.values()).map(Enum::name).collect(Collectors.toList()));
  }

  @Test
  void theSchemaRefusesWhatTheContractDoesNotHold() throws IOException {
    String seed = Files.readString(Path.of("seeds/zhejiang-2024-summary.txt"), StandardCharsets.UTF_8);
    ObjectNode json = (ObjectNode) JSON.readTree(ReportJson.write(ReportParser.create().parse(seed)));
    ((ObjectNode) json.get("targets").get(0)).remove("span");
    ((ObjectNode) json.get("actuals").get(0)).put("confidence", 0.9);
    assertThat(SCHEMA.validate(json)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("span"))
        .anySatisfy(m -> assertThat(m).contains("confidence"));
  }
}
