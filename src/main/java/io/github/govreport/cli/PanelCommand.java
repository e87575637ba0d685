package io.github.govreport.cli;

import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Region;
import io.github.govreport.model.RegionLevel;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.panel.Panel;
import io.github.govreport.panel.PanelDiagnostic;
import io.github.govreport.panel.PanelRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code panel PATH...}: reads every report under the paths on every core, places each by region and year,
 * holds each year's targets against the next year's results and prints one row per target.
 */
@Command(name = "panel", mixinStandardHelpOptions = true,
    description = {"Reads many reports into one panel of targets beside next year's results.",
        "Files, or folders read recursively; one row per target, beside the result the same region's next-year",
        "report states, with a verdict. CSV by default."})
final class PanelCommand implements Callable<Integer> {

  enum PanelFormat { csv, jsonl, table, markdown }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files, or folders read recursively.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl, table or markdown (default: csv).")
  PanelFormat format;

  @Option(names = "--indicator", paramLabel = "KEY", description = "Keep the rows of this indicator (GDP, CPI …);"
      + " repeatable.")
  List<String> indicators = new ArrayList<>();

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "all", description = "main (the headline"
      + " targets of the main targets passage), task, or all (default: all).")
  String scope;

  @Option(names = "--bom", description = "Begin the CSV with a UTF-8 byte-order mark, so that Excel reads its Chinese"
      + " text right.")
  boolean bom;

  @Option(names = "--jobs", paramLabel = "N", description = "Threads that read the files (default: all cores).")
  Integer jobs;

  @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also draw the first --indicator's targets and"
      + " results, region by region and year by year, as an SVG picture.")
  Path chart;

  @Option(names = "--region", paramLabel = "NAME", description = "The region of every report read (a folder of one"
      + " region's reports), which wins over what the texts say.")
  String region;

  @Option(names = "--indicators", paramLabel = "FILE.tsv", description = "More indicators, in the form of the"
      + " library's indicators.tsv, added to the catalog.")
  Path indicatorsFile;

  @Option(names = "--province", paramLabel = "NAME", description = "Keep the rows of this province's regions"
      + " (河北, 河南省), the province's own included.")
  String province;

  @Option(names = "--level", paramLabel = "LEVEL", description = "Keep the rows of regions of this level: country,"
      + " province, prefecture, county or local.")
  String level;

  @Option(names = "--charset", description = "The files' charset, which wins over detection.")
  java.nio.charset.Charset charset;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "256M", converter = Sizes.class,
      description = "The largest file read (default: 256M).")
  long maxSize;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    parser = GovReportCli.parser(GovReportCli.statedRegion(region), indicatorsFile);
    List<IndicatorKey> keys = indicatorKeys(err);
    java.util.function.Predicate<Region> keep = keys == null || !optionsAgree(keys, err) ? null : keptRegions(err);
    if (keep == null) {
      return GovReportCli.USAGE;
    }
    List<Path> files = new ArrayList<>();
    int code = collectFiles(files, err);
    Panel.Builder builder = Panel.builder().addAll(files).loader(this::load);
    if (jobs != null) {
      if (jobs < 1) {
        err.println("govreport: --jobs must be at least 1, not " + jobs + " (try --help)");
        return GovReportCli.USAGE;
      }
      builder.threads(jobs);
    }
    Panel panel = build(builder, files.size());
    for (PanelDiagnostic d : panel.diagnostics()) {
      if (d.code() == PanelDiagnostic.Code.UNREADABLE) {
        err.println("govreport: " + d.source() + ": " + d.message());
        code = GovReportCli.UNREADABLE;
      } else if (d.code() == PanelDiagnostic.Code.DUPLICATE_REPORT) {
        err.println("govreport: " + d.source() + ": left out: " + d.message());
      }
    }
    List<PanelRow> rows = rows(panel.keep(keep), keys);
    print(rows, out);
    if (chart != null && !drawChart(rows, keys.get(0), err)) {
      code = GovReportCli.UNREADABLE;
    }
    return code;
  }

  /** The keys the --indicator options name, or null after a message when one names none. */
  private List<IndicatorKey> indicatorKeys(PrintWriter err) {
    List<IndicatorKey> keys = new ArrayList<>();
    for (String k : indicators) {
      java.util.Optional<IndicatorKey> key = indicatorKey(k, parser.indicators());
      if (key.isEmpty()) {
        err.println("govreport: --indicator '" + k + "' is no indicator the catalog knows (a key or a Chinese name:"
            + " GDP, 粮食产量); the keys are " + parser.indicators().definitions().stream()
            .map(d -> d.key().toString()).collect(Collectors.joining(", ")) + " (try govreport indicators)");
        return null;
      }
      keys.add(key.get());
    }
    return keys;
  }

  /** Whether --scope is known and --chart has its indicator; a message when not. */
  private boolean optionsAgree(List<IndicatorKey> keys, PrintWriter err) {
    scope = scope.strip().toLowerCase(Locale.ROOT);
    if (!List.of("main", "task", "all").contains(scope)) {
      err.println("govreport: --scope " + scope + " is none of main, task or all");
      return false;
    }
    if (chart != null && keys.isEmpty()) {
      err.println("govreport: --chart draws one indicator: name it with --indicator (try --help)");
      return false;
    }
    return true;
  }

  /** The report files the paths name, folders walked; the exit code so far (UNREADABLE when one could not be read). */
  private int collectFiles(List<Path> files, PrintWriter err) throws IOException {
    int code = GovReportCli.OK;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> all = new ArrayList<>();
        if (!walk(p, all, err)) {
          code = GovReportCli.UNREADABLE;
        }
        files.addAll(reportsOf(p, all, err));
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        err.println("govreport: " + p + ": no such file");
        code = GovReportCli.UNREADABLE;
      }
    }
    return code;
  }

  /** The files of a folder that are report texts; the others are named on standard error. */
  private List<Path> reportsOf(Path folder, List<Path> all, PrintWriter err) {
    List<Path> texts = all.stream().filter(PanelCommand::isText).collect(Collectors.toList());
    if (texts.size() < all.size()) {
      err.println("govreport: " + folder + ": left out " + (all.size() - texts.size()) + " files that are not"
          + " text (" + String.join(", ", TEXT_EXTENSIONS) + " are read in folders; name others one by one)");
    }
    List<Path> notReports = texts.stream().filter(f -> !ReportFiles.looksLikeAReport(f, charset))
        .collect(Collectors.toList());
    if (!notReports.isEmpty()) {
      err.println("govreport: " + folder + ": left out " + notReports.size() + " text file"
          + (notReports.size() == 1 ? "" : "s") + " that " + (notReports.size() == 1 ? "is" : "are")
          + " no report (less than half of " + (notReports.size() == 1 ? "its" : "their")
          + " characters are Chinese): " + notReports.stream().map(f -> folder.relativize(f).toString())
          .collect(Collectors.joining(", ")));
    }
    texts.removeAll(notReports);
    return texts;
  }

  /** Builds the panel, with a progress bar on a terminal when there are several files. */
  private Panel build(Panel.Builder builder, int files) {
    ProgressBar bar = files > 1 && standardErrorIsATerminal() ? progressBar(files) : null;
    try {
      if (bar != null) {
        builder.progress((done, total) -> bar.stepTo(done));
      }
      return builder.build();
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** The rows of the scope and indicators asked for. */
  private List<PanelRow> rows(Panel panel, List<IndicatorKey> keys) {
    List<PanelRow> rows = panel.rows();
    if (!scope.equals("all")) {
      Scope kept = scope.equals("main") ? Scope.MAIN : Scope.TASK;
      rows = rows.stream().filter(r -> r.target().scope() == kept).collect(Collectors.toList());
    }
    if (!keys.isEmpty()) {
      rows = rows.stream().filter(r -> r.target().indicator().key().map(keys::contains).orElse(false))
          .collect(Collectors.toList());
    }
    return rows;
  }

  private void print(List<PanelRow> rows, PrintWriter out) throws IOException {
    switch (format) {
      case jsonl:
        PanelOutput.jsonLines(rows, out);
        break;
      case table:
      case markdown:
        out.print(PanelOutput.table(rows, format == PanelFormat.markdown));
        break;
      default:
        if (bom) {
          out.print('\uFEFF'); // Excel reads a CSV as UTF-8 only after its byte-order mark
        }
        PanelOutput.csv(rows, out);
    }
    out.flush();
  }

  /** Writes the chart of one indicator's rows; false after a message when the file cannot be written. */
  private boolean drawChart(List<PanelRow> rows, IndicatorKey first, PrintWriter err) {
    List<PanelRow> drawn = rows.stream().filter(r -> r.target().indicator().key().equals(java.util.Optional.of(first)))
        .sorted(PanelChart.byRegionAndYear()).collect(Collectors.toList());
    try (Writer w = Files.newBufferedWriter(chart, StandardCharsets.UTF_8)) {
      w.write(PanelChart.svg(drawn, first.toString()));
      return true;
    } catch (IOException e) {
      err.println("govreport: " + chart + ": cannot write the chart (" + e.getMessage() + ")");
      return false;
    }
  }

  /**
   * The key an --indicator names: a key of the catalog (GDP, gdp), or a name or wording the catalog resolves
   * (粮食产量, 地区生产总值); empty for a blank or unknown one.
   */
  static java.util.Optional<IndicatorKey> indicatorKey(String given, IndicatorCatalog catalog) {
    String w = given.strip();
    if (w.isEmpty()) {
      return java.util.Optional.empty();
    }
    String upper = w.toUpperCase(Locale.ROOT);
    for (IndicatorDefinition d : catalog.definitions()) {
      if (d.key().toString().equals(upper)) {
        return java.util.Optional.of(d.key());
      }
    }
    return catalog.resolve(w).map(IndicatorDefinition::key);
  }

  /** The parser the options ask for. */
  private io.github.govreport.ReportParser parser;

  /**
   * The regions whose rows are kept, as --province and --level say (every region when neither is given); null,
   * said on standard error, when one names nothing.
   */
  private java.util.function.Predicate<Region> keptRegions(PrintWriter err) {
    java.util.function.Predicate<Region> keep = r -> true;
    if (province != null) {
      Region p = Region.resolve(province);
      if (p.level() != RegionLevel.PROVINCE) {
        err.println("govreport: --province " + province + " is no province, autonomous region or municipality"
            + " (try 河北, 河南省, 内蒙古)");
        return null;
      }
      String code = p.divisionCode().orElseThrow();
      keep = r -> code.equals(r.divisionCode().orElse(null)) || code.equals(r.provinceCode().orElse(null));
    }
    if (level != null) {
      RegionLevel l;
      try {
        l = RegionLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println("govreport: --level " + level + " is no level: country, province, prefecture, county or local");
        return null;
      }
      keep = keep.and(r -> r.level() == l);
    }
    return keep;
  }

  /**
   * The files under a folder, symbolic links followed (a link to a folder is read as the folder), hidden ones left
   * out, in order; a file or folder that cannot be read is one line on standard error and the walk goes on.
   * Whether every one could be read.
   */
  private static boolean walk(Path folder, List<Path> files, PrintWriter err) throws IOException {
    boolean[] ok = {true};
    Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new java.nio.file.SimpleFileVisitor<Path>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
              java.nio.file.attribute.BasicFileAttributes attrs) {
            return !dir.equals(folder) && dir.getFileName().toString().startsWith(".")
                ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".")) {
              files.add(f);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
            err.println("govreport: " + f + ": cannot be read (" + (e instanceof java.nio.file.AccessDeniedException
                ? "permission denied" : e instanceof java.nio.file.FileSystemLoopException ? "a link loops back"
                : e.getMessage()) + "); the panel goes on");
            ok[0] = false;
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    files.sort(java.util.Comparator.naturalOrder());
    return ok[0];
  }

  /** The extensions of the files a folder's walk reads: text, markdown and HTML. */
  static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md", ".markdown", ".htm", ".html");

  private static boolean isText(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return TEXT_EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /** A file as `parse` reads it (charset detection, size limit); what cannot be read says why, in one line. */
  private Report load(Path file) throws IOException {
    try {
      return GovReportCli.load(file.toString(), charset, maxSize, parser, new PrintWriter(new StringWriter()));
    } catch (GovReportCli.InputException e) {
      String m = e.getMessage();
      String prefix = file + ": ";
      throw new IOException(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static ProgressBar progressBar(int total) {
    return new ProgressBarBuilder().setTaskName("panel").setInitialMax(total).setUnit(" files", 1)
        .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }

  /**
   * Whether standard error is a terminal: on Linux its descriptor links to a tty; elsewhere, when there is a
   * console at all. Progress is drawn only there, never into a file or a pipe.
   */
  static boolean standardErrorIsATerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException e) {
      return false;
    }
    return System.console() != null;
  }
}
