package io.github.govreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Jackson 3 users (Spring Boot 4): a Jackson 3 mapper does not read the model's Jackson 2 annotations, so left
 * alone it writes a report in another form than the contract. Registered with {@link ReportJson}'s module, as
 * the README shows, it writes the contract exactly and reads it back.
 */
class Jackson3Test {

  static SimpleModule govreport() {
    SimpleModule module = new SimpleModule("govreport");
    module.addSerializer(Report.class, new ValueSerializer<Report>() {
      @Override
      public void serialize(Report report, JsonGenerator out, SerializationContext context) {
        out.writeRawValue(ReportJson.write(report));
      }
    });
    module.addDeserializer(Report.class, new ValueDeserializer<Report>() {
      @Override
      public Report deserialize(JsonParser in, DeserializationContext context) {
        return ReportJson.read(context.readTree(in).toString());
      }
    });
    return module;
  }

  @Test
  void aJackson3MapperWithTheModuleWritesAndReadsTheContract() throws Exception {
    Report report = ReportParser.create().parse(Path.of("seeds/zhejiang-2024-summary.txt"));
    JsonMapper mapper = JsonMapper.builder().addModule(govreport()).build();
    String json = mapper.writeValueAsString(report);
    assertThat(json).isEqualTo(ReportJson.write(report));
    assertThat(mapper.readValue(json, Report.class)).isEqualTo(report);
  }

  @Test
  void withoutItAJackson3MapperWritesAnotherForm() {
    Report report = ReportParser.create().parse("主要预期目标是：地区生产总值增长5%左右。");
    String plain;
    try {
      plain = JsonMapper.builder().build().writeValueAsString(report);
    } catch (RuntimeException e) {
      plain = e.toString();
    }
    assertThat(plain).isNotEqualTo(ReportJson.write(report));
  }
}
