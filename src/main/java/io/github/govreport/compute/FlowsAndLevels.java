package io.github.govreport.compute;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Figure;
import io.github.govreport.model.Measure;
import io.github.govreport.model.NameLexicon;

/**
 * Whether a figure is a flow in the year (新增高标准农田200万亩) or a level reached (高标准农田达到4179万亩), by the words
 * of its text: the two are not held against each other.
 */
final class FlowsAndLevels {

  /** The words that say what is added (新增, 新建, 净增): the KEEP words of the name lexicon. */
  private final java.util.Set<String> flowWords;

  FlowsAndLevels(NameLexicon names) {
    this.flowWords = names.words(NameLexicon.Role.KEEP);
  }

  /** Whether a target and a result of an amount are a flow against a level, either way round: not comparable. */
  boolean flowAgainstLevel(io.github.govreport.model.Target t, io.github.govreport.model.Actual a) {
    return isAmount(t.measure()) && (isFlow(t) && isLevel(a) || isFlow(a) && isLevel(t));
  }

  /** Whether a measure counts or measures an amount, which may be a flow in the year or a level reached. */
  static boolean isAmount(Measure m) {
    return m == Measure.LEVEL || m == Measure.COUNT;
  }

  /**
   * Whether a figure is a flow in the year rather than a level reached: its text says what is added (新增, 新建, 净增:
   * the KEEP words of the name lexicon). "新增高标准农田200万亩" is not met by "高标准农田达到4179万亩".
   */
  boolean isFlow(Figure f) {
    for (String w : flowWords) {
      if (f.text().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure is a level reached rather than what was added: its text says so (达到, 达, 突破, 总量: the level
   * cues of the lexicon) and says nothing of what is added.
   */
  boolean isLevel(Figure f) {
    if (isFlow(f)) {
      return false;
    }
    String text = f.text();
    for (int i = 0; i < text.length(); i++) {
      WordTable.Match<Cue> m = Lexicon.CUES.longestAt(text, i, text.length());
      if (m != null && (m.value == Cue.LEVEL
          || m.value == Cue.LEVEL_AT_LEAST)) {
        return true;
      }
    }
    return false;
  }
}
