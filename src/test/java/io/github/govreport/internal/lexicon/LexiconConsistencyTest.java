package io.github.govreport.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.internal.lexicon.NameWords.Role;
import io.github.govreport.model.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One meaning per word: the lexicon's tables that share words agree on what each word means. */
class LexiconConsistencyTest {

  @Test
  void aWordGivenTwoRolesInTheNamesFileFailsTheLoadNamingBoth() {
    assertThatThrownBy(() -> NameWords.load("/io/github/govreport/internal/lexicon/two-roles.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'安排' is both VERB and KEEP");
  }

  @Test
  void stretchAndEstimateWordsAreOneListEachThatEveryTableReads() {
    assertThat(Lexicon.STRETCH_WORDS).containsExactlyInAnyOrder("力争", "争取", "努力");
    assertThat(Lexicon.ESTIMATE_WORDS).contains("预计", "初步统计", "据初步核算").doesNotContainAnyElementsOf(
        Lexicon.STRETCH_WORDS);
    for (String w : Lexicon.STRETCH_WORDS) {
      assertThat(whole(Lexicon.CUES, w)).as(w).isEqualTo(Cue.STRETCH);
      assertThat(whole(Lexicon.LEADING, w)).as(w).isEqualTo(Cue.STRETCH);
      assertThat(whole(Lexicon.MARKS, w)).as(w).isEqualTo(Lexicon.Mark.STRETCH);
      assertThat(whole(Lexicon.NAMES.all, w)).as(w).isEqualTo(Role.STRETCH);
    }
    for (String w : Lexicon.ESTIMATE_WORDS) {
      assertThat(whole(Lexicon.CUES, w)).as(w).isEqualTo(Cue.ESTIMATE);
      assertThat(whole(Lexicon.LEADING, w)).as(w).isEqualTo(Cue.ESTIMATE);
      assertThat(whole(Lexicon.MARKS, w)).as(w).isEqualTo(Lexicon.Mark.ESTIMATE);
      assertThat(whole(Lexicon.NAMES.all, w)).as(w).isEqualTo(Role.ESTIMATE);
    }
  }

  @Test
  void everyWayAReportSpeaksOfItsOwnRegionIsAScopeOfNamesAndSaysItsLevel() {
    for (String w : List.of("全州", "我区", "全市", "全省", "我县", "本市")) {
      assertThat(whole(Lexicon.NAMES.all, w)).as(w).isEqualTo(Role.SCOPE);
      OriginWords.Word self = whole(Lexicon.ORIGIN.of(OriginWords.Role.SELF), w);
      assertThat(self).as(w).isNotNull();
      assertThat(self.suffix).as(w).isEqualTo(w.charAt(1));
    }
    assertThat(whole(Lexicon.ORIGIN.of(OriginWords.Role.SELF), "县委").suffix).isEqualTo('县');
  }

  @Test
  void aWordOfTheIndicatorIsNeverAlsoAGoverningVerbOrAScope() {
    for (String keep : Lexicon.NAMES.words(Role.KEEP)) {
      assertThat(Lexicon.NAMES.words(Role.VERB)).as(keep).doesNotContain(keep);
      assertThat(Lexicon.NAMES.words(Role.SCOPE)).as(keep).doesNotContain(keep);
    }
    for (String scope : Lexicon.NAMES.words(Role.SCOPE)) {
      assertThat(whole(Lexicon.NAMES.taskVerbs, scope)).as(scope).isNull();
    }
  }

  @Test
  void theTaskVerbsAreTheNamesFilesVerbsAndTheWordsThatMayStandWithThem() {
    for (Role r : List.of(Role.VERB, Role.KEEP, Role.ADVERB, Role.STRETCH, Role.TIME, Role.PREPOSITION)) {
      for (String w : Lexicon.NAMES.words(r)) {
        assertThat(whole(Lexicon.NAMES.taskVerbs, w)).as(r + " " + w).isTrue();
      }
    }
    for (Role r : List.of(Role.SCOPE, Role.BREADTH, Role.GENERIC, Role.PREDICATE, Role.STRUCTURE)) {
      for (String w : Lexicon.NAMES.words(r)) {
        assertThat(whole(Lexicon.NAMES.taskVerbs, w)).as(r + " " + w).isNull();
      }
    }
  }

  @Test
  void theCueAndHeadFilesAreReadWholeWithOneMeaningPerWord() {
    assertThat(whole(Lexicon.CUES, "增长")).isEqualTo(Cue.RISE);
    assertThat(whole(Lexicon.CUES, "下降")).isEqualTo(Cue.FALL);
    assertThat(whole(Lexicon.CUES, "控制在")).isEqualTo(Cue.AT_MOST);
    assertThat(whole(Lexicon.CUES, "分别")).isEqualTo(Cue.RESPECTIVELY);
    assertThat(whole(Lexicon.LEADING, "其中")).isEqualTo(Cue.FILLER);
    assertThat(Lexicon.LISTS.entityHeads).containsExactlyInAnyOrder("产业", "行业", "规模以上工业");
    for (String h : Lexicon.LISTS.entityHeads) {
      assertThat(whole(Lexicon.LISTS.heads, h)).as(h).isTrue();
    }
    assertThat(whole(Lexicon.LISTS.heads, "零售额")).isTrue();
  }

  @Test
  void aUsersWordGivenASecondRoleFailsNamingIt() {
    assertThatThrownBy(() -> Lexicon.NAMES.with(java.util.Map.of("新增", Role.VERB)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'新增' is already a KEEP word, not a VERB word");
    NameWords more = Lexicon.NAMES.with(java.util.Map.of("储备", Role.VERB));
    assertThat(more.roleOf("储备")).isEqualTo(Role.VERB);
    assertThat(whole(more.taskVerbs, "储备")).isTrue();
    assertThat(Lexicon.NAMES.roleOf("储备")).isNull();
  }

  private static <V> V whole(WordTable<V> table, String word) {
    WordTable.Match<V> m = table.longestAt(word, 0, word.length());
    return m != null && m.length == word.length() ? m.value : null;
  }

  @Test
  void theUnitsTheParserNamesInCodeAreTheUnitsFilesOwn() {
    Vocabulary words = Vocabulary.builtIn();
    assertThat(words.units.get("%")).isEqualTo(Unit.PERCENT);
    assertThat(words.units.get(Grammar.RATIO_SIGN + "1")).isEqualTo(Unit.TO_ONE);
  }
}
