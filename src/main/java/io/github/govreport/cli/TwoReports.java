package io.github.govreport.cli;

import static io.github.govreport.cli.GovReportCli.load;

import io.github.govreport.cli.GovReportCli.Common;
import io.github.govreport.model.Report;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What {@code attain} and {@code diff} share: two report files, the common options, and loading them. */
abstract class TwoReports implements Callable<Integer> {
  @CommandLine.Mixin
  Common options;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Reads and parses one of the two files, warnings to standard error. */
  Report load(String name) {
    return GovReportCli.load(name, options.charset, options.maxSize, options.parser(), spec.commandLine().getErr());
  }
}
