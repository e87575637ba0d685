package io.github.govreport.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.govreport.ReportParser;
import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.Status;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Many reports in one tidy dataset: each report placed by {@linkplain Region region} and plan year, each of its
 * targets a {@link PanelRow} held against the results the same region's next-year report states (as {@link
 * Attainment} judges them), a target without such a report {@link Status#NO_DATA}. Reports are kept only as
 * far as their rows need (their targets and results), so a panel of thousands of files stays small.
 *
 * <pre>{@code
 * Panel panel = Panel.builder().addAll(List.of(Path.of("reports"))).build();  // parsed on every core
 * panel.rows();                                                        // one row per target
 * panel.series(Region.resolve("全国"), IndicatorKey.GDP);              // the GDP target year by year
 * }</pre>
 *
 * <p>Two reports of one region and year: the one with more targets is kept (then more results, then the
 * first source in order), and a {@link PanelDiagnostic} says so; the rows do not depend on the order the
 * reports were given in. A file that cannot be read is a diagnostic too: the panel goes on. Immutable and
 * thread-safe.
 */
public final class Panel {

  private final List<PanelRow> rows;
  private final List<PanelDiagnostic> diagnostics;
  private final List<Region> regions;

  Panel(List<PanelRow> rows, List<PanelDiagnostic> diagnostics, List<Region> regions) {
    this.rows = List.copyOf(rows);
    this.diagnostics = List.copyOf(diagnostics);
    this.regions = List.copyOf(regions);
  }

  /** A panel of parsed reports, each labelled by its title or, without one, "report N" in the order given. */
  public static Panel of(Collection<Report> reports) {
    checkNotNull(reports, "reports");
    Builder b = builder();
    int n = 0;
    for (Report r : reports) {
      n++;
      b.add(r, r.title().orElse("report " + n));
    }
    return b.build();
  }

  /** A new builder: reports and files to add, the parser, the attainment rules, the threads. */
  public static Builder builder() {
    return new Builder();
  }

  /** One row per target of every report, by region, then year, then where the target stands in its report. */
  public List<PanelRow> rows() {
    return rows;
  }

  /** What could not be done with a report (a file unreadable, a duplicate, a report without year). */
  public List<PanelDiagnostic> diagnostics() {
    return diagnostics;
  }

  /** The regions of the panel, the country first, then the provinces by code, then local regions by name. */
  public List<Region> regions() {
    return regions;
  }

  /**
   * This panel with only the rows of regions that {@code keep} accepts (a province's prefectures and counties, one
   * level); rows of no region are left out. The diagnostics stay whole.
   *
   * <pre>{@code
   * panel.keep(r -> r.province().equals(Optional.of("河北省")) && r.level() == RegionLevel.COUNTY);
   * }</pre>
   */
  public Panel keep(Predicate<? super Region> keep) {
    checkNotNull(keep, "keep");
    List<PanelRow> kept = new ArrayList<>();
    for (PanelRow r : rows) {
      if (r.region().isPresent() && keep.test(r.region().get())) {
        kept.add(r);
      }
    }
    List<Region> keptRegions = new ArrayList<>();
    for (Region r : regions) {
      if (keep.test(r)) {
        keptRegions.add(r);
      }
    }
    return new Panel(kept, diagnostics, keptRegions);
  }

  /**
   * The indicator's target year by year in one region, with the result and verdict: for each year a report
   * of the region plans, its first main target of the indicator (or else its first task commitment of it).
   * Years are in order; a year whose report sets no target for the indicator has a point without one.
   */
  public List<SeriesPoint> series(Region region, IndicatorKey key) {
    checkNotNull(region, "region");
    checkNotNull(key, "key");
    Map<Integer, List<PanelRow>> byYear = new TreeMap<>();
    for (PanelRow r : rows) {
      if (r.region().filter(x -> x.isSameDivision(region)).isPresent() && r.planYear().isPresent()) {
        byYear.computeIfAbsent(r.planYear().getAsInt(), y -> new ArrayList<>()).add(r);
      }
    }
    List<SeriesPoint> out = new ArrayList<>();
    for (Map.Entry<Integer, List<PanelRow>> e : byYear.entrySet()) {
      Optional<PanelRow> pick = e.getValue().stream()
          .filter(r -> r.target().indicator().key().equals(Optional.of(key)))
          .min(Comparator.comparing((PanelRow r) -> r.target().scope() == Scope.MAIN ? 0 : 1));
      SeriesPoint.Builder p = SeriesPoint.builder().year(e.getKey());
      pick.ifPresent(r -> p.target(r.target()).result(r.result()).status(r.status()));
      out.add(p.build());
    }
    return out;
  }

  /** The series of the region written as {@code region} (浙江, 全国 …), as {@link #series(Region, IndicatorKey)}. */
  public List<SeriesPoint> series(String region, IndicatorKey key) {
    return series(Region.resolve(region), key);
  }

  /** Reads a report file; may throw to say it cannot be read. */
  @FunctionalInterface
  public interface Loader {
    /**
     * Reads the report of a file.
     *
     * @throws IOException or an unchecked exception when the file cannot be read; the message is reported
     */
    Report load(Path file) throws IOException;
  }

  /** Told as files are read: how many are done of how many. Called from the reading threads. */
  @FunctionalInterface
  public interface Progress {
    /** {@code done} files of {@code total} are read. */
    void done(int done, int total);
  }

  /** Builds a {@link Panel}; not thread-safe. */
  public static final class Builder {
    private final List<Report> reports = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private Attainment attainment = Attainment.defaults();
    private ReportParser parser;
    private Loader loader;
    private Progress progress = (done, total) -> { };
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /** Adds a parsed report, labelled by {@code source} in the rows (its file name, say). */
    public Builder add(Report report, String source) {
      reports.add(checkNotNull(report, "report"));
      labels.add(checkNotNull(source, "source"));
      return this;
    }

    /** Adds a report file, read when the panel is built. */
    public Builder add(Path file) {
      files.add(checkNotNull(file, "file"));
      return this;
    }

    /** Adds report files, read when the panel is built. */
    public Builder addAll(Collection<Path> files) {
      checkNotNull(files, "files").forEach(this::add);
      return this;
    }

    /** The parser that reads the files (default: {@link ReportParser#create()}). */
    public Builder parser(ReportParser parser) {
      this.parser = checkNotNull(parser, "parser");
      return this;
    }

    /** How a file becomes a report, for callers that decode files their own way (default: the parser's). */
    public Builder loader(Loader loader) {
      this.loader = checkNotNull(loader, "loader");
      return this;
    }

    /** How targets are held against results (default: {@link Attainment#defaults()}). */
    public Builder attainment(Attainment attainment) {
      this.attainment = checkNotNull(attainment, "attainment");
      return this;
    }

    /** How many threads read the files (default: the processors available). */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1: %s", threads);
      this.threads = threads;
      return this;
    }

    /** Told as files are read. */
    public Builder progress(Progress progress) {
      this.progress = checkNotNull(progress, "progress");
      return this;
    }

    /**
     * Reads the files (on {@link #threads} threads), places every report, pairs each with the same region's
     * next-year report and builds the rows. Never throws for a file that cannot be read: it is a diagnostic.
     */
    public Panel build() {
      List<PanelDiagnostic> diagnostics = new ArrayList<>();
      List<PanelEntries.Entry> entries = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        entries.add(PanelEntries.Entry.of(reports.get(i), labels.get(i)));
      }
      entries.addAll(read(diagnostics));
      return PanelEntries.assemble(entries, diagnostics, attainment);
    }

    private List<PanelEntries.Entry> read(List<PanelDiagnostic> diagnostics) {
      if (files.isEmpty()) {
        return List.of();
      }
      Loader load = loader != null ? loader : (parser != null ? parser : ReportParser.create())::parse;
      AtomicInteger done = new AtomicInteger();
      int total = files.size();
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), job -> {
        Thread t = new Thread(job, "govreport-panel");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Object>> futures = new ArrayList<>(total);
        for (Path f : files) {
          futures.add(pool.submit(() -> {
            try {
              // Only what the rows need is kept of a report: its targets, its results, its place.
              return PanelEntries.Entry.of(load.load(f), f.toString());
            } catch (IOException | RuntimeException e) {
              return PanelDiagnostic.of(PanelDiagnostic.Code.UNREADABLE, f.toString(), message(e));
            } finally {
              progress.done(done.incrementAndGet(), total);
            }
          }));
        }
        List<PanelEntries.Entry> out = new ArrayList<>(total);
        for (Future<Object> future : futures) {
          Object r = get(future);
          if (r instanceof PanelEntries.Entry) {
            out.add((PanelEntries.Entry) r);
          } else {
            diagnostics.add((PanelDiagnostic) r);
          }
        }
        return out;
      } finally {
        pool.shutdownNow();
      }
    }

    private static Object get(Future<Object> future) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the panel's files", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof Error) {
          throw (Error) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private static String message(Exception e) {
      if (e instanceof UncheckedIOException && e.getCause() != null) {
        return e.getCause().toString();
      }
      return e.getMessage() != null ? e.getMessage() : e.toString();
    }
  }
}
