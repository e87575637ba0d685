package io.github.govreport.panel;


import io.github.govreport.compute.Assessment;
import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.compute.Status;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The reports of a panel placed by region and year: the better of two of one region and year kept, each year's
 * targets held against the next year's results, the rows made.
 */
final class PanelEntries {

  private PanelEntries() {}

  /** A report placed in the panel: its region, years and only what the rows need of it. */
  static final class Entry {
    final Region region;
    final OptionalInt planYear;
    final Report report;
    final String source;

    private Entry(Region region, OptionalInt planYear, Report report, String source) {
      this.region = region;
      this.planYear = planYear;
      this.report = report;
      this.source = source;
    }

    static Entry of(Report r, String source) {
      Report slim = Report.builder()
          .title(r.title())
          .region(r.region())
          .reviewYear(r.reviewYear())
          .planYear(r.planYear())
          .targets(r.targets())
          .actuals(r.actuals())
          .build();
      return new Entry(r.region().map(Region::canonical).orElse(null), r.planYear(), slim, source);
    }

    /** The better of two reports of one region and year: more targets, more results, the first source. */
    static final Comparator<Entry> KEEP_FIRST = Comparator
        .comparingInt((Entry e) -> -e.report.targets().size())
        .thenComparingInt(e -> -e.report.actuals().size())
        .thenComparing(e -> e.source);
  }

  static Panel assemble(List<Entry> entries, List<PanelDiagnostic> diagnostics, Attainment attainment) {
    // Region (by division code), then year: a tree keeps both in order whatever order the reports came in.
    Map<Region, Map<Integer, Entry>> placed = new TreeMap<>();
    List<Entry> apart = new ArrayList<>();
    List<Entry> ordered = new ArrayList<>(entries);
    ordered.sort(Entry.KEEP_FIRST);
    for (Entry e : ordered) {
      if (e.region == null) {
        diagnostics.add(PanelDiagnostic.of(PanelDiagnostic.Code.REGION_NOT_KNOWN, e.source,
            "the report names no region; its targets are rows of no region, paired with no other report"));
        apart.add(e);
        continue;
      }
      if (!e.region.isKnown()) {
        diagnostics.add(PanelDiagnostic.of(PanelDiagnostic.Code.REGION_NOT_KNOWN, e.source, "the region "
            + e.region.name() + " is not in the table of divisions; paired only with reports of the same name"));
      }
      if (e.planYear.isEmpty()) {
        diagnostics.add(PanelDiagnostic.of(PanelDiagnostic.Code.NO_YEAR, e.source,
            "the report names no year; its targets are rows without a year, not paired with a result"));
        apart.add(e);
        continue;
      }
      Map<Integer, Entry> years = placed.computeIfAbsent(e.region, r -> new TreeMap<>());
      Entry kept = years.putIfAbsent(e.planYear.getAsInt(), e);
      if (kept != null) {
        diagnostics.add(PanelDiagnostic.of(PanelDiagnostic.Code.DUPLICATE_REPORT, e.source, "a second report of "
            + e.region.name() + " for " + e.planYear.getAsInt() + "; kept " + kept.source + why(kept, e)));
      }
    }
    List<PanelRow> rows = new ArrayList<>();
    for (Map.Entry<Region, Map<Integer, Entry>> region : placed.entrySet()) {
      for (Entry e : region.getValue().values()) {
        Entry next = region.getValue().get(e.planYear.getAsInt() + 1);
        rows.addAll(rows(e, next, attainment, diagnostics));
      }
    }
    apart.sort(Comparator.comparing((Entry e) -> e.region, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(e -> e.source));
    for (Entry e : apart) {
      rows.addAll(rows(e, null, attainment, diagnostics));
    }
    diagnostics.sort(Comparator.comparing(PanelDiagnostic::source).thenComparing(PanelDiagnostic::code));
    List<Region> regions = new ArrayList<>(placed.keySet());
    apart.stream().map(e -> e.region).filter(r -> r != null && !regions.contains(r)).distinct()
        .forEach(regions::add);
    return new Panel(rows, diagnostics, regions);
  }

  private static String why(Entry kept, Entry dropped) {
    int t = kept.report.targets().size() - dropped.report.targets().size();
    int a = kept.report.actuals().size() - dropped.report.actuals().size();
    if (t != 0) {
      return ", which has " + kept.report.targets().size() + " targets to " + dropped.report.targets().size();
    }
    if (a != 0) {
      return ", which has as many targets and " + kept.report.actuals().size() + " results to "
          + dropped.report.actuals().size();
    }
    return ", which has as many targets and results and comes first by name";
  }

  private static List<PanelRow> rows(Entry e, Entry next, Attainment attainment, List<PanelDiagnostic> diagnostics) {
    List<PanelRow> out = new ArrayList<>(e.report.targets().size());
    AttainmentReport judged = null;
    if (next != null) {
      try {
        judged = attainment.assess(e.report, next.report);
      } catch (IllegalArgumentException yearsDoNotMeet) {
        diagnostics.add(PanelDiagnostic.of(PanelDiagnostic.Code.YEARS_DO_NOT_MEET, next.source,
            yearsDoNotMeet.getMessage() + "; its results are not paired with " + e.source));
      }
    }
    List<Target> targets = e.report.targets();
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      PanelRow.Builder row = PanelRow.builder().region(Optional.ofNullable(e.region)).target(t).source(e.source);
      e.planYear.ifPresent(row::planYear);
      if (judged == null) {
        row.status(Status.NO_DATA).explanation(t.indicator().name() + ": "
            + (e.planYear.isEmpty() ? "the report names no year" : e.region == null ? "the report names no region"
            : "no report of " + (e.planYear.getAsInt() + 1) + " for " + e.region.name() + " states its result"));
      } else {
        Assessment a = judged.rows().get(i);
        row.status(a.status()).result(a.actual()).gap(a.gap()).explanation(a.explanation())
            .resultSource(a.actual().isPresent() ? Optional.of(next.source) : Optional.empty());
      }
      out.add(row.build());
    }
    return out;
  }
}
