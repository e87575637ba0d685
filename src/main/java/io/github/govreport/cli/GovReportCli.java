package io.github.govreport.cli;

import io.github.govreport.ReportParser;
import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.compute.TargetChange;
import io.github.govreport.compute.TargetChanges;
import io.github.govreport.internal.text.Decoding;
import io.github.govreport.json.ReportJson;
import io.github.govreport.model.Report;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * The command line: {@code parse}, {@code attain}, {@code diff} and {@code panel}. Exit codes: 0 ok, 1 an input
 * could not be read, 2 usage error. Errors are one line on standard error, never a stack trace.
 */
@Command(name = "govreport", mixinStandardHelpOptions = true, versionProvider = GovReportCli.Version.class,
    description = "Reads Chinese government work reports (政府工作报告): targets, actuals, projects.",
    subcommands = {GovReportCli.Parse.class, GovReportCli.Attain.class, GovReportCli.Diff.class,
        PanelCommand.class, IndicatorsCommand.class, CommandLine.HelpCommand.class},
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
    System.exit(run(args, out, new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * Runs the command line writing to a byte stream (UTF-8) and returns its exit code; a failure to write the output
   * is one line on {@code err} and exit code 1.
   */
  public static int run(String[] args, OutputStream out, PrintWriter err) {
    WatchedOutput watched = new WatchedOutput(out);
    PrintWriter text = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
    int code = run(args, text, err, watched);
    try {
      watched.flush();
    } catch (IOException e) {
      // kept by the watched stream, said below
    }
    if (watched.failed() || text.checkError()) {
      err.println("govreport: " + (watched.failed() ? watched.failureMessage() : WatchedOutput.message(null)));
      err.flush();
      return UNREADABLE;
    }
    return code;
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
    cl.registerConverter(Charset.class, GovReportCli::charset);
    cl.setParameterExceptionHandler((ex, a) -> {
      String taken = takenForAnOption(ex.getCommandLine(), a);
      List<String> suggestions = taken == null ? List.of() : nearOptions(ex.getCommandLine(), taken);
      if (taken != null && !suggestions.isEmpty()) {
        err.println("govreport: unknown option '" + taken + "' of " + ex.getCommandLine().getCommandName()
            + ": did you mean " + String.join(" or ", suggestions) + "? (try --help)");
      } else if (taken != null) {
        err.println("govreport: unknown option '" + taken + "' of " + ex.getCommandLine().getCommandName()
            + "; if it is a file, put -- before it: govreport " + ex.getCommandLine().getCommandName() + " -- "
            + taken);
      } else {
        err.println("govreport: " + ex.getMessage() + " (try --help)");
      }
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
      if (raw instanceof WatchedOutput && ((WatchedOutput) raw).failed()) {
        return UNREADABLE; // the output could not be written: said once, by run, in one line
      } else if (ex instanceof InputException) {
        err.println("govreport: " + ex.getMessage());
      } else {
        err.println("govreport: internal error: " + ex);
      }
      return UNREADABLE;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("govreport: out of memory: give Java more (java -Xmx4g -jar …) or read fewer or smaller files"
          + " (--max-size)");
      code = UNREADABLE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** The command's options within two edits of a mistyped one ("--fromat": --format), nearest first. */
  static List<String> nearOptions(CommandLine command, String typed) {
    String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    java.util.TreeMap<Integer, List<String>> near = new java.util.TreeMap<>();
    for (CommandLine.Model.OptionSpec o : command.getCommandSpec().options()) {
      for (String n : o.names()) {
        int d = distance(name, n);
        if (d <= 2 && n.length() > 2) {
          near.computeIfAbsent(d, k -> new java.util.ArrayList<>()).add(n);
        }
      }
    }
    return near.isEmpty() ? List.of() : near.firstEntry().getValue();
  }

  /** The edit distance of two words, a swap of two neighbours counting as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** A charset named on the command line, or a usage error in one plain sentence. */
  static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      throw new CommandLine.TypeConversionException("'" + name + "' is no charset this Java knows (try UTF-8,"
          + " GB18030 or Big5)");
    }
  }

  /** The first argument that looks like an option the command does not have ("-x.txt"), or null. */
  private static String takenForAnOption(CommandLine command, String[] args) {
    CommandLine.Model.CommandSpec spec = command.getCommandSpec();
    boolean afterDashes = false;
    for (String a : args) {
      if (a.equals("--")) {
        afterDashes = true;
      }
      if (afterDashes || !a.startsWith("-") || a.equals("-") || a.equals("--")) {
        continue;
      }
      String optionName = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (spec.findOption(optionName) == null && (command.getParent() == null
          || command.getParent().getCommandSpec().findOption(optionName) == null)) {
        return a;
      }
    }
    return null;
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("govreport: a command is needed: parse, attain, diff, panel or indicators (try --help)");
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

  /** The largest input read by default: 256 MiB, far more than any report (a long one is 200 KB). */
  static final long DEFAULT_MAX_SIZE = 256L << 20;
  /** The first bytes read: enough to tell text from binary data before the rest is read. */
  private static final int FIRST_CHUNK = 1 << 16;

  /** Reads and decodes an input file, or standard input for "-", refusing more than {@code maxBytes}. */
  static Decoding.Result read(String name, Charset charset, long maxBytes) {
    try {
      if (name.equals("-")) {
        if (standardInputIsClosed()) {
          throw new InputException("-: standard input is closed");
        }
        return readBounded(name, System.in, charset, maxBytes, -1);
      }
      Path p = Path.of(name);
      if (Files.isDirectory(p)) {
        throw new InputException(name + ": is a directory, not a report file");
      }
      if (Files.isRegularFile(p) && Files.size(p) > maxBytes) {
        throw new InputException(name + ": is " + Sizes.format(Files.size(p)) + ", more than the limit of "
            + Sizes.format(maxBytes) + " (raise it with --max-size)");
      }
      try (InputStream in = Files.newInputStream(p)) {
        return readBounded(name, in, charset, maxBytes, Files.isRegularFile(p) ? Files.size(p) : -1);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new InputException(name + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Reads at most {@code maxBytes} of a stream: the first chunk is decoded and looked at before the rest is
   * read, so binary data and endless streams ({@code /dev/zero}) are refused within milliseconds.
   */
  private static Decoding.Result readBounded(String name, InputStream in, Charset charset, long maxBytes,
      long size) throws IOException {
    // The first bytes tell binary data from text whatever the limit: a limit near Long.MAX_VALUE must not overflow.
    byte[] first = in.readNBytes((int) Math.min(FIRST_CHUNK, maxBytes < Long.MAX_VALUE ? maxBytes + 1 : maxBytes));
    if (first.length > 0 && Decoding.looksBinary(Decoding.decode(first, charset, GovReportCli::detectLegacy).text)) {
      throw new InputException(name + ": is binary data, not text");
    }
    byte[] bytes;
    if (size >= 0 && size <= maxBytes) {
      // A file of known size is read into an array of that size: no copy, no doubling.
      bytes = java.util.Arrays.copyOf(first, (int) Math.max(size, first.length));
      int at = first.length;
      int n;
      while (at < bytes.length && (n = in.read(bytes, at, bytes.length - at)) > 0) {
        at += n;
      }
      bytes = at == bytes.length && in.read() < 0 ? bytes : null;
    } else {
      bytes = null;
    }
    if (bytes == null) {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(Math.max(first.length, 1 << 12));
      all.write(first);
      byte[] buffer = new byte[1 << 16];
      int n;
      while (all.size() <= maxBytes && (n = in.read(buffer)) > 0) {
        all.write(buffer, 0, n);
      }
      if (all.size() > maxBytes) {
        throw new InputException(name + ": is more than the limit of " + Sizes.format(maxBytes)
            + " (raise it with --max-size)");
      }
      bytes = all.toByteArray();
    }
    Decoding.Result decoded = Decoding.decode(bytes, charset, GovReportCli::detectLegacy);
    if (Decoding.looksBinary(decoded.text)) {
      throw new InputException(name + ": is binary data, not text");
    }
    return decoded;
  }

  /**
   * The charset a detector of legacy encodings names for bytes that are neither marked nor UTF-8: GB18030 for
   * GB2312, GBK and GB18030 (it reads them all), Big5 for Big5; null when it cannot tell.
   */
  static Charset detectLegacy(byte[] bytes) {
    org.mozilla.universalchardet.UniversalDetector d = new org.mozilla.universalchardet.UniversalDetector();
    d.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    d.dataEnd();
    String name = d.getDetectedCharset();
    if (name == null) {
      return null;
    }
    switch (name.toUpperCase(java.util.Locale.ROOT)) {
      case "GB2312":
      case "GBK":
      case "GB18030":
      case "HZ-GB-2312":
        return Charset.forName("GB18030");
      case "BIG5":
      case "BIG5-HKSCS":
        return Charset.forName("Big5-HKSCS");
      default:
        try {
          return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
          return null;
        }
    }
  }

  /**
   * Whether standard input is closed: the JVM then gives descriptor 0 to a file of its own (on Linux, its
   * modules or a jar), which must not be read as a report.
   */
  static boolean standardInputIsClosed() {
    Path fd0 = Path.of("/proc/self/fd/0");
    try {
      if (!Files.isSymbolicLink(fd0)) {
        return false;
      }
      String target = Files.readSymbolicLink(fd0).toString();
      String home = System.getProperty("java.home", "\0");
      return target.startsWith(home) || target.endsWith(".jar") || target.endsWith(".jsa");
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return false;
    }
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
  static Report load(String name, Charset charset, long maxBytes, ReportParser parser, PrintWriter err) {
    Decoding.Result decoded = read(name, charset, maxBytes);
    if (decoded.text.isBlank()) {
      err.println("govreport: warning: " + name + ": the file is empty; printing an empty report");
    }
    Report report = parser.parse(decoded.text);
    if (!decoded.diagnostics.isEmpty()) {
      report = Report.builder().from(report).addAllDiagnostics(decoded.diagnostics).build();
    }
    return report;
  }

  /** The options every command shares: output format and input charset. */
  static final class Common {
    @Option(names = "--format", defaultValue = "json", description = "json, table or markdown (default: json).")
    Format format;

    @Option(names = "--charset", description = "The files' charset, which wins over detection (default: a"
        + " byte-order mark, UTF-16 by its zero bytes, UTF-8, else GB18030 or Big5 as detected).")
    Charset charset;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "256M", converter = Sizes.class,
        description = "The largest input read, in bytes or with K, M or G (default: 256M); a larger file is"
            + " refused before it is read.")
    long maxSize;

    @Option(names = "--region", paramLabel = "NAME", description = "The region of every report read, at any level"
        + " (河北, 驻马店市, 唐县), which wins over what the text says.")
    String region;

    @Option(names = "--indicators", paramLabel = "FILE.tsv", description = "More indicators, in the form of the"
        + " library's indicators.tsv (key, polarity, wordings, English label, unit kind), added to the catalog.")
    Path indicators;

    /** The parser these options ask for: the stated region, the catalog with the file's indicators. */
    ReportParser parser() {
      return GovReportCli.parser(statedRegion(region), indicators);
    }
  }

  /**
   * The parser of a command: the defaults, with the indicators of {@code indicatorsFile} added and {@code region}
   * stated (either may be null); a file that cannot be read or is no catalog is an error in one line.
   */
  static ReportParser parser(String region, Path indicatorsFile) {
    ReportParser.Builder b = ReportParser.builder();
    if (indicatorsFile != null) {
      b.indicators(catalog(indicatorsFile));
    }
    if (region != null) {
      b.region(region);
    }
    return b.build();
  }

  /** The default catalog with the indicators of a file added; an error in one line when it cannot be. */
  static io.github.govreport.model.IndicatorCatalog catalog(Path file) {
    try (java.io.Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return io.github.govreport.model.IndicatorCatalog.defaults().toBuilder().read(in).build();
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file (--indicators)");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read as indicators (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + e.getMessage() + " (--indicators: key, polarity, wordings, English"
          + " label, unit kind, tab-separated)");
    }
  }

  /** A region given with --region, stripped; null when none; a blank one is refused as a usage error. */
  static String statedRegion(String region) {
    if (region == null) {
      return null;
    }
    if (region.isBlank()) {
      throw new CommandLine.ParameterException(new CommandLine(new GovReportCli()), "--region is blank: name a"
          + " region (河北, 驻马店市, 唐县)");
    }
    return region.strip();
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

  /** {@code attain PLAN REVIEW}: holds a year's targets against the next year's review. */
  @Command(name = "attain", mixinStandardHelpOptions = true,
      description = {"Holds the targets of PLAN_REPORT against the results REVIEW_REPORT states for that year.",
          "Prints {\"planYear\": …, \"rows\": [{\"target\", \"actual\", \"status\", \"gap\", \"explanation\"}]}."})
  static final class Attain extends TwoReports {
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

  /** What {@code attain} and {@code diff} share: two report files, the common options, and loading them. */
  abstract static class TwoReports implements Callable<Integer> {
    @CommandLine.Mixin
    Common options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Reads and parses one of the two files, warnings to standard error. */
    Report load(String name) {
      return GovReportCli.load(name, options.charset, options.maxSize, options.parser(), spec.commandLine().getErr());
    }
  }

  /** {@code diff OLD NEW}: how the main targets changed from one year's report to the next. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Lists how the main targets changed from OLD_REPORT to NEW_REPORT.",
          "Raised, lowered, unchanged, new, dropped, with NEW_REPORT's last results."})
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
