package io.github.govreport.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParseBenchmark} with the GC profiler and prints, per input: characters, operations per second,
 * millions of characters per second and bytes allocated per input character; then the time ratio of the
 * corpus repeated 8 times to the corpus once (8 means linear). {@code -quick} runs shorter iterations.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("-quick");
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ParseBenchmark.class.getSimpleName())
        .addProfiler(GCProfiler.class)
        .shouldDoGC(true);
    if (quick) {
      options.warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, double[]> rows = new TreeMap<>();
    for (RunResult r : results) {
      String text = r.getParams().getParam("text");
      double opsPerSecond = r.getPrimaryResult().getScore();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (alloc == null) {
        alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
      }
      double bytesPerOp = alloc == null ? Double.NaN : alloc.getScore();
      int chars = ParseBenchmark.input(text).length();
      rows.put(text, new double[] {chars, opsPerSecond, opsPerSecond * chars / 1e6, bytesPerOp / chars});
    }
    System.out.println();
    System.out.printf("%-20s %10s %12s %14s %14s%n", "input", "chars", "parses/s", "Mchars/s", "bytes/char");
    for (Map.Entry<String, double[]> e : rows.entrySet()) {
      double[] v = e.getValue();
      System.out.printf("%-20s %10.0f %12.1f %14.2f %14.2f%n", e.getKey(), v[0], v[1], v[2], v[3]);
    }
    double[] one = rows.get("corpus-x1");
    double[] eight = rows.get("corpus-x8");
    if (one != null && eight != null) {
      System.out.printf("%ntime per parse, corpus x8 / corpus x1: %.2f (8.00 is linear)%n", one[1] / eight[1]);
    }
  }
}
