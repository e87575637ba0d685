package io.github.govreport.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists of words.tsv: each read by the field of its name (ListWords, LineWords), in file order. */
class WordListsTest {

  /** COMPARISONS → comparisons, RANK_CUES → rankCues. */
  static String camel(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : name.toLowerCase(java.util.Locale.ROOT).split("_")) {
      b.append(b.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return b.toString();
  }

  static Set<String> listNames() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    try (InputStream in = WordListsTest.class.getResourceAsStream("/io/github/govreport/lexicon/words.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.substring(0, line.indexOf('\t')));
        }
      }
    }
    return names;
  }

  @Test
  void everyListIsAFieldOfItsName() throws Exception {
    Set<String> names = listNames();
    assertThat(names).contains("COMPARISONS", "LEVEL_NOUNS", "CIRCUMSTANCE_NOUNS", "RANK_CUES");
    java.util.Map<String, String> typed = java.util.Map.of("SUFFIX_BOUND", "suffixBounds",
        "PROJECT_STATUS", "projectStatus", "CONTRACTION", "contractions", "REGIONAL_NAME", "regionalNames", "CHANGE_MEASURE", "changeMeasures");
    for (String name : names) {
      int dot = name.indexOf('.');
      String field = dot < 0 ? camel(name) : typed.get(name.substring(0, dot));
      assertThat(field).as(name + " is read by a field of the word lists").isNotNull();
      Class<?> owner = name.equals("CONTINUING_OPENERS") ? LineWords.class : ListWords.class;
      assertThat(owner.getField(field)).as(name).isNotNull();
      assertThat(WordLists.list(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void listsKeepTheFileOrderAndTablesTheirWords() {
    assertThat(WordLists.list("IN_STEP")).containsExactly("基本同步", "同步");
    assertThat(Lexicon.LISTS.levelNouns.contains("较低水平")).isTrue();
    assertThat(Lexicon.LISTS.circumstanceNouns.contains("情况")).isTrue();
    assertThat(Lexicon.LISTS.comparisons).startsWith("高于", "低于");
    assertThat(Lexicon.LISTS.suffixBounds.get("及以上")).isEqualTo(io.github.govreport.model.Bound.AT_LEAST);
    assertThat(Lexicon.LISTS.projectStatus.get("开工建设")).isEqualTo(io.github.govreport.model.ProjectStatus.STARTED);
  }

  @Test
  void aListTheFileLacksFailsWithItsName() {
    assertThatThrownBy(() -> WordLists.list("NO_SUCH_LIST")).hasMessageContaining("NO_SUCH_LIST");
  }
}
