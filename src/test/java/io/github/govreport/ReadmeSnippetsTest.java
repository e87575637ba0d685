package io.github.govreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README, compiled against the library and run, so the README cannot drift from
 * the API. A snippet is a run of statements; it runs in the project's folder, as a reader would run it.
 */
class ReadmeSnippetsTest {

  static final String IMPORTS = String.join("\n",
      "import io.github.govreport.*;", "import io.github.govreport.model.*;", "import io.github.govreport.json.*;",
      "import io.github.govreport.compute.*;", "import io.github.govreport.panel.*;", "import java.math.*;", "import java.nio.file.*;", "import java.util.*;");

  static List<String> snippets() throws Exception {
    List<String> out = new ArrayList<>();
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int at = 0;
    while ((at = readme.indexOf("```java\n", at)) >= 0) {
      int end = readme.indexOf("```", at + 8);
      out.add(readme.substring(at + 8, end));
      at = end + 3;
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaSnippetCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<String> snippets = snippets();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      int index = i;
      String name = "Snippet" + i;
      String body = snippets.get(i);
      tests.add(DynamicTest.dynamicTest(body.lines().findFirst().orElse(name), () -> {
        Path src = dir.resolve(name + ".java");
        Files.writeString(src, IMPORTS + "\npublic class " + name + " {\n  public static void run() throws Exception {\n"
            + body + "\n  }\n}\n", StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
            List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-encoding", "UTF-8"),
            null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
            .call();
        assertThat(ok).as("README snippet %s does not compile:\n%s\n%s", index, body, errors).isTrue();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
            ReadmeSnippetsTest.class.getClassLoader())) {
          loader.loadClass(name).getMethod("run").invoke(null);
        }
      }));
    }
    return tests.stream();
  }
}
