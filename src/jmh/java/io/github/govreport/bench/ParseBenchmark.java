package io.github.govreport.bench;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ReportParser.parse} on the seed, on each corpus text, and on the whole corpus repeated 1 and 8
 * times (to see that time grows linearly with the input). Run through {@link BenchmarkMain}, which turns
 * operations into characters per second and allocation per operation into bytes per character.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {

  static final List<String> TEXTS = List.of("seed-zhejiang-2024", "anhui-2025", "chongqing-2026",
      "heilongjiang-2026", "henan-2026", "hunan-2025", "jilin-2025", "shanghai-2026", "yunnan-2025");

  /** A corpus text's name, or corpus-xN for the whole corpus repeated N times. */
  @Param({"seed-zhejiang-2024", "anhui-2025", "chongqing-2026", "heilongjiang-2026", "henan-2026", "hunan-2025",
      "jilin-2025", "shanghai-2026", "yunnan-2025", "corpus-x1", "corpus-x8"})
  public String text;

  String input;
  final ReportParser parser = ReportParser.create();

  @Setup
  public void read() {
    input = input(text);
  }

  /** The input a parameter names. */
  static String input(String name) {
    if (name.startsWith("corpus-x")) {
      int copies = Integer.parseInt(name.substring("corpus-x".length()));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < copies; i++) {
        for (String t : TEXTS) {
          sb.append(load(t)).append('\n');
        }
      }
      return sb.toString();
    }
    return load(name);
  }

  private static String load(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/corpus", name + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Report parse() {
    return parser.parse(input);
  }
}
