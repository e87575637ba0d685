package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged artifacts as a user meets them, run after {@code package} by Failsafe: the thin library jar, the
 * runnable {@code -cli.jar} started with {@code java -jar}, and the {@code bin/govreport} launcher.
 */
class PackagedCommandLineIT {

  private static final Path SEED = Paths.get("seeds/zhejiang-2024-summary.txt");
  private static final Path JAVA = Paths.get(System.getProperty("java.home"), "bin", "java");

  record Run(int code, String out, String err) {}

  private static Path property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by the Failsafe configuration in pom.xml)", name).isNotNull();
    return Paths.get(value);
  }

  private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    Path out = Files.createTempFile("govreport-it", ".out");
    Path err = Files.createTempFile("govreport-it", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished within a minute", command).isTrue();
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<String> javaJar(String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", property("govreport.cliJar").toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static List<String> launcher(String... args) {
    assumeTrue(Files.isExecutable(Paths.get("/bin/sh")), "bin/govreport is a POSIX shell script");
    List<String> command = new ArrayList<>(List.of("/bin/sh", "bin/govreport"));
    command.addAll(List.of(args));
    return command;
  }

  private static final Map<String, String> WITH_THIS_JAVA = Map.of("JAVA_HOME", System.getProperty("java.home"));

  @Test
  void theThinJarHoldsOnlyTheLibrary() throws IOException {
    List<String> foreign = new ArrayList<>();
    try (ZipFile jar = new ZipFile(property("govreport.jar").toFile())) {
      jar.stream().map(ZipEntry::getName)
          .filter(n -> !n.startsWith("META-INF/") && !n.startsWith("io/github/govreport/")
              && !n.equals("module-info.class") && !n.equals("io/") && !n.equals("io/github/"))
          .forEach(foreign::add);
      assertThat(jar.getEntry("io/github/govreport/ReportParser.class")).isNotNull();
    }
    assertThat(foreign).as("entries of the library jar outside its own package").isEmpty();
  }

  @Test
  void theCliJarRunsOnItsOwn() throws Exception {
    Run r = run(javaJar("parse", SEED.toString()), Map.of());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.get("planYear").asInt()).isEqualTo(2024);
    JsonNode gdp = report.get("targets").get(0);
    assertThat(gdp.get("text").asText()).isEqualTo("生产总值增长5.5%左右");
    assertThat(gdp.get("quantity").get("value").decimalValue()).isEqualByComparingTo("5.5");
  }

  @Test
  void theCliJarReportsAMissingFileInOneLine() throws Exception {
    Run r = run(javaJar("parse", "no/such/report.txt"), Map.of());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).containsExactly("govreport: no/such/report.txt: no such file");
  }

  @Test
  void theLauncherRunsTheCliJar() throws Exception {
    Run r = run(launcher("parse", SEED.toString(), "--format", "table"), WITH_THIS_JAVA);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines())
        .anySatisfy(line -> assertThat(line.split("\\s+"))
            .containsExactly("MAIN", "生产总值", "GDP", "GROWTH", "5.5%", "ABOUT"));
  }

  @Test
  void theLauncherPassesTheExitCodeOn() throws Exception {
    Run r = run(launcher("parse", "no/such/report.txt"), WITH_THIS_JAVA);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly("govreport: no/such/report.txt: no such file");
    Run usage = run(launcher("frobnicate"), WITH_THIS_JAVA);
    assertThat(usage.code()).isEqualTo(2);
  }

  @Test
  void theLauncherSaysWhenThereIsNoJava() throws Exception {
    Run r = run(launcher("--version"), Map.of("JAVA_HOME", "/no/such/java/home"));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).containsExactly("govreport: cannot run '/no/such/java/home/bin/java' "
        + "(set JAVA_HOME to a Java 17+ installation, or put java on the PATH)");
  }

  @Test
  void theLauncherSaysWhenThereIsNoJar() throws Exception {
    Run r = run(launcher("--version"), Map.of("GOVREPORT_JAR", "no/such.jar"));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().asString().startsWith("govreport: no govreport-*-cli.jar found");
  }

  private static List<String> shell(String script) {
    assumeTrue(Files.isExecutable(Paths.get("/bin/sh")), "a POSIX shell");
    return List.of("/bin/sh", "-c", script);
  }

  private static String quoted(Path p) {
    return "'" + p.toString().replace("'", "'\\''") + "'";
  }

  @Test
  void closedStandardInputIsSaidSo() throws Exception {
    Run r = run(shell("exec " + JAVA + " -jar " + quoted(property("govreport.cliJar")) + " parse - <&-"), Map.of());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly("govreport: -: standard input is closed");
  }

  @Test
  void endlessAndHugeInputsAreRefusedInOneLineWithinSeconds(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    assumeTrue(Files.exists(Paths.get("/dev/zero")), "a /dev/zero");
    long start = System.nanoTime();
    Run zero = run(javaJar("parse", "/dev/zero"), Map.of());
    assertThat(zero.code()).isEqualTo(1);
    assertThat(zero.err().lines()).containsExactly("govreport: /dev/zero: is binary data, not text");
    Path sparse = dir.resolve("sparse.txt");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    Run huge = run(javaJar("parse", sparse.toString()), Map.of());
    assertThat(huge.code()).isEqualTo(1);
    assertThat(huge.err().lines()).containsExactly("govreport: " + sparse
        + ": is 3.0 GB, more than the limit of 256 MB (raise it with --max-size)");
    Run allowed = run(javaJar("parse", "--max-size", "4G", sparse.toString()), Map.of());
    assertThat(allowed.code()).isEqualTo(1);
    assertThat(allowed.err().lines()).containsExactly("govreport: " + sparse + ": is binary data, not text");
    assertThat(System.nanoTime() - start).as("nanoseconds for the four runs").isLessThan(60_000_000_000L);
  }

  @Test
  void aLargeReportStreamsItsJsonAndTooLittleMemoryIsOneLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // A fifth of the 200 MB report that parses under -Xmx1g, under a fifth of the memory.
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    Path large = dir.resolve("large.txt");
    try (java.io.Writer w = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
      for (long written = 0; written < 40L << 20; written += seed.getBytes(StandardCharsets.UTF_8).length + 1) {
        w.write(seed);
        w.write('\n');
      }
    }
    List<String> fits = new ArrayList<>(List.of(JAVA.toString(), "-Xmx256m", "-jar",
        property("govreport.cliJar").toString(), "parse", large.toString()));
    Path out = dir.resolve("large.json");
    ProcessBuilder pb = new ProcessBuilder(fits).redirectOutput(out.toFile())
        .redirectError(dir.resolve("large.err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("large.err"))).isZero();
    try (java.io.InputStream in = Files.newInputStream(out)) {
      JsonNode report = new ObjectMapper().readTree(in);
      assertThat(report.get("targets").size()).isGreaterThan(1000);
    }
    Run starved = run(List.of(JAVA.toString(), "-Xmx48m", "-jar", property("govreport.cliJar").toString(),
        "parse", large.toString()), Map.of());
    assertThat(starved.code()).isEqualTo(1);
    assertThat(starved.err().lines()).containsExactly("govreport: out of memory: give Java more"
        + " (java -Xmx4g -jar …) or read fewer or smaller files (--max-size)");
  }

  @Test
  void theShellCompletionCompletesCommandsAndOptions() throws Exception {
    assumeTrue(Files.isExecutable(Paths.get("/bin/bash")), "bash");
    String script = quoted(property("govreport.completion"));
    Run command = run(List.of("/bin/bash", "-c", "source " + script + "; COMP_WORDS=(govreport par); COMP_CWORD=1;"
        + " COMP_LINE='govreport par'; _complete_govreport 2>/dev/null; echo \"${COMPREPLY[@]}\""), Map.of());
    assertThat(command.out().strip()).isEqualTo("parse");
    Run option = run(List.of("/bin/bash", "-c", "source " + script + "; COMP_WORDS=(govreport parse --max);"
        + " COMP_CWORD=2; COMP_LINE='govreport parse --max'; _complete_govreport 2>/dev/null;"
        + " echo \"${COMPREPLY[@]}\""), Map.of());
    assertThat(option.out().strip()).isEqualTo("--max-size");
  }

  @Test
  void thePanelsCsvReadsBackWithPythonsCsvModule(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Paths.get("/usr/bin/python3")) || Files.isExecutable(Paths.get("/usr/local/bin/python3"))
        || new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3");
    Path csv = dir.resolve("panel.csv");
    ProcessBuilder pb = new ProcessBuilder(javaJar("panel", "src/test/resources/corpus"))
        .redirectOutput(csv.toFile()).redirectError(dir.resolve("panel.err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    List<Path> reports;
    try (var walk = Files.walk(Paths.get("src/test/resources/corpus"))) {
      reports = walk.filter(f -> f.toString().endsWith(".txt")).collect(java.util.stream.Collectors.toList());
    }
    // Counted in the library, not as lines: a target's text may hold a line break, which the CSV quotes.
    long rows = io.github.govreport.panel.Panel.builder().addAll(reports).build().rows().size();
    String check = String.join("\n",
        "import csv, sys",
        "with open(sys.argv[1], newline='', encoding='utf-8') as f:",
        "    r = list(csv.reader(f))",
        "header, body = r[0], r[1:]",
        "assert all(len(row) == len(header) for row in body), 'ragged rows'",
        "for col in ('plan_year', 'target_value', 'target_upper', 'result_value', 'gap', 'result_span_start'):",
        "    i = header.index(col)",
        "    [float(row[i]) for row in body if row[i] != '']",
        "print(len(body), len(header))");
    Run py = run(List.of("python3", "-c", check, csv.toString()), Map.of());
    assertThat(py.err()).isEmpty();
    assertThat(py.out().strip()).isEqualTo(rows + " " + PanelOutput.COLUMNS.size());
  }

  /** Both jars carry the project's licence and notice; the command-line jar the licences of what it bundles. */
  @Test
  void everyJarCarriesItsLicencesAndNotices() throws IOException {
    try (ZipFile lib = new ZipFile(property("govreport.jar").toFile())) {
      assertThat(text(lib, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      assertThat(text(lib, "META-INF/NOTICE")).startsWith("govreport").contains("Apache License, Version 2.0");
    }
    try (ZipFile cli = new ZipFile(property("govreport.cliJar").toFile())) {
      assertThat(text(cli, "META-INF/LICENSE")).contains("Apache License", "Version 2.0");
      assertThat(text(cli, "META-INF/NOTICE")).contains("govreport", "picocli", "juniversalchardet", "JLine",
          "progressbar", "Apache Commons");
      assertThat(text(cli, "META-INF/licenses/MIT-progressbar.txt")).contains("The MIT License", "Tongfei Chen");
      assertThat(text(cli, "META-INF/licenses/BSD-3-Clause-jline.txt")).contains("Redistribution and use");
      assertThat(text(cli, "META-INF/licenses/MPL-1.1-juniversalchardet.txt")).contains("MOZILLA PUBLIC LICENSE",
          "Version 1.1");
      assertThat(cli.getEntry("org/mozilla/universalchardet/UniversalDetector.class")).as("what the MPL covers")
          .isNotNull();
    }
  }

  private static String text(ZipFile jar, String entry) throws IOException {
    ZipEntry e = jar.getEntry(entry);
    assertThat(e).as("%s in %s", entry, jar.getName()).isNotNull();
    try (java.io.InputStream in = jar.getInputStream(e)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
