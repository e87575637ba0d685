package io.github.govreport.internal.parse;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.model.Bound;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.Measure;
import java.util.List;

/**
 * Reads the main targets passage (主要预期目标是：…) clause by clause: figures through the {@link ClauseReader},
 * "X、Y与经济增长同步" as in-step targets, and clauses without a figure ("进出口稳量提质") as qualitative
 * targets. Aspirations attached to a target ("在实际工作中争取更好结果") are not targets of their own.
 */
final class MainTargetsReader {

  /** A clause of the passage that is not a figure: in step with a reference, or qualitative. */
  static final class Clause {
    final String name;
    final Bound bound;
    final Measure measure;
    /** For in-step clauses, the reference's name. */
    final String reference;
    final int start;
    final int end;

    Clause(String name, Bound bound, Measure measure, String reference, int start, int end) {
      this.name = name;
      this.bound = bound;
      this.measure = measure;
      this.reference = reference;
      this.start = start;
      this.end = end;
    }
  }

  /** Receives the passage's readings in text order. */
  interface Sink extends ClauseReader.Sink {
    void clause(Clause c);

    void unread(int start, int end);
  }

  private final FigureScanner scanner;
  private final ClauseReader reader;

  MainTargetsReader(FigureScanner scanner, ClauseReader reader) {
    this.scanner = scanner;
    this.reader = reader;
  }

  void read(SourceText t, int from, int to, int planYear, Sink sink) {
    Segmenter.Cursor sentences = new Segmenter.Cursor(t, from, to, false);
    while (sentences.next()) {
      Segmenter.Sentence s = sentences.sentence();
      for (int k = 0; k < s.clauses(); k++) {
        readClause(t, s.clauseStart(k), s.clauseEnd(k), planYear, sink);
      }
    }
  }

  private void readClause(SourceText t, int clauseStart, int clauseEnd, int planYear, Sink sink) {
    int start = clauseStart;
    int end = clauseEnd;
    while (start < end && (t.charAt(start) == '\n' || t.charAt(start) == '—' || t.charAt(start) == '、')) {
      start++;
    }
    if (end - start < 2) {
      return;
    }
    List<Amount> amounts = scanner.scan(t, start, end);
    if (amounts.isEmpty() && ClauseReader.containsAny(t, start, end, Lexicon.ASPIRATIONS)) {
      return;
    }
    int inStep = indexOfAny(t, start, end, Lexicon.IN_STEP);
    if (amounts.isEmpty() && inStep >= 0) {
      readInStep(t, start, end, inStep, sink);
      return;
    }
    if (amounts.isEmpty()) {
      String name = qualitativeName(t, start, end);
      if (name.isEmpty()) {
        sink.unread(start, end); // only connectives and punctuation: nothing names an indicator
      } else {
        sink.clause(new Clause(name, Bound.QUALITATIVE, qualitativeMeasure(t, start, end), null, start, end));
      }
      return;
    }
    int[] count = {0};
    ClauseReader.Sink counting = new ClauseReader.Sink() {
      @Override
      public void reading(Reading r) {
        count[0]++;
        sink.reading(r);
      }

      @Override
      public void skipped(String why, int s, int e) {
        sink.skipped(why, s, e);
      }
    };
    reader.read(t, Segmenter.Sentence.single(start, end), ClauseReader.Context.main(planYear), counting);
    if (count[0] == 0) {
      sink.unread(start, end);
    }
  }

  private void readInStep(SourceText t, int start, int end, int inStep, Sink sink) {
    int join = -1;
    for (int i = inStep - 1; i > start; i--) {
      char ch = t.charAt(i);
      if (ch == '与' || ch == '和' || ch == '同') {
        join = i;
        break;
      }
    }
    if (join < 0) {
      String name = qualitativeName(t, start, end);
      if (name.isEmpty()) {
        sink.unread(start, end);
      } else {
        sink.clause(new Clause(name, Bound.QUALITATIVE, Measure.GROWTH, null, start, end));
      }
      return;
    }
    String left = ClauseReader.clean(t.text(start, join));
    left = stripTail(left, "增长", "增速", "增幅");
    String right = ClauseReader.clean(t.text(join + 1, inStep));
    right = stripTail(right, "保持", "基本", "相", "实现");
    right = stripTail(right, "保持", "基本");
    if (right.isEmpty()) {
      right = "经济增长";
    }
    List<String> subjects = ClauseReader.splitTopLevel(left, "、");
    for (String s : subjects) {
      if (!s.isEmpty()) {
        sink.clause(new Clause(s, Bound.IN_STEP_WITH, Measure.GROWTH, right, start, end));
      }
    }
  }

  private static String stripTail(String s, String... tails) {
    boolean again = true;
    while (again) {
      again = false;
      for (String tail : tails) {
        if (s.endsWith(tail) && s.length() > tail.length()) {
          s = s.substring(0, s.length() - tail.length());
          again = true;
        }
      }
    }
    return s;
  }

  private String qualitativeName(SourceText t, int start, int end) {
    int from = start;
    for (String lead : new String[] {"确保", "力争", "努力", "要"}) {
      if (t.startsWith(lead, from) && end - from > lead.length() + 2) {
        from += lead.length();
      }
    }
    IndicatorDefinition d = reader.wordingAt(t, from, end);
    if (d != null) {
      int len = reader.wordingLengthAt(t, from, end);
      int stop = from + len;
      // Keep a head noun written on past the wording (单位生产总值二氧化碳排放量).
      while (stop < end && "量率额数值".indexOf(t.charAt(stop)) >= 0) {
        stop++;
      }
      return ClauseReader.clean(t.text(from, stop));
    }
    for (int i = from + 2; i < end; i++) {
      if (startsPredicate(t, i, end)) {
        return ClauseReader.clean(t.text(from, i));
      }
    }
    // No subject before a predicate ("完成“3815”战略发展目标的任务"): the clause names itself.
    return ClauseReader.clean(t.text(from, end));
  }

  private static boolean startsPredicate(SourceText t, int at, int end) {
    for (String p : Lexicon.PREDICATE_STARTS) {
      if (t.startsWith(p, at) && at + p.length() <= end) {
        return true;
      }
    }
    return t.charAt(at) == '、';
  }

  private static Measure qualitativeMeasure(SourceText t, int start, int end) {
    for (String w : new String[] {"下降", "降低", "增长", "增速", "涨幅", "提高"}) {
      if (t.indexOf(w, start, end) >= 0) {
        return Measure.GROWTH;
      }
    }
    return Measure.OTHER;
  }

  private static int indexOfAny(SourceText t, int from, int to, List<String> words) {
    for (String w : words) {
      int at = t.indexOf(w, from, to);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }
}
