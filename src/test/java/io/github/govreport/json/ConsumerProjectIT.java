package io.github.govreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application outside this project, compiled against the packaged library jar and run on the module path:
 * it reads the schema through the API (the resource is not readable from another module), and its own mapper, with
 * the modules it finds, writes the contract and reads it back.
 */
class ConsumerProjectIT {

  static final String MODULE_INFO = "module consumer {\n  requires io.github.govreport;\n"
      + "  requires com.fasterxml.jackson.databind;\n}\n";

  static final String MAIN = String.join("\n",
      "package consumer;",
      "import com.fasterxml.jackson.databind.ObjectMapper;",
      "import io.github.govreport.ReportParser;",
      "import io.github.govreport.json.ReportJson;",
      "import io.github.govreport.model.Report;",
      "public final class Main {",
      "  public static void main(String[] args) throws Exception {",
      "    Report r = ReportParser.create().parse(java.nio.file.Path.of(args[0]));",
      "    System.out.println(\"schema \" + ReportJson.schema().contains(\"\\\"$schema\\\"\"));",
      "    System.out.println(\"resource \" + (ReportJson.class.getResourceAsStream(\"report.schema.json\") != null));",
      "    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();",
      "    String json = mapper.writeValueAsString(r);",
      "    System.out.println(\"same \" + json.equals(ReportJson.write(r)));",
      "    System.out.println(\"back \" + mapper.readValue(json, Report.class).equals(r));",
      "    System.out.println(\"region \" + r.region().get().divisionCode().get());",
      "  }",
      "}", "");

  /** The library's run-time dependencies, as its pom declares them. */
  static final List<String> RUNTIME = List.of("jackson-core", "jackson-databind", "jackson-annotations",
      "jackson-datatype-guava", "jackson-datatype-jdk8", "guava", "failureaccess");

  /** The library jar and its run-time dependencies (Jackson 2 and Guava), from this JVM's class path. */
  static String modulePath() {
    List<String> jars = new ArrayList<>(List.of(System.getProperty("govreport.jar")));
    Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> RUNTIME.stream().anyMatch(a -> Paths.get(p).getFileName().toString().matches(a + "-[0-9].*\\.jar"))
            && (p.contains("/com/fasterxml/jackson/") || p.contains("/com/google/guava/")))
        .forEach(jars::add);
    return String.join(File.pathSeparator, jars);
  }

  @Test
  void aModularApplicationReadsTheSchemaAndWritesTheContractWithItsOwnMapper(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/consumer");
    Files.createDirectories(src);
    Files.writeString(dir.resolve("src/module-info.java"), MODULE_INFO);
    Files.writeString(src.resolve("Main.java"), MAIN);
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "--module-path", modulePath(),
        dir.resolve("src/module-info.java").toString(), src.resolve("Main.java").toString());
    assertThat(compiled).as("the consumer compiles against the library jar").isZero();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path", classes + File.pathSeparator + modulePath(),
        "-m", "consumer/consumer.Main", "seeds/zhejiang-2024-summary.txt").redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out.lines().collect(Collectors.toList())).as(out)
        .containsExactly("schema true", "resource false", "same true", "back true", "region 330000");
  }
}
