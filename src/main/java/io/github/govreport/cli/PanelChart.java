package io.github.govreport.cli;

import io.github.govreport.compute.Status;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Region;
import io.github.govreport.model.Unit;
import io.github.govreport.panel.PanelRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws one indicator of a panel as an SVG picture any browser opens: for each region and year a column, the
 * target as a mark (a bar for a range, with a small arrow for at least or at most) and the result as a dot
 * coloured by its verdict. Only the rows in the indicator's most common measure and unit are drawn; the picture
 * says how many others were left out.
 */
final class PanelChart {

  private PanelChart() {}

  private static final int TOP = 60;
  private static final int PLOT_HEIGHT = 300;
  private static final int LEFT = 70;
  private static final int SLOT = 44;
  private static final int BOTTOM = 110;

  static final Map<Status, String> COLOURS = new LinkedHashMap<>();

  static {
    COLOURS.put(Status.EXCEEDED, "#1a7f37");
    COLOURS.put(Status.MET, "#6cc04a");
    COLOURS.put(Status.MISSED, "#d1242f");
    COLOURS.put(Status.NOT_COMPARABLE, "#8c959f");
    COLOURS.put(Status.NO_DATA, "#ffffff");
  }

  /** One column: a region's year, its target and, when comparable, its result in the target's unit. */
  private static final class Column {
    final String label;
    final BigDecimal target;
    final BigDecimal upper;
    final Bound bound;
    final BigDecimal result;
    final Status status;

    /** The column of a row whose target is {@code q}, and its result in the target's unit or null. */
    Column(String label, PanelRow r, Quantity q, BigDecimal result) {
      this.label = label;
      this.target = q.value();
      this.upper = q.upper().orElse(null);
      this.bound = r.target().bound();
      this.result = result;
      this.status = r.status();
    }
  }

  /** The value axis: from {@code lo} to {@code hi} in {@code ticks} steps of {@code step}. */
  private static final class Scale {
    final double lo;
    final double hi;
    final double step;
    final int ticks;

    /** A scale of round steps over the columns' targets and results, with a step's room on either side. */
    Scale(List<Column> columns) {
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (Column c : columns) {
        for (BigDecimal v : new BigDecimal[] {c.target, c.upper, c.result}) {
          if (v != null) {
            min = Math.min(min, v.doubleValue());
            max = Math.max(max, v.doubleValue());
          }
        }
      }
      if (columns.isEmpty()) {
        min = 0;
        max = 1;
      }
      if (max - min < 1e-9) {
        min -= 1;
        max += 1;
      }
      step = niceStep((max - min) / 5);
      lo = Math.floor(min / step) * step - step;
      hi = Math.ceil(max / step) * step + step;
      ticks = (int) Math.round((hi - lo) / step);
    }

    double y(double v) {
      return PanelChart.y(v, lo, hi);
    }
  }

  /** About how wide a character of the subtitle is, in pixels, at its font size. */
  private static final int SUBTITLE_CHAR = 7;

  /** The SVG of the rows of one indicator; {@code title} names it. */
  static String svg(List<PanelRow> rows, String title) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (PanelRow r : rows) {
      r.target().quantity().ifPresent(q -> kinds.merge(kind(r.target().measure(), q.unit()), 1, Integer::sum));
    }
    String kind = kinds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    Unit unit = null;
    List<Column> columns = new ArrayList<>();
    java.util.Set<String> drawn = new java.util.HashSet<>();
    for (PanelRow r : mainFirst(rows)) {
      Optional<Quantity> q = r.target().quantity();
      if (q.isEmpty() || !kind(r.target().measure(), q.get().unit()).equals(kind)) {
        continue;
      }
      unit = q.get().unit();
      BigDecimal result = r.result().flatMap(a -> a.quantity()).filter(x -> x.unit().isConvertibleTo(q.get().unit()))
          .map(x -> x.convertTo(q.get().unit(), MathContext.DECIMAL64).value()).orElse(null);
      String label = r.region().map(x -> x.englishName().orElse(x.name())).orElse("?") + " "
          + (r.planYear().isPresent() ? r.planYear().getAsInt() : "");
      if (drawn.add(label)) { // one column a region and year: its main target, else its first
        columns.add(new Column(label, r, q.get(), result));
      }
    }
    Scale scale = new Scale(columns);
    StringBuilder s = new StringBuilder();
    header(s, title + (unit == null ? "" : " (" + unit.symbol() + ")"), rows.size() - columns.size(), columns.size());
    for (int k = 0; k <= scale.ticks; k++) {
      double v = scale.lo + scale.step * k;
      double y = scale.y(v);
      s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eaeef2\"/>%n",
          LEFT, y, LEFT + columns.size() * SLOT, y));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#57606a\">%s</text>%n",
          LEFT - 6, y + 4, number(v)));
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\"/>%n",
        LEFT, TOP, LEFT, TOP + PLOT_HEIGHT));
    for (int i = 0; i < columns.size(); i++) {
      column(s, columns.get(i), LEFT + i * SLOT + SLOT / 2.0, scale);
    }
    legend(s, LEFT + Math.max(6, columns.size()) * SLOT + 20);
    s.append("</svg>\n");
    return s.toString();
  }

  /** The picture's frame, its title and its subtitle of two lines: the legend in words and the rows left out. */
  private static void header(StringBuilder s, String title, int left, int columns) {
    String legendLine = "target: a mark (▲ at least, ▼ at most) or a bar for a range; result: a dot coloured by verdict";
    String leftOut = left > 0 ? left + (left == 1 ? " row" : " rows") + " left out: in other measures or units,"
        + " without a figure, or a second of its region and year" : "";
    int width = Math.max(LEFT + Math.max(6, columns) * SLOT + 160,
        LEFT + SUBTITLE_CHAR * Math.max(legendLine.length(), leftOut.length()) + 20);
    int height = TOP + PLOT_HEIGHT + BOTTOM;
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
    s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>%n",
        LEFT, escape(title)));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"44\" fill=\"#57606a\">%s</text>%n", LEFT,
        escape(legendLine)));
    if (!leftOut.isEmpty()) {
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"60\" fill=\"#57606a\">%s</text>%n", LEFT,
          escape(leftOut)));
    }
  }

  /** One column at {@code x}: its target (a mark, an arrow for a bound, a bar for a range), its result and label. */
  private static void column(StringBuilder s, Column c, double x, Scale scale) {
    s.append("<g>");
    s.append(String.format(Locale.ROOT, "<title>%s: target %s%s, %s</title>", escape(c.label), number(c.target),
        c.upper == null ? "" : "—" + number(c.upper), c.result == null ? c.status : "result " + number(c.result)
        + ", " + c.status));
    double ty = scale.y(c.target.doubleValue());
    if (c.upper != null) {
      double uy = scale.y(c.upper.doubleValue());
      s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"%.1f\" "
          + "fill=\"#54aeff\" fill-opacity=\"0.45\" stroke=\"#0969da\"/>", x - 6, uy, Math.max(1, ty - uy)));
    } else {
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
          + "stroke=\"#0969da\" stroke-width=\"3\"/>", x - 10, ty, x + 10, ty));
      if (c.bound == Bound.AT_LEAST || c.bound == Bound.AT_MOST) {
        double dir = c.bound == Bound.AT_LEAST ? -1 : 1;
        s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"#0969da\"/>",
            x - 4, ty + dir * 3, x + 4, ty + dir * 3, x, ty + dir * 9));
      }
    }
    if (c.result != null) {
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#24292f\"/>",
          x, scale.y(c.result.doubleValue()), COLOURS.get(c.status)));
    }
    s.append(String.format(Locale.ROOT, "<text transform=\"translate(%.1f %d) rotate(-50)\" text-anchor=\"end\" "
        + "fill=\"#24292f\">%s</text>", x + 4, TOP + PLOT_HEIGHT + 14, escape(c.label)));
    s.append("</g>\n");
  }

  /** The legend at {@code lx}: every mark the chart draws, and a dot per verdict. */
  private static void legend(StringBuilder s, int lx) {
    int ly = TOP + 10;
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0969da\" "
        + "stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">target</text>%n", lx, ly, lx + 20, ly, lx + 28, ly + 4));
    ly += 22;
    s.append(String.format(Locale.ROOT, "<path d=\"M%d %d L%d %d L%d %d Z\" fill=\"#0969da\"/><text x=\"%d\" y=\"%d\">"
        + "▲ at least</text>%n", lx + 6, ly + 3, lx + 14, ly + 3, lx + 10, ly - 5, lx + 28, ly + 4));
    ly += 22;
    s.append(String.format(Locale.ROOT, "<path d=\"M%d %d L%d %d L%d %d Z\" fill=\"#0969da\"/><text x=\"%d\" y=\"%d\">"
        + "▼ at most</text>%n", lx + 6, ly - 3, lx + 14, ly - 3, lx + 10, ly + 5, lx + 28, ly + 4));
    ly += 22;
    s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"14\" fill=\"#54aeff\" "
        + "fill-opacity=\"0.45\" stroke=\"#0969da\"/><text x=\"%d\" y=\"%d\">range</text>%n", lx + 4, ly - 7,
        lx + 28, ly + 4));
    for (Map.Entry<Status, String> e : COLOURS.entrySet()) {
      if (e.getKey() == Status.NO_DATA) {
        continue;
      }
      ly += 22;
      s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\" stroke=\"#24292f\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", lx + 10, ly, e.getValue(), lx + 28, ly + 4,
          e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    ly += 22;
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#57606a\">no dot: no result</text>%n",
        lx, ly + 4));
  }

  /** The rows with each region's and year's main targets before its task commitments. */
  private static List<PanelRow> mainFirst(List<PanelRow> rows) {
    List<PanelRow> out = new ArrayList<>(rows);
    out.sort(byRegionAndYear()
        .thenComparingInt(r -> r.target().scope() == io.github.govreport.model.Scope.MAIN ? 0 : 1));
    return out;
  }

  /** A step of 1, 2, 2.5 or 5 times a power of ten, near {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String kind(Measure measure, Unit unit) {
    return measure + " " + unit.dimension() + " " + unit.baseSymbol();
  }

  private static double y(double v, double lo, double hi) {
    return TOP + PLOT_HEIGHT - (v - lo) / (hi - lo) * PLOT_HEIGHT;
  }

  private static String number(double v) {
    return BigDecimal.valueOf(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  private static String number(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static Comparator<PanelRow> byRegionAndYear() {
    return Comparator.comparing((PanelRow r) -> r.region().orElse(null),
        Comparator.nullsLast(Comparator.<Region>naturalOrder())).thenComparingInt(r -> r.planYear().orElse(0));
  }
}
