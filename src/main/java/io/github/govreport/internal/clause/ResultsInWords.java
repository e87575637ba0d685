package io.github.govreport.internal.clause;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.SourceText;

/**
 * The results of the year reviewed stated in words, in a clause without figures: an indicator the catalog knows with
 * a predicate of how it went ("城镇调查失业率均值保持历史最好水平"), or any name said to have met its target ("节能减排完成
 * 省定目标"). Each is handed to the sentence's sink as a qualitative result. Stateless.
 */
final class ResultsInWords {

  private ResultsInWords() {}

  /** How far after the indicator's name its predicate may begin ("均值", "增长与经济增长"). */
  private static final int PREDICATE_WINDOW = 10;

  /**
   * Reports a clause without figures that opens with an indicator the catalog knows ({@code [from, nameEnd)})
   * and states its result in words ("城镇调查失业率均值保持历史最好水平"): the clause from the name to the end of
   * the predicate.
   */
  static void ofAnIndicator(SentenceState s, int from, int nameEnd, int ce, Vocabulary words) {
    SourceText t = s.t;
    int limit = Math.min(ce, nameEnd + PREDICATE_WINDOW + 1);
    for (int j = nameEnd; j < limit; j++) {
      WordTable.Match<Boolean> m = words.lists.qualitativeResults.longestAt(t, j, ce);
      if (m != null) {
        s.sink.qualitative(Subjects.clean(t.text(from, nameEnd), words.names), from, j + m.length, s.ctx.sentenceEstimate);
        return;
      }
    }
  }

  /** The longest name a review's clause says met its target with ("节能减排完成省定目标": 节能减排). */
  private static final int TARGET_MET_NAME_MAX = 10;

  /**
   * Reports a clause without figures that says a target of the year reviewed was met ("节能减排完成省定目标"): a name
   * of two to {@value #TARGET_MET_NAME_MAX} chars, not only verbs, and a predicate of {@code TARGETS_MET} that ends
   * the clause.
   */
  static void targetMet(SentenceState s, int from, int ce, Vocabulary words) {
    SourceText t = s.t;
    for (int j = from + NameCleaner.MIN_NAME; j <= Math.min(ce - 1, from + TARGET_MET_NAME_MAX); j++) {
      WordTable.Match<Boolean> m = words.lists.targetsMet.longestAt(t, j, ce);
      if (m != null && j + m.length == ce) {
        String name = Subjects.clean(t.text(from, j), words.names);
        if (name.length() >= NameCleaner.MIN_NAME && !NameCleaner.onlyVerbs(name, 0, words.names)) {
          s.sink.qualitative(name, from, ce, s.ctx.sentenceEstimate);
        }
        return;
      }
    }
  }
}
