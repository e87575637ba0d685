package examples;

import io.github.govreport.model.IndicatorKey;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.PanelRow;
import io.github.govreport.model.Region;
import io.github.govreport.panel.SeriesPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the panel of every report in a folder (the corpus by default) and prints each region's GDP target
 * year by year, with the result the next year's report states and the verdict.
 *
 * <pre>
 * java -cp target/govreport-0.1.0-SNAPSHOT-cli.jar examples/PanelOfTheCorpus.java src/test/resources/corpus
 * </pre>
 */
public final class PanelOfTheCorpus {

  private PanelOfTheCorpus() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    Panel panel = Panel.builder().addAll(files).build();   // read on every core
    System.out.println(files.size() + " reports, " + panel.rows().size() + " targets, "
        + panel.regions().size() + " regions");
    for (Region region : panel.regions()) {
      for (SeriesPoint p : panel.series(region, IndicatorKey.GDP)) {
        System.out.println(String.join("\t", region.englishName().orElse(region.name()), String.valueOf(p.year()),
            p.target().map(t -> t.text()).orElse("-"), p.result().map(a -> a.text()).orElse("-"),
            p.status().map(Enum::name).orElse("-")));
      }
    }
    long met = panel.rows().stream().map(PanelRow::status).filter(s -> s.name().equals("MET")
        || s.name().equals("EXCEEDED")).count();
    System.out.println(met + " targets met or exceeded");
  }
}
