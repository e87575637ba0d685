package io.github.govreport.cli;

import static io.github.govreport.cli.GovReportCli.OK;
import static io.github.govreport.cli.GovReportCli.UNREADABLE;
import static io.github.govreport.cli.GovReportCli.load;
import static io.github.govreport.cli.GovReportCli.print;
import static io.github.govreport.cli.ReportFiles.read;

import io.github.govreport.cli.GovReportCli.Common;
import io.github.govreport.cli.GovReportCli.Format;
import io.github.govreport.cli.GovReportCli.InputException;
import io.github.govreport.json.ReportJson;
import io.github.govreport.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code parse FILE...}: prints each report as JSON, a table or markdown. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    description = {"Parses one or more reports and prints them.",
        "JSON by default: one report prints one object; several print one object per line."})
final class ParseCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report text files; - for standard input.")
  List<String> files;

  @CommandLine.Mixin
  Common options;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  GovReportCli root;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.size() == 1 && options.format == Format.json) {
      // One report as JSON: streamed as it is written, however large the report.
      Report report = load(files.get(0), options.charset, options.maxSize, options.parser(), err);
      err.flush();
      if (root.raw != null) {
        out.flush();
        ReportJson.write(report, root.raw, true);
        try {
          root.raw.write('\n');
        } catch (IOException e) {
          throw new InputException(WatchedOutput.message(e));
        }
      } else {
        ReportJson.write(report, out, true);
        out.println();
      }
      out.flush();
      return OK;
    }
    if (files.size() == 1) {
      Rendered r = render(files.get(0), true);
      return emit(r, out, err, root.raw);
    }
    // Several files: read, parse and render them on every core, print them in the order given.
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, job -> {
      Thread t = new Thread(job, "govreport-parse");
      t.setDaemon(true);
      return t;
    });
    try {
      int code = OK;
      java.util.ArrayDeque<java.util.concurrent.Future<Rendered>> window = new java.util.ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < 4 * threads) {
          String f = files.get(next++);
          window.add(pool.submit(() -> render(f, false)));
        }
        Rendered r;
        try {
          r = window.poll().get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof Error) {
            throw (Error) e.getCause(); // out of memory: reported as such, in one line
          }
          throw new IllegalStateException(e.getCause());
        }
        code = Math.max(code, emit(r, out, err, root.raw));
      }
      return code;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One file's output, or the line saying why it could not be read. */
  private static final class Rendered {
    final byte[] output;
    final String warning;
    final String error;

    Rendered(byte[] output, String warning, String error) {
      this.output = output;
      this.warning = warning;
      this.error = error;
    }
  }

  private Rendered render(String f, boolean alone) {
    StringWriter warnings = new StringWriter();
    Report report;
    try {
      report = load(f, options.charset, options.maxSize, options.parser(), new PrintWriter(warnings, true));
    } catch (InputException e) {
      return new Rendered(null, null, "govreport: " + e.getMessage());
    }
    String warning = warnings.toString().isEmpty() ? null : warnings.toString().strip();
    switch (options.format) {
      case table:
        return new Rendered(Tables.report(report, f, false).getBytes(StandardCharsets.UTF_8), warning, null);
      case markdown:
        return new Rendered(Tables.report(report, f, true).getBytes(StandardCharsets.UTF_8), warning, null);
      default:
        return new Rendered(json(report, alone), warning, null);
    }
  }

  /** A report's JSON in UTF-8 and a line break, written by Jackson straight to bytes. */
  private static byte[] json(Report report, boolean pretty) {
    try {
      byte[] body = (pretty ? PRETTY : COMPACT).writeValueAsBytes(report);
      byte[] line = java.util.Arrays.copyOf(body, body.length + 1);
      line[body.length] = '\n';
      return line;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper COMPACT = ReportJson.mapper();
  private static final com.fasterxml.jackson.databind.ObjectMapper PRETTY = ReportJson.mapper()
      .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  private static int emit(Rendered r, PrintWriter out, PrintWriter err, OutputStream raw) {
    if (r.error != null) {
      err.println(r.error);
      err.flush();
      return UNREADABLE;
    }
    if (r.warning != null) {
      err.println(r.warning);
    }
    if (raw == null) {
      out.print(new String(r.output, StandardCharsets.UTF_8));
      out.flush();
      return OK;
    }
    out.flush();
    try {
      raw.write(r.output);
    } catch (IOException e) {
      throw new InputException(WatchedOutput.message(e));
    }
    return OK;
  }
}
