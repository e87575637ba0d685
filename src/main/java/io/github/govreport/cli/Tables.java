package io.github.govreport.cli;

import io.github.govreport.compute.Assessment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.compute.Status;
import io.github.govreport.compute.TargetChange;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Project;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders reports as text tables for a person: East Asian wide characters count as two columns, so
 * Chinese names line up; or as markdown tables for pasting into documents.
 */
final class Tables {

  private Tables() {}

  static String report(Report r, String source, boolean markdown) {
    StringBuilder sb = new StringBuilder();
    String title = r.title().orElse(source);
    sb.append(markdown ? "## " : "").append(title);
    r.region().ifPresent(x -> sb.append(" · ").append(x.written()));
    if (r.reviewYear().isPresent() || r.planYear().isPresent()) {
      sb.append(" · review ").append(r.reviewYear().isPresent() ? r.reviewYear().getAsInt() : "?")
          .append(", plan ").append(r.planYear().isPresent() ? r.planYear().getAsInt() : "?");
    }
    sb.append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (Target t : r.targets()) {
      rows.add(List.of(t.scope().name(), t.indicator().name(), t.indicator().key().map(Object::toString).orElse(""),
          t.measure().name(), t.quantity().map(Tables::quantity).orElse(t.reference().map(x -> "≈ " + x.name()).orElse("—")),
          t.bound().name() + (t.stretch() ? " (力争)" : "")));
    }
    table(sb, "Targets (" + r.targets().size() + ")",
        List.of("scope", "indicator", "key", "measure", "figure", "bound"), rows, markdown);
    rows = new ArrayList<>();
    for (Actual a : r.actuals()) {
      rows.add(List.of(a.indicator().name(), a.indicator().key().map(Object::toString).orElse(""),
          a.measure().name(), a.quantity().map(Tables::quantity).orElse("—"),
          a.bound().name() + (a.estimated() ? " (预计)" : "")));
    }
    table(sb, "Actuals (" + r.actuals().size() + ")", List.of("indicator", "key", "measure", "figure", "bound"), rows,
        markdown);
    rows = new ArrayList<>();
    for (Project p : r.projects()) {
      rows.add(List.of(p.name(), p.status().name(), p.deadline().orElse("")));
    }
    table(sb, "Projects (" + r.projects().size() + ")", List.of("project", "status", "deadline"), rows, markdown);
    return sb.toString();
  }

  static String attainment(AttainmentReport r, String source, boolean markdown) {
    StringBuilder sb = new StringBuilder();
    sb.append(markdown ? "## " : "").append("Targets of ").append(r.planYear().isPresent() ? r.planYear().getAsInt()
        : source).append(": ").append(r.count(Status.EXCEEDED)).append(" exceeded, ").append(r.count(Status.MET))
        .append(" met, ").append(r.count(Status.MISSED)).append(" missed, ").append(r.count(Status.NOT_COMPARABLE))
        .append(" not comparable, ").append(r.count(Status.NO_DATA)).append(" without data\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (Assessment a : r.rows()) {
      Target t = a.target();
      rows.add(List.of(t.scope().name(), t.indicator().name(), target(t),
          a.actual().map(x -> x.quantity().map(Tables::quantity).orElse(x.text())).orElse("—")
              + (a.estimated() ? " (预计)" : ""),
          a.status().name() + (a.stretch() && a.status() == Status.MISSED ? " (力争)" : ""),
          a.gap().map(Tables::quantity).orElse("")));
    }
    table(sb, "Rows (" + r.rows().size() + ")", List.of("scope", "indicator", "target", "actual", "status", "gap"),
        rows, markdown);
    return sb.toString();
  }

  static String changes(List<TargetChange> changes, String older, String newer, boolean markdown) {
    StringBuilder sb = new StringBuilder();
    sb.append(markdown ? "## " : "").append("Main targets: ").append(older).append(" → ").append(newer).append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (TargetChange c : changes) {
      rows.add(List.of(c.indicator().name(), c.kind().name(), c.previous().map(Tables::target).orElse("—"),
          c.current().map(Tables::target).orElse("—"), c.change().map(Tables::quantity).orElse(""),
          c.lastResult().flatMap(Actual::quantity).map(Tables::quantity).orElse("")));
    }
    table(sb, "Changes (" + changes.size() + ")", List.of("indicator", "change", "before", "now", "by", "last result"),
        rows, markdown);
    return sb.toString();
  }

  static String target(Target t) {
    String figure = t.quantity().map(Tables::quantity).orElse(t.reference().map(x -> "≈ " + x.name()).orElse("—"));
    switch (t.bound()) {
      case ABOUT:
        return figure + "左右";
      case AT_LEAST:
        return figure + "以上";
      case AT_MOST:
        return figure + "以内";
      default:
        return figure;
    }
  }

  static String quantity(Quantity q) {
    return q.toString();
  }

  static void table(StringBuilder sb, String heading, List<String> header, List<List<String>> rows, boolean markdown) {
    sb.append(markdown ? "### " : "").append(heading).append("\n\n");
    if (rows.isEmpty()) {
      sb.append("(none)\n\n");
      return;
    }
    if (markdown) {
      sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
      for (int i = 0; i < header.size(); i++) {
        sb.append("---|");
      }
      sb.append('\n');
      for (List<String> row : rows) {
        sb.append("| ");
        for (int i = 0; i < row.size(); i++) {
          sb.append(row.get(i).replace("|", "\\|")).append(i + 1 < row.size() ? " | " : " |\n");
        }
      }
      sb.append('\n');
      return;
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = width(header.get(i));
    }
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    line(sb, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append("-".repeat(widths[i])).append(i + 1 < widths.length ? "  " : "");
    }
    sb.append(rule).append('\n');
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    sb.append('\n');
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      sb.append(c);
      if (i + 1 < cells.size()) {
        sb.append(" ".repeat(widths[i] - width(c) + 2));
      }
    }
    sb.append('\n');
  }

  /**
   * The display width of a string: East Asian wide and full-width characters take two columns; ambiguous ones
   * (the curly quotes “”, —, …) one, as ordinary terminals show them.
   */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  static boolean isWide(int cp) {
    return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
        || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD
        || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x1F900 && cp <= 0x1F9FF;
  }
}
