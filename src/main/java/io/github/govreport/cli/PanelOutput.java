package io.github.govreport.cli;

import io.github.govreport.json.ReportJson;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Region;
import io.github.govreport.model.Target;
import io.github.govreport.panel.PanelRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The panel's rows as the command line writes them: flat records with snake_case columns, as CSV (RFC 4180,
 * through Commons CSV), JSON lines, or a table or markdown for a person.
 */
final class PanelOutput {

  private PanelOutput() {}

  /** The columns, in order: one record per target. */
  static final List<String> COLUMNS = List.of("region", "region_written", "region_en", "iso3166", "division_code",
      "level", "prefecture", "prefecture_code", "province", "province_code", "plan_year",
      "indicator", "indicator_key", "indicator_en", "measure", "bound", "target_value", "target_upper", "unit",
      "stretch", "scope",
      "target_text", "result_value", "result_upper", "result_unit", "result_estimated", "result_text", "status",
      "gap", "gap_unit", "source", "result_source", "result_span_start", "result_span_end");

  /** A row as a flat record: numbers as {@link java.math.BigDecimal} or Integer, absent values as null. */
  static Map<String, Object> record(PanelRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Target t = r.target();
    Region region = r.region().orElse(null);
    m.put("region", region == null ? null : region.name());
    m.put("region_written", region == null ? null : region.written());
    m.put("region_en", region == null ? null : region.englishName().orElse(null));
    m.put("iso3166", region == null ? null : region.iso3166().orElse(null));
    m.put("division_code", region == null ? null : region.divisionCode().orElse(null));
    m.put("level", region == null ? null : region.level().name());
    m.put("prefecture", region == null ? null : region.prefecture().orElse(null));
    m.put("prefecture_code", region == null ? null : region.prefectureCode().orElse(null));
    m.put("province", region == null ? null : region.province().orElse(null));
    m.put("province_code", region == null ? null : region.provinceCode().orElse(null));
    m.put("plan_year", r.planYear().isPresent() ? r.planYear().getAsInt() : null);
    m.put("indicator", t.indicator().name());
    m.put("indicator_key", t.indicator().key().map(Object::toString).orElse(null));
    m.put("indicator_en", t.indicator().english().orElse(null));
    m.put("measure", t.measure().name());
    m.put("bound", t.bound().name());
    m.put("target_value", t.quantity().map(Quantity::value).orElse(null));
    m.put("target_upper", t.quantity().flatMap(Quantity::upper).orElse(null));
    m.put("unit", t.quantity().map(q -> q.unit().symbol()).orElse(null));
    m.put("stretch", t.stretch());
    m.put("scope", t.scope().name());
    m.put("target_text", t.text());
    Actual a = r.result().orElse(null);
    m.put("result_value", a == null ? null : a.quantity().map(Quantity::value).orElse(null));
    m.put("result_upper", a == null ? null : a.quantity().flatMap(Quantity::upper).orElse(null));
    m.put("result_unit", a == null ? null : a.quantity().map(q -> q.unit().symbol()).orElse(null));
    m.put("result_estimated", a == null ? null : a.estimated());
    m.put("result_text", a == null ? null : a.text());
    m.put("status", r.status().name());
    m.put("gap", r.gap().map(Quantity::value).orElse(null));
    m.put("gap_unit", r.gap().map(q -> q.unit().symbol()).orElse(null));
    m.put("source", r.source());
    m.put("result_source", r.resultSource().orElse(null));
    m.put("result_span_start", a == null ? null : a.span().start());
    m.put("result_span_end", a == null ? null : a.span().end());
    return m;
  }

  /** Writes the header and every row as RFC 4180 CSV (CRLF line ends, quotes only where needed). */
  static void csv(List<PanelRow> rows, Writer out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(new String[0])).build();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (PanelRow r : rows) {
      List<String> cells = new ArrayList<>(COLUMNS.size());
      for (Object v : record(r).values()) {
        cells.add(cell(v));
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }

  /** Writes one JSON object per row and line, with the CSV's columns; numbers are JSON numbers. */
  static void jsonLines(List<PanelRow> rows, Writer out) throws IOException {
    for (PanelRow r : rows) {
      out.write(ReportJson.write(record(r)));
      out.write('\n');
    }
    out.flush();
  }

  /** The rows as a table for a person (or markdown): the columns a reader scans first. */
  static String table(List<PanelRow> rows, boolean markdown) {
    List<String> header = List.of("region", "year", "indicator", "target", "result", "status");
    List<List<String>> body = new ArrayList<>();
    for (PanelRow r : rows) {
      body.add(List.of(r.region().map(Region::name).orElse(""), r.planYear().isPresent() ? String.valueOf(r.planYear().getAsInt()) : "",
          r.target().indicator().name(), r.target().text(), r.result().map(Actual::text).orElse(""),
          r.status().name()));
    }
    StringBuilder sb = new StringBuilder();
    Tables.table(sb, "Panel: " + rows.size() + " targets", header, body, markdown);
    return sb.toString();
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) v).toPlainString();
    }
    return v.toString();
  }
}
