package examples;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Target;
import java.nio.file.Path;

/**
 * Parses a report (the bundled seed by default) and prints its main targets, one per line.
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/govreport-0.1.0-SNAPSHOT-cli.jar examples/ParseSeedTargets.java [REPORT.txt]
 * </pre>
 */
public final class ParseSeedTargets {

  private ParseSeedTargets() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "seeds/zhejiang-2024-summary.txt");
    Report report = ReportParser.create().parse(file);
    System.out.println(report.title().orElse(file.toString()) + " — targets for " + report.planYear().orElse(0));
    for (Target t : report.targets(Scope.MAIN)) {
      String figure = t.quantity().map(Object::toString)
          .orElse(t.reference().map(r -> "in step with " + r.name()).orElse("(no figure)"));
      System.out.println(t.indicator().name() + "\t" + figure + "\t" + t.bound());
    }
  }
}
