package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.ReportParser;
import io.github.govreport.model.Region;
import io.github.govreport.model.RegionLevel;
import io.github.govreport.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports of cities, districts, counties and older provincial years in {@code corpus/city/}, as they were
 * scraped (collector headers, site chrome, a report printed twice, literal {@code \r\n}, GBK): whose report each
 * is and when, as its gold file says (the region as the report names itself, its province and level, both years).
 */
class CityCorpusTest {

  static final ReportParser PARSER = ReportParser.create();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path DIR = Corpus.dir().resolve("city");
  /** The gold's levels, as the table of divisions has them: a district is a county-level division. */
  static final Map<String, RegionLevel> LEVELS = Map.of("province", RegionLevel.PROVINCE, "city",
      RegionLevel.PREFECTURE, "district", RegionLevel.COUNTY, "county", RegionLevel.COUNTY);

  static Stream<String> reports() throws IOException {
    try (Stream<Path> s = Files.list(DIR.resolve("gold"))) {
      List<String> names = s.map(p -> p.getFileName().toString().replace(".json", "")).sorted()
          .collect(Collectors.toList());
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("reports")
  void readsWhoseReportItIsAndWhen(String name) throws IOException {
    JsonNode gold = JSON.readTree(DIR.resolve("gold").resolve(name + ".json").toFile());
    Report r = PARSER.parse(DIR.resolve(gold.get("source").asText()));
    Region region = r.region().orElseThrow();
    String written = gold.get("region").asText();
    assertThat(written).as("the gold's name as written ends with the division's").endsWith(region.name());
    assertThat(region.level()).isEqualTo(LEVELS.get(gold.get("level").asText()));
    assertThat(region.level() == RegionLevel.PROVINCE ? region.name() : region.province().orElseThrow())
        .isEqualTo(gold.get("province").asText());
    assertThat(region.divisionCode()).isPresent();
    assertThat(r.reviewYear()).hasValue(gold.get("reviewYear").asInt());
    assertThat(r.planYear()).hasValue(gold.get("planYear").asInt());
  }
}
