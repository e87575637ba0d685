package io.github.govreport.cli;

import io.github.govreport.ReportParser;
import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.compute.TargetChange;
import io.github.govreport.compute.TargetChanges;
import io.github.govreport.internal.parse.Decoding;
import io.github.govreport.json.ReportJson;
import io.github.govreport.model.Report;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code parse}, {@code attain} and {@code diff}. Exit codes: 0 ok, 1 an input could not
 * be read, 2 usage error. Errors are one line on standard error, never a stack trace.
 */
@Command(name = "govreport", mixinStandardHelpOptions = true, versionProvider = GovReportCli.Version.class,
    description = "Reads Chinese government work reports (政府工作报告): targets, actuals, projects.",
    subcommands = {GovReportCli.Parse.class, GovReportCli.Attain.class, GovReportCli.Diff.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:an input could not be read", "2:usage error (unknown command or option)"})
public final class GovReportCli implements Callable<Integer> {

  static final int OK = 0;
  static final int UNREADABLE = 1;
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where reports go as bytes, when the caller gave a stream rather than a writer; else null. */
  private OutputStream raw;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int code = run(args, out, new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    try {
      out.flush();
    } catch (IOException e) {
      code = code == OK ? UNREADABLE : code;
    }
    System.exit(code);
  }

  /** Runs the command line writing to a byte stream (UTF-8) and returns its exit code. */
  public static int run(String[] args, OutputStream out, PrintWriter err) {
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    return run(args, text, err, out);
  }

  /** Runs the command line with the given writers and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, null);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, OutputStream raw) {
    GovReportCli root = new GovReportCli();
    root.raw = raw;
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("govreport: " + ex.getMessage() + " (try --help)");
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
      if (ex instanceof InputException) {
        err.println("govreport: " + ex.getMessage());
      } else {
        err.println("govreport: internal error: " + ex);
      }
      return UNREADABLE;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("govreport: a command is needed: parse, attain or diff (try --help)");
    return USAGE;
  }

  /** An input that could not be read: exit code 1. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }

  /** The library's version, from the jar manifest or the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = GovReportCli.class.getPackage().getImplementationVersion();
      return new String[] {"govreport " + (v == null ? "(development build)" : v)};
    }
  }

  enum Format { json, table, markdown }

  /** Reads and decodes an input file, or standard input for "-". */
  static Decoding.Result read(String name, Charset charset) {
    byte[] bytes;
    try {
      if (name.equals("-")) {
        bytes = System.in.readAllBytes();
      } else {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
          throw new InputException(name + ": is a directory, not a report file");
        }
        bytes = Files.readAllBytes(p);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
    }
    if (looksBinary(bytes)) {
      throw new InputException(name + ": is binary data, not text");
    }
    return Decoding.decode(bytes, charset);
  }

  /** Prints a command's result: indented JSON, or a table (markdown when asked) for a person. */
  static int print(CommandLine.Model.CommandSpec spec, Format format, Object json,
      java.util.function.Function<Boolean, String> table) {
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(ReportJson.write(json, true));
    } else {
      out.print(table.apply(format == Format.markdown));
    }
    out.flush();
    return OK;
  }

  /** Reads, decodes and parses one input; says on standard error when it is empty. */
  static Report load(String name, Charset charset, PrintWriter err) {
    Decoding.Result decoded = read(name, charset);
    if (decoded.text.isBlank()) {
      err.println("govreport: warning: " + name + ": the file is empty; printing an empty report");
    }
    Report report = ReportParser.create().parse(decoded.text);
    if (!decoded.diagnostics.isEmpty()) {
      report = Report.builder().from(report).addAllDiagnostics(decoded.diagnostics).build();
    }
    return report;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        zeros++;
      }
    }
    return zeros > 0 && zeros * 100 >= n || zeros > 16;
  }

  /** The options every command shares: output format and input charset. */
  static final class Common {
    @Option(names = "--format", defaultValue = "json", description = "json, table or markdown (default: json).")
    Format format;

    @Option(names = "--charset", description = "The files' charset (default: UTF-8, or GB18030 when not UTF-8).")
    Charset charset;
  }

  /** {@code parse FILE...}: prints each report as JSON, a table or markdown. */
  @Command(name = "parse", mixinStandardHelpOptions = true,
      description = {"Parses one or more reports and prints them.",
          "JSON by default: one report prints one object; several print one object per line."})
  static final class Parse implements Callable<Integer> {
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
        report = load(f, options.charset, new PrintWriter(warnings, true));
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
        throw new InputException("cannot write the output: " + e.getMessage());
      }
      return OK;
    }
  }

  /** {@code attain PLAN REVIEW}: holds a year's targets against the next year's review. */
  @Command(name = "attain", mixinStandardHelpOptions = true,
      description = {"Holds the targets of PLAN_REPORT against the results REVIEW_REPORT states for that year.",
          "Prints {\"planYear\": …, \"rows\": [{\"target\", \"actual\", \"status\", \"gap\", \"explanation\"}]}."})
  static final class Attain extends TwoReports {
    @Parameters(index = "0", paramLabel = "PLAN_REPORT", description = "The report that set the targets.")
    String plan;

    @Parameters(index = "1", paramLabel = "REVIEW_REPORT", description = "The next year's report, reviewing them.")
    String review;

    @Override
    public Integer call() {
      Report p = load(plan);
      Report r = load(review);
      AttainmentReport result;
      try {
        result = Attainment.defaults().assess(p, r);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("govreport: " + e.getMessage()
            + " (give the plan report first, then the next year's)");
        return USAGE;
      }
      return print(spec, options.format, result,
          markdown -> Tables.attainment(result, plan, markdown));
    }
  }

  /** What {@code attain} and {@code diff} share: two report files, the common options, and loading them. */
  abstract static class TwoReports implements Callable<Integer> {
    @CommandLine.Mixin
    Common options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reads and parses one of the two files, warnings to standard error. */
    Report load(String name) {
      return GovReportCli.load(name, options.charset, spec.commandLine().getErr());
    }
  }

  /** {@code diff OLD NEW}: how the main targets changed from one year's report to the next. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Lists how the main targets of NEW_REPORT changed against OLD_REPORT's:",
          "raised, lowered, unchanged, new, dropped, with NEW_REPORT's last results."})
  static final class Diff extends TwoReports {
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
}
