package io.github.govreport.cli;

import static io.github.govreport.cli.GovReportCli.load;
import static io.github.govreport.cli.GovReportCli.print;

import io.github.govreport.compute.TargetChange;
import io.github.govreport.compute.TargetChanges;
import io.github.govreport.model.Report;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: how the main targets changed from one year's report to the next. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Lists how the main targets changed from OLD_REPORT to NEW_REPORT.",
        "Raised, lowered, unchanged, new, dropped, with NEW_REPORT's last results."})
final class DiffCommand extends TwoReports {
  @Parameters(index = "0", paramLabel = "OLD_REPORT", description = "The earlier year's report.")
  String older;

  @Parameters(index = "1", paramLabel = "NEW_REPORT", description = "The later year's report.")
  String newer;

  @Override
  public Integer call() {
    Report o = load(older);
    Report n = load(newer);
    List<TargetChange> changes = TargetChanges.between(o, n);
    java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("fromYear", o.planYear().isPresent() ? o.planYear().getAsInt() : null);
    json.put("toYear", n.planYear().isPresent() ? n.planYear().getAsInt() : null);
    json.put("changes", changes);
    return print(spec, options.format, json, markdown -> Tables.changes(changes, older, newer, markdown));
  }
}
