package io.github.govreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.ValidationMessage;
import io.github.govreport.ReportParser;
import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.model.Report;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON contract is the model's own: an application's mapper, with the modules on its class path found as a
 * Spring Boot application finds them, writes exactly what {@link ReportJson} writes, reads it back equal, and
 * its output meets the schema; a bare mapper fails with a message that names the module to add.
 */
class ApplicationMapperTest {

  static final Report SEED = parse("seeds/zhejiang-2024-summary.txt");

  static Report parse(String file) {
    try {
      return ReportParser.create().parse(Path.of(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Arguments> mappers() {
    return Stream.of(
        Arguments.of("findAndRegisterModules", new ObjectMapper().findAndRegisterModules()),
        // what Spring Boot's auto-configuration amounts to: its builder's defaults and the modules found
        Arguments.of("Spring Boot style", JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build()),
        Arguments.of("strict", JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void anApplicationsMapperWritesTheContractAndReadsItBack(String style, ObjectMapper mapper) throws Exception {
    String json = mapper.writeValueAsString(SEED);
    assertThat(json).isEqualTo(ReportJson.write(SEED));
    assertThat(mapper.readValue(json, Report.class)).isEqualTo(SEED);
    Set<ValidationMessage> errors = JsonSchemaTest.SCHEMA.validate(mapper.readTree(json));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void anApplicationsMapperWritesTheComputationsAsTheLibraryDoes(String style, ObjectMapper mapper) throws Exception {
    Report review = parse("examples/data/review-2024-handmade.txt");
    AttainmentReport a = Attainment.defaults().assess(SEED, review);
    assertThat(mapper.writeValueAsString(a)).isEqualTo(ReportJson.write(a));
    assertThat(mapper.writeValueAsString(SEED.region().orElseThrow())).isEqualTo(ReportJson.write(SEED.region().get()));
  }

  @Test
  void aBareMapperSaysWhichModuleToAdd() {
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(SEED))
        .hasMessageContaining("jackson-datatype-jdk8");
  }
}
