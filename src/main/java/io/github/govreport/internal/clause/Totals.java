package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;
import java.util.List;

/**
 * A total written after the figures it adds up, with no name of its own: "新建学校5所、幼儿园12所，合计17所" is the total
 * of 新建学校 and 幼儿园, named by both, not a second figure of 幼儿园. A total is nameless, opened by a word of
 * {@code TOTAL_WORDS} in words.tsv (合计, 共计, 总计), and in units that add up with those of at least two figures
 * read one group at a time before it in the sentence ({@link #sameKind}). Stateless.
 */
final class Totals {

  /** A total adds up this many figures at least. */
  private static final int MIN_PARTS = 2;

  private Totals() {}

  /**
   * Names the nameless group {@code g} by the figures of {@code run} when it is their total: the names of the run
   * listed, from where the first stands. False, and {@code g} untouched, when it is no total of them.
   */
  static boolean take(FigureGroup g, List<Subject> run, Unit runUnit) {
    if (run.size() < MIN_PARTS || g.amounts.size() != 1 || !sameKind(g.lastAmount.unit, runUnit)
        || g.words.lists.totalWords.indexIn(g.t, g.windowStart, g.first.start) < 0) {
      return false;
    }
    StringBuilder names = new StringBuilder();
    for (int k = 0; k < run.size(); k++) {
      if (k > 0) {
        names.append(LIST_MARK);
      }
      names.append(run.get(k).name);
    }
    int start = run.get(0).start;
    g.subject = new Subject(names.toString(), start);
    g.inherited = true;
    g.namedInFull = true;
    if (start >= 0) {
      g.spanStart = Math.min(g.spanStart, start);
    }
    g.resume = g.afterEnd;
    return true;
  }

  /** The farthest a total word stands from the clause before: the mark between them and no more. */
  private static final int TOTAL_GAP = 1;

  /**
   * What a clause without figures over {@code [from, to)} gives to the total that opens the next clause, the things
   * the verb of a task it opens with acts on ("资助残疾人大学生和困难残疾人家庭子女大学生，合计6300名": 残疾人大学生和困难
   * 残疾人家庭子女大学生); null when no total word opens the next clause, no such verb opens this one, or no name is left.
   */
  static Subject ofTheClauseBefore(SourceText t, int from, int to, Vocabulary words) {
    int next = to + TOTAL_GAP;
    WordTable.Match<Boolean> total = next < t.length() ? words.lists.totalWords.longestAt(t, next, t.length()) : null;
    if (total == null || next + total.length >= t.length() || !Normalizer.isDigit(t.charAt(next + total.length))) {
      return null;
    }
    WordTable.Match<Boolean> verb = words.names.taskVerbs.longestAt(t, from, to);
    if (verb == null) {
      return null;
    }
    String name = Subjects.clean(t.text(from + verb.length, to), words.names);
    return name.length() < 2 || name.length() > FigureGroup.MAX_NAME ? null : new Subject(name, from + verb.length);
  }

  /**
   * Whether two units measure the same kind of thing, so that their figures add up: one dimension, and for counts
   * one counter (学校5所 and 幼儿园12所 add up; 317个 cities and 7359万 insured persons do not).
   */
  static boolean sameKind(Unit a, Unit b) {
    String x = a.symbol();
    String y = b.symbol();
    return a.dimension() == b.dimension() && (a.dimension() != Dimension.COUNT
        || !x.isEmpty() && !y.isEmpty() && x.charAt(x.length() - 1) == y.charAt(y.length() - 1));
  }
}
