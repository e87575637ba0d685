package examples;

import io.github.govreport.ReportParser;
import io.github.govreport.compute.Assessment;
import io.github.govreport.compute.Attainment;
import io.github.govreport.compute.AttainmentReport;
import io.github.govreport.compute.Status;
import io.github.govreport.model.Report;
import java.nio.file.Path;

/**
 * Holds a year's targets against the next year's review and prints one line per target that has a result.
 *
 * <pre>
 * java -cp target/govreport-0.1.0-SNAPSHOT-cli.jar examples/AssessPlanAgainstReview.java [PLAN.txt REVIEW.txt]
 * </pre>
 *
 * <p>By default the plan is the seed (2024 targets) and the review a hand-made text (examples/data/README.md).
 */
public final class AssessPlanAgainstReview {

  private AssessPlanAgainstReview() {}

  public static void main(String[] args) throws Exception {
    Path plan = Path.of(args.length > 1 ? args[0] : "seeds/zhejiang-2024-summary.txt");
    Path review = Path.of(args.length > 1 ? args[1] : "examples/data/review-2024-handmade.txt");
    ReportParser parser = ReportParser.create();
    Report targets = parser.parse(plan);
    Report results = parser.parse(review);
    AttainmentReport attainment = Attainment.defaults().assess(targets, results);
    for (Assessment a : attainment.rows()) {
      if (a.status() != Status.NO_DATA) {
        System.out.println(a.status() + "\t" + a.explanation());
      }
    }
    System.out.printf("%d met or exceeded, %d missed, %d without data%n",
        attainment.count(Status.MET) + attainment.count(Status.EXCEEDED), attainment.count(Status.MISSED),
        attainment.count(Status.NO_DATA));
  }
}
