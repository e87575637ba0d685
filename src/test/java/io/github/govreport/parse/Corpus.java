package io.github.govreport.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The development corpus copied into the test resources: texts and their gold annotations. */
final class Corpus {

  private Corpus() {}

  static Path dir() {
    try {
      return Path.of(Corpus.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The gold files' names without .json, in order. */
  static List<String> names() {
    try (Stream<Path> s = Files.list(dir().resolve("gold"))) {
      return s.map(p -> p.getFileName().toString().replace(".json", "")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every corpus text's name without .txt, in order. */
  static List<String> texts() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).map(n -> n.replace(".txt", ""))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode gold(String name) {
    try {
      return new ObjectMapper().readTree(dir().resolve("gold").resolve(name + ".json").toFile());
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

  /** The text a gold file annotates. */
  static String textOf(JsonNode gold) {
    return text(gold.get("source").asText().replace(".txt", ""));
  }
}
