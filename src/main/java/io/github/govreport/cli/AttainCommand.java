package io.github.govreport.cli;

import static io.github.govreport.cli.GovReportCli.USAGE;
import static io.github.govreport.cli.GovReportCli.load;
import static io.github.govreport.cli.GovReportCli.print;

import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attain PLAN REVIEW}: holds a year's targets against the next year's review. */
@Command(name = "attain", mixinStandardHelpOptions = true,
    description = {"Holds the targets of PLAN_REPORT against the results REVIEW_REPORT states for that year.",
        "Prints {\"planYear\": …, \"rows\": [{\"target\", \"actual\", \"status\", \"gap\", \"explanation\"}]}."})
final class AttainCommand extends TwoReports {
  @Parameters(index = "0", paramLabel = "PLAN_REPORT", description = "The report that set the targets.")
  String plan;

  @Parameters(index = "1", paramLabel = "REVIEW_REPORT", description = "The next year's report, reviewing them.")
  String review;

  @Option(names = "--any-region", description = "Hold one region's plan against another region's review.")
  boolean anyRegion;

  @Override
  public Integer call() {
    Report p = load(plan);
    Report r = load(review);
    AttainmentReport result;
    try {
      result = Attainment.builder().anyRegion(anyRegion).build().assess(p, r);
    } catch (IllegalArgumentException e) {
      boolean years = e.getMessage().startsWith("the review looks back");
      spec.commandLine().getErr().println("govreport: " + e.getMessage() + (years
          ? " (give the plan report first, then the next year's)"
          : " (give two reports of one region, or --any-region to compare them anyway)"));
      return USAGE;
    }
    return print(spec, options.format, result,
        markdown -> Tables.attainment(result, plan, markdown));
  }
}
