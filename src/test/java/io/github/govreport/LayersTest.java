package io.github.govreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages read as the pipeline: the public model stands on nothing internal, and each stage of the parser
 * uses only the stages before it. Read from the sources, so that a new import fails here with its file named.
 */
class LayersTest {

  /** The parser's stages in the order a text passes them, the lexicon under all. */
  static final List<String> STAGES =
      List.of("lexicon", "text", "outline", "segment", "figure", "origin", "period", "name", "clause", "assemble");

  static final Path SOURCES = Path.of("src/main/java/io/github/govreport");
  static final Pattern INTERNAL = Pattern.compile("io\\.github\\.govreport\\.internal\\.([a-z]+)");

  @Test
  void theModelUsesNothingInternal() {
    // Packages only: the Immutables style annotation on package-info (internal.ValueStyle) is read by the compiler.
    assertThat(uses("model")).isEmpty();
  }

  @Test
  void everyStageUsesOnlyTheStagesBeforeIt() {
    List<String> upward = new ArrayList<>();
    for (String stage : STAGES) {
      int here = STAGES.indexOf(stage);
      for (String use : uses("internal/" + stage)) {
        String used = use.substring(use.lastIndexOf(' ') + 1);
        if (STAGES.indexOf(used) >= here) {
          upward.add(use);
        }
      }
    }
    assertThat(STAGES.stream().map(s -> SOURCES.resolve("internal/" + s))).allMatch(Files::isDirectory);
    assertThat(upward).isEmpty();
  }

  /**
   * The parser's code writes no Chinese, its lexicon's code neither: every word, function char and full-width mark is
   * data (words.tsv, grammar.tsv, punctuation.tsv, numerals.tsv …), read by name. The named exceptions are diagnostic messages, whose English quotes the words a
   * reader searches the text for (折合, 连续, 倍, 主要预期目标).
   */
  @Test
  void theParserWritesNoChineseOutsideItsDiagnosticMessages() throws IOException {
    Pattern literal = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\n]|\\\\.)+'");
    Pattern chinese = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve("internal"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
        String code = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
            .replaceAll("//[^\n]*", "");
        Matcher m = literal.matcher(code);
        while (m.find()) {
          if (chinese.matcher(m.group()).find() && !m.group().matches("\"[a-z].*\"")) {
            found.add(f.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * Every kind of word reaches a stage through the parser's vocabulary (the names and units a caller can add to, the
   * cue, period, origin, passage and line words, the word lists): no stage reads a bundled table itself, but for the
   * named exceptions below.
   */
  @Test
  void noStageReadsABundledWordTableItself() throws IOException {
    Pattern bundled = Pattern.compile("Lexicon\\.([A-Z][A-Z_]*)\\b");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve("internal"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
        if (f.getParent().getFileName().toString().equals("lexicon")) {
          continue;
        }
        Matcher m = bundled.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(f.getFileName() + ": " + m.group());
        }
      }
    }
    // The place names keep one table built from the bundled origin words for the parsers that read them; the text
    // stage reads its char tables (signs a conversion mangled, HTML entities) before any parser's words apply.
    assertThat(found).containsExactly("PlaceNames.java: Lexicon.ORIGIN", "Markup.java: Lexicon.HTML_ENTITIES",
        "Normalizer.java: Lexicon.MANGLED_SIGNS", "Normalizer.java: Lexicon.MANGLED_SIGNS");
  }

  /** "File.java uses stage" for each internal package a folder's sources name, other than their own. */
  private static List<String> uses(String folder) {
    Path dir = SOURCES.resolve(folder);
    String own = dir.getFileName().toString();
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
        Matcher m = INTERNAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(own) && !out.contains(f.getFileName() + " uses " + used)) {
            out.add(f.getFileName() + " uses " + used);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
