package io.github.govreport.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The development corpus copied into the test resources: texts and their gold annotations, the first part in
 * {@code corpus/} (every figure of each report) and the panel in {@code corpus/panel/} (the main targets
 * passage and the headline results of fifteen more). A panel report's name starts with {@code panel/}.
 */
final class Corpus {

  private Corpus() {}

  static final String PANEL = "panel/";

  static Path dir() {
    try {
      return Path.of(Corpus.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The gold files' names without .json, in order: the first part, then the panel's with {@code panel/}. */
  static List<String> names() {
    List<String> out = new ArrayList<>(list(dir().resolve("gold"), ".json", ""));
    out.addAll(panelNames());
    return out;
  }

  /** The panel's gold files' names, each with {@code panel/}. */
  static List<String> panelNames() {
    return list(dir().resolve("panel").resolve("gold"), ".json", PANEL);
  }

  /** The first part's gold files' names (every figure annotated). */
  static List<String> fullNames() {
    return list(dir().resolve("gold"), ".json", "");
  }

  /** Every corpus text's name without .txt, in order, the panel's with {@code panel/}. */
  static List<String> texts() {
    List<String> out = new ArrayList<>(list(dir(), ".txt", ""));
    out.addAll(list(dir().resolve("panel"), ".txt", PANEL));
    return out;
  }

  private static List<String> list(Path folder, String suffix, String prefix) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> prefix + n.substring(0, n.length() - suffix.length())).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode gold(String name) {
    Path file = name.startsWith(PANEL)
        ? dir().resolve("panel").resolve("gold").resolve(name.substring(PANEL.length()) + ".json")
        : dir().resolve("gold").resolve(name + ".json");
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(dir().resolve(name + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text the gold file of {@code name} annotates. */
  static String textFor(String name) {
    String source = gold(name).get("source").asText().replace(".txt", "");
    return text(name.startsWith(PANEL) ? PANEL + source : source);
  }
}
