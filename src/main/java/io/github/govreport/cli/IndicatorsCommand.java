package io.github.govreport.cli;

import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code indicators}: the catalog's keys, with their Chinese names and wordings, English labels and polarity. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Lists the indicators the catalog knows: key, English label, unit kind, polarity, wordings.",
        "A table by default; --format json gives the definitions as --indicators reads them back in TSV form."})
final class IndicatorsCommand implements Callable<Integer> {

  enum IndicatorsFormat { table, markdown, json, tsv }

  @Option(names = "--format", defaultValue = "table", description = "table, markdown, json or tsv (default: table).")
  IndicatorsFormat format;

  @Option(names = "--indicators", paramLabel = "FILE.tsv", description = "More indicators, in the form of the"
      + " library's indicators.tsv, added to the catalog listed.")
  Path indicatorsFile;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    IndicatorCatalog catalog = indicatorsFile == null ? IndicatorCatalog.defaults()
        : GovReportCli.catalog(indicatorsFile);
    List<IndicatorDefinition> all = catalog.definitions();
    if (format == IndicatorsFormat.json) {
      return GovReportCli.print(spec, GovReportCli.Format.json, all, markdown -> "");
    }
    StringBuilder sb = new StringBuilder();
    if (format == IndicatorsFormat.tsv) {
      for (IndicatorDefinition d : all) {
        sb.append(d.key()).append('\t').append(d.polarity()).append('\t').append(String.join("|", d.wordings()))
            .append('\t').append(d.english().orElse("")).append('\t')
            .append(d.dimension().map(Enum::name).orElse("OTHER")).append('\n');
      }
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (IndicatorDefinition d : all) {
        rows.add(List.of(d.key().toString(), d.english().orElse(""), d.dimension().map(Enum::name).orElse(""),
            d.polarity().name(), String.join("、", d.wordings())));
      }
      Tables.table(sb, "Indicators (" + all.size() + ")", List.of("key", "English", "unit kind", "polarity",
          "wordings"), rows, format == IndicatorsFormat.markdown);
    }
    spec.commandLine().getOut().print(sb);
    spec.commandLine().getOut().flush();
    return GovReportCli.OK;
  }
}
