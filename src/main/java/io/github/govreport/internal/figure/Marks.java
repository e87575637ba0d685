package io.github.govreport.internal.figure;

import io.github.govreport.internal.lexicon.Lexicon.Mark;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.SourceText;
import java.util.Arrays;

/**
 * Where each {@link Mark} first occurs in a range of the text, found in one pass over it: the range is
 * walked once, trying the mark table at each position.
 */
public final class Marks {
  private static final Mark[] ALL = Mark.values();
  private final int[] first = new int[ALL.length];
  private final WordTable<Mark> marks;

  /** Scratch space for the marks of the words of {@code vocabulary}, one range at a time. */
  public Marks(Vocabulary vocabulary) {
    this.marks = vocabulary.marks;
    Arrays.fill(first, -1);
  }

  /** Finds the marks of {@code [from, to)}, forgetting those of the range scanned before. */
  public Marks scan(SourceText t, int from, int to) {
    Marks m = this;
    Arrays.fill(first, -1);
    for (int i = from; i < to; i++) {
      WordTable.Match<Mark> w = marks.longestAt(t, i, to);
      if (w == null) {
        continue;
      }
      int k = w.value.ordinal();
      if (m.first[k] < 0) {
        m.first[k] = i;
      }
    }
    return m;
  }

  /** Whether the mark occurs in the range. */
  boolean has(Mark mark) {
    return first[mark.ordinal()] >= 0;
  }

  /** Whether the mark occurs before {@code at}. */
  public boolean before(Mark mark, int at) {
    int f = first[mark.ordinal()];
    return f >= 0 && f < at;
  }
}
