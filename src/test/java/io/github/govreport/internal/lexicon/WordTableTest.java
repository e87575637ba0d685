package io.github.govreport.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The word table's look-ups against the plain reading of their contract: every word tried at every position. */
class WordTableTest {

  /** Words and texts over a few chars, so that words overlap, share prefixes and occur often. */
  private static Gen<String> fewChars(int min, int max) {
    return strings().betweenCodePoints('一', '一' + 5).ofLengthBetween(min, max);
  }

  private static WordTable<Integer> table(List<String> words) {
    Map<String, Integer> m = new TreeMap<>();
    for (String w : words) {
      m.put(w, w.length() * 100 + w.charAt(0) - '一');
    }
    return WordTable.of(m);
  }

  @Test
  void theLongestWordStartingAtAPositionIsFoundWithinTheLimit() {
    qt().forAll(lists().of(fewChars(1, 4)).ofSizeBetween(1, 12), fewChars(0, 12), integers().between(0, 12),
            integers().between(0, 12))
        .checkAssert((words, text, from, limit) -> {
          WordTable.Match<Integer> m = table(words).longestAt(text, from, limit);
          int want = 0;
          for (String w : words) {
            if (from + w.length() <= Math.min(limit, text.length()) && text.startsWith(w, from)) {
              want = Math.max(want, w.length());
            }
          }
          assertThat(m == null ? 0 : m.length).isEqualTo(want);
          if (m != null) {
            assertThat(m.value).isEqualTo(want * 100 + text.charAt(from) - '一');
          }
        });
  }

  @Test
  void theLongestWordEndingAtAPositionIsFoundAboveTheFloor() {
    qt().forAll(lists().of(fewChars(1, 4)).ofSizeBetween(1, 12), fewChars(0, 12), integers().between(0, 12),
            integers().between(0, 12))
        .checkAssert((words, text, end, floor) -> {
          int e = Math.min(end, text.length());
          WordTable.Match<Integer> m = table(words).longestEndingAt(text, e, floor);
          int want = 0;
          for (String w : words) {
            if (e - w.length() >= Math.max(0, floor) && text.startsWith(w, e - w.length())) {
              want = Math.max(want, w.length());
            }
          }
          assertThat(m == null ? 0 : m.length).isEqualTo(want);
        });
  }

  @Test
  void theWordOfALengthEndingAtAPositionIsFoundWhenItIsThere() {
    qt().forAll(lists().of(fewChars(1, 4)).ofSizeBetween(1, 12), fewChars(0, 12), integers().between(0, 12),
            integers().between(0, 5))
        .checkAssert((words, text, end, length) -> {
          int e = Math.min(end, text.length());
          WordTable.Match<Integer> m = table(words).endingAt(text, e, length);
          boolean there = length >= 1 && length <= e && words.contains(text.substring(e - length, e));
          assertThat(m != null).isEqualTo(there);
          if (m != null) {
            assertThat(m.length).isEqualTo(length);
          }
        });
  }

  @Test
  void aLargeTableAnswersEachOfItsWordsAndNoOther() {
    Map<String, Integer> m = new TreeMap<>();
    for (int i = 0; i < 5000; i++) {
      m.put("" + (char) ('一' + i % 700) + (char) ('丁' + i / 700) + "县", i);
    }
    WordTable<Integer> t = WordTable.of(m);
    m.forEach((w, v) -> assertThat(t.get(w)).isEqualTo(v));
    assertThat(t.get("一丁")).isNull();
    assertThat(t.get("一丁县城")).isNull();
    assertThat(t.longestAt("在一丁县城", 1, 5).length).isEqualTo(3);
    assertThat(t.indexIn("全省丁一县一丁县", 0, 8)).isEqualTo(5);
  }
}
