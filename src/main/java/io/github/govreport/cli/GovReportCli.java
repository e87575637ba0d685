package io.github.govreport.cli;

import io.github.govreport.ReportParser;
import io.github.govreport.internal.text.Decoding;
import io.github.govreport.json.ReportJson;
import io.github.govreport.model.Report;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code parse}, {@code attain}, {@code diff} and {@code panel}. Exit codes: 0 ok, 1 an input
 * could not be read, 2 usage error. Errors are one line on standard error, never a stack trace.
 */
@Command(name = "govreport", mixinStandardHelpOptions = true, versionProvider = GovReportCli.Version.class,
    description = "Reads Chinese government work reports (政府工作报告): targets, actuals, projects.",
    subcommands = {ParseCommand.class, AttainCommand.class, DiffCommand.class,
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
  OutputStream raw;

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
    Decoding.Result decoded = ReportFiles.read(name, charset, maxBytes);
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

    private ReportParser parser;

    /**
     * The parser these options ask for: the stated region, the catalog with the file's indicators; built at the
     * first call and then shared by every file of the command (and its threads).
     */
    synchronized ReportParser parser() {
      if (parser == null) {
        parser = GovReportCli.parser(statedRegion(region), indicators);
      }
      return parser;
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
}
