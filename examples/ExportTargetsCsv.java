package examples;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses several reports (files, or every .txt in a folder) and prints their targets as CSV (RFC 4180), one
 * row per target.
 *
 * <pre>
 * java -cp target/govreport-0.1.0-SNAPSHOT-cli.jar examples/ExportTargetsCsv.java src/test/resources/corpus &gt; targets.csv
 * </pre>
 */
public final class ExportTargetsCsv {

  private ExportTargetsCsv() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String a : args.length > 0 ? args : new String[] {"seeds"}) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          files.addAll(s.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList()));
        }
      } else {
        files.add(p);
      }
    }
    ReportParser parser = ReportParser.create();
    System.out.println("file,plan_year,scope,indicator,key,measure,value,upper,unit,bound,stretch,text");
    for (Path f : files) {
      Report r = parser.parse(f);
      for (Target t : r.targets()) {
        System.out.println(String.join(",", csv(f.getFileName().toString()),
            r.planYear().isPresent() ? String.valueOf(r.planYear().getAsInt()) : "",
            t.scope().name(), csv(t.indicator().name()), t.indicator().key().map(Object::toString).orElse(""),
            t.measure().name(), t.quantity().map(q -> q.value().toPlainString()).orElse(""),
            t.quantity().flatMap(q -> q.upper()).map(u -> u.toPlainString()).orElse(""),
            csv(t.quantity().map(q -> q.unit().symbol()).orElse("")), t.bound().name(),
            String.valueOf(t.stretch()), csv(t.text())));
      }
    }
  }

  /** Quotes a field when it holds a comma, a quote or a line break. */
  public static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
