package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

/**
 * A milestone passed on the way to a level, read by {@link Rule#MILESTONE}: "突破万元，达到10234元" gives the level
 * reached, not the threshold passed. Stateless.
 */
final class Milestones {

  private Milestones() {}

  /** Whether the figure is followed by the level reached ("，达到10234元"): a threshold passed on the way to it. */
  static boolean passedOnTheWay(SourceText t, int afterEnd, Vocabulary words) {
    int i = afterEnd;
    if (i >= t.length() || t.charAt(i) != COMMA && t.charAt(i) != LIST_MARK) {
      return false;
    }
    WordTable.Match<Cue> level = words.cues.longestAt(t, i + 1, Math.min(t.length(), i + 5));
    int at = i + 1 + (level == null ? 0 : level.length);
    if (level == null || level.value != Cue.LEVEL) {
      return false;
    }
    int end = at;
    while (end < t.length() && (Normalizer.isDigit(t.charAt(end)) || t.charAt(end) == '.')) {
      end++;
    }
    // a figure, not a code (实现5A级旅游景区零的突破)
    return end > at && (end == t.length() || !Normalizer.isAsciiLetter(t.charAt(end)));
  }
}
