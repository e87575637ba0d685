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
    for (String name : names) {
      assertThat(Lexicon.class.getField(name)).as(name).isNotNull();
      assertThat(WordLists.list(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void listsKeepTheFileOrderAndTablesTheirWords() {
    assertThat(WordLists.list("IN_STEP")).containsExactly("基本同步", "同步");
    assertThat(Lexicon.LEVEL_NOUNS.contains("较低水平")).isTrue();
    assertThat(Lexicon.CIRCUMSTANCE_NOUNS.contains("情况")).isTrue();
    assertThat(Lexicon.COMPARISONS).startsWith("高于", "低于");
  }

  @Test
  void aListTheFileLacksFailsWithItsName() {
    assertThatThrownBy(() -> WordLists.list("NO_SUCH_LIST")).hasMessageContaining("NO_SUCH_LIST");
  }
}
