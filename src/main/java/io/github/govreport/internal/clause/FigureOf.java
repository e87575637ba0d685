package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;

/**
 * What a figure written right before 的 is of, when it is no quality of the noun after: the share of the things
 * after it (60%的城市污水处理厂), the size of a task or a problem (10万人次的培训任务). Stateless.
 */
final class FigureOf {

  private FigureOf() {}

  /** Whether the group is one figure with 的 right after it and words after that in its clause. */
  private static boolean oneFigureBeforeOf(FigureGroup g) {
    return g.amounts.size() == 1 && g.afterEnd + 1 < g.clauseEnd && g.t.charAt(g.afterEnd) == Grammar.OF;
  }

  /**
   * Where the noun ends that the figure of {@code g} is a share of ("60%的城市污水处理厂完成提标改造", "把八成左右的财政支出
   * 用于民生领域"): one percentage or tenths, no change said, then 的 and no level noun (95%的水平); -1 when it is no
   * share.
   */
  static int shareEnd(FigureGroup g, int postLimit) {
    SourceText t = g.t;
    Vocabulary words = g.words;
    int afterEnd = g.afterEnd;
    int clauseEnd = g.clauseEnd;
    if (!oneFigureBeforeOf(g) || g.first.unit.dimension() != Dimension.PERCENT
        || g.peel.cues.contains(Cue.RISE) || g.peel.cues.contains(Cue.FALL)
        || words.lists.levelNouns.longestAt(t, afterEnd + 1, clauseEnd) != null
        || words.lists.circumstanceNouns.longestAt(t, afterEnd + 1, clauseEnd) != null) {
      return -1;
    }
    int end = PostNoun.end(t, afterEnd + 1, postLimit, words, true);
    for (int i = afterEnd + 1; i < end; i++) {
      WordTable.Match<Cue> change = words.cues.longestAt(t, i, end);
      if (change != null && (change.value == Cue.RISE || change.value == Cue.FALL)) {
        return -1; // "8%左右的国内生产总值增长目标": a rate of change, not a share
      }
    }
    if (end == postLimit && g.next != null && g.next.start == end && thresholdAt(g.next, t, afterEnd + 1, words)) {
      return g.next.suffixEnd; // "95%以上的村集体经营性收入超过10万元": the things are those past the threshold
    }
    return end > afterEnd + 1 ? end : -1;
  }

  /**
   * Whether {@code a} is a threshold the things of a share pass, after a word of a floor right before it and after
   * {@code from} (超过, 不低于), or of a level with a floor after it (达到…以上): the 10万元 of "95%以上的村集体经营性收入
   * 超过10万元", not the 13% of "现行16%的税率降至13%".
   */
  static boolean thresholdAt(Amount a, SourceText t, int from, Vocabulary words) {
    WordTable.Match<Cue> cue = words.cues.longestEndingAt(t, a.start, from);
    return cue != null && a.start - cue.length > from && (cue.value == Cue.LEVEL_AT_LEAST || cue.value == Cue.AT_LEAST
        || cue.value == Cue.LEVEL && a.suffixBound == Bound.AT_LEAST);
  }

  /**
   * Whether the group's figure is the threshold in the things of a share right before it in its clause
   * ({@link #thresholdAt}): it qualifies the share's name.
   */
  static boolean thresholdOfAShare(FigureGroup g) {
    Amount b = g.figureBefore;
    return b != null && b.unit.dimension() == Dimension.PERCENT && b.suffixEnd < g.first.start
        && g.t.charAt(b.suffixEnd) == Grammar.OF && !FigureLists.hasSeparator(g.t, b.suffixEnd, g.first.start)
        && thresholdAt(g.first, g.t, b.suffixEnd + 1, g.words);
  }

  /**
   * Where the noun ends that names the task or the problem the figure of {@code g} is the size of, written after it
   * and 的 and closed by a word of {@code TASK_NOUNS} ("完成10万人次的培训任务" → 培训任务, "解决44万人的安全饮水问题" →
   * 安全饮水问题); right after 的 when the task word stands alone ("完成裁减军队员额20万的任务": the name is before the
   * figure); -1 when it is no such figure. Not a percentage, which is a share, nor a figure with a bound.
   */
  static int taskEnd(FigureGroup g, int postLimit) {
    SourceText t = g.t;
    int afterEnd = g.afterEnd;
    if (!oneFigureBeforeOf(g) || g.first.unit.dimension() == Dimension.PERCENT || g.lastAmount.suffixBound != null) {
      return -1;
    }
    int end = PostNoun.end(t, afterEnd + 1, postLimit, g.words, true);
    WordTable.Match<Boolean> task = g.words.lists.taskNouns.longestEndingAt(t, end, afterEnd + 1);
    if (task == null || end < g.clauseEnd && !Subjects.endsANoun(t.charAt(end))) {
      return -1; // the task must close the clause or the item: "…的任务分工" is another noun
    }
    int before = end - task.length;
    return before - (afterEnd + 1) >= NameCleaner.MIN_NAME ? end : before == afterEnd + 1 ? before : -1;
  }
}
