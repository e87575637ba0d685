package io.github.govreport.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists of words.tsv: each read by the lexicon field of its name, in file order. */
class WordListsTest {

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
  void everyListIsALexiconFieldOfItsName() throws Exception {
    Set<String> names = listNames();
    assertThat(names).contains("COMPARISONS", "LEVEL_NOUNS", "CIRCUMSTANCE_NOUNS", "RANK_CUES");
    java.util.Map<String, String> typed = java.util.Map.of("SUFFIX_BOUND", "SUFFIX_BOUNDS",
        "PROJECT_STATUS", "PROJECT_STATUS", "CONTRACTION", "CONTRACTIONS", "REGIONAL_NAME", "REGIONAL_NAMES");
    for (String name : names) {
      int dot = name.indexOf('.');
      String field = dot < 0 ? name : typed.get(name.substring(0, dot));
      assertThat(field).as(name + " is read by a field of the lexicon").isNotNull();
      assertThat(Lexicon.class.getField(field)).as(name).isNotNull();
      assertThat(WordLists.list(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void listsKeepTheFileOrderAndTablesTheirWords() {
    assertThat(WordLists.list("IN_STEP")).containsExactly("基本同步", "同步");
    assertThat(Lexicon.LEVEL_NOUNS.contains("较低水平")).isTrue();
    assertThat(Lexicon.CIRCUMSTANCE_NOUNS.contains("情况")).isTrue();
    assertThat(Lexicon.COMPARISONS).startsWith("高于", "低于");
    assertThat(Lexicon.SUFFIX_BOUNDS.get("及以上")).isEqualTo(io.github.govreport.model.Bound.AT_LEAST);
    assertThat(Lexicon.PROJECT_STATUS.get("开工建设")).isEqualTo(io.github.govreport.model.ProjectStatus.STARTED);
  }

  @Test
  void aListTheFileLacksFailsWithItsName() {
    assertThatThrownBy(() -> WordLists.list("NO_SUCH_LIST")).hasMessageContaining("NO_SUCH_LIST");
  }
}
