package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARKS;

import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.PassageWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.period.Periods;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Measure;
import java.util.List;

/**
 * Reads the main targets passage (主要预期目标是：…) clause by clause: figures through the {@link ClauseReader},
 * "X、Y与经济增长同步" as in-step targets, and clauses without a figure ("进出口稳量提质") as qualitative
 * targets. Aspirations attached to a target ("在实际工作中争取更好结果") are not targets of their own.
 */
public final class MainTargetsReader {

  /** A clause of the passage that is not a figure: in step with a reference, or qualitative. */
  public static final class Clause {
    public final String name;
    public final Bound bound;
    public final Measure measure;
    /** For in-step clauses, the reference's name. */
    public final String reference;
    public final int start;
    public final int end;

    /** A qualitative clause when {@code reference} is null, else one in step with the reference. */
    Clause(String name, Measure measure, String reference, int start, int end) {
      this.name = name;
      this.bound = reference == null ? Bound.QUALITATIVE : Bound.IN_STEP_WITH;
      this.measure = measure;
      this.reference = reference;
      this.start = start;
      this.end = end;
    }
  }

  /** Receives the passage's readings in text order. */
  public interface Sink extends ClauseReader.Sink {
    void clause(Clause c);

    void unread(int start, int end);

    /** Never called: the passage sets targets, and only results are read without figures. */
    @Override
    default void qualitative(String name, int start, int end, boolean estimated) {}
  }

  /** The words that end the passage (提出上述目标), its phrases (预期目标) and aspirations (努力争取更好结果). */
  private final WordTable<Integer> stops;
  private final WordTable<Integer> phrases;
  private final WordTable<Integer> aspirations;
  /** The words that open a remark on the targets, no target of its own (这个指标是指导性的). */
  private final WordTable<Integer> remarks;

  private final FigureScanner scanner;
  private final ClauseReader reader;

  /** A reader of the passage's clauses with the figures and words of {@code scanner} and the clause {@code reader}. */
  public MainTargetsReader(FigureScanner scanner, ClauseReader reader) {
    this.scanner = scanner;
    this.reader = reader;
    PassageWords passage = scanner.vocabulary().passage;
    this.stops = passage.of(PassageWords.Role.STOP);
    this.phrases = passage.of(PassageWords.Role.PHRASE);
    this.aspirations = passage.of(PassageWords.Role.ASPIRATION);
    this.remarks = passage.of(PassageWords.Role.REMARK);
  }

  public void read(SourceText t, int from, int to, Sink sink, Periods periods) {
    Segmenter.Cursor sentences = new Segmenter.Cursor(t, from, to, false);
    ClauseReader.Context ctx = ClauseReader.Context.main(periods, reader.words());
    while (sentences.next()) {
      Segmenter.Sentence s = sentences.sentence();
      if (stops.longestAt(t, Labels.skipLead(t, s.start, s.end), s.end) != null) {
        break; // "提出上述预期目标，综合考虑了…": the passage has ended
      }
      // Clauses with figures are read together, so a clause may take its name from the one before
      // ("地区生产总值增长6%左右，力争7%"); the others are read one by one.
      int[] figured = new int[2 * s.clauses()];
      int n = readClausesWithoutFigures(t, s, figured, sink);
      if (n > 0) {
        readClausesWithFigures(t, figured, n, ctx, sink);
      }
    }
  }

  /**
   * Reads the clauses of {@code s} without a figure, a run of them that goes on together as one, and puts the
   * others' ranges in {@code figured}; returns how many it put there.
   */
  private int readClausesWithoutFigures(SourceText t, Segmenter.Sentence s, int[] figured, Sink sink) {
    int n = 0;
    int plainStart = -1; // the start of a run of clauses without figures read as one
    int plainEnd = -1;
    for (int k = 0; k < s.clauses(); k++) {
      int start = Labels.skipLead(t, s.clauseStart(k), s.clauseEnd(k));
      int end = s.clauseEnd(k);
      if (end - start < 2) {
        continue;
      }
      if (!scanner.scan(t, start, end).isEmpty()) {
        if (plainStart >= 0) {
          readWithoutFigure(t, plainStart, plainEnd, sink);
          plainStart = -1;
        }
        figured[2 * n] = start;
        figured[2 * n + 1] = end;
        n++;
      } else if (plainStart >= 0 && (continues(t, start, end) || isNameOnly(t, plainStart, plainEnd))) {
        plainEnd = end; // "固定资产投资扭转下滑态势，实现正增长"; "城镇新增就业人数，城镇登记失业率…完成…目标"
      } else {
        if (plainStart >= 0) {
          readWithoutFigure(t, plainStart, plainEnd, sink);
        }
        plainStart = start;
        plainEnd = end;
      }
    }
    if (plainStart >= 0) {
      readWithoutFigure(t, plainStart, plainEnd, sink);
    }
    return n;
  }

  /** Reads the {@code n} clauses with figures of a sentence together; a clause none of whose figures was read is unread. */
  private void readClausesWithFigures(SourceText t, int[] figured, int n, ClauseReader.Context ctx, Sink sink) {
    boolean[] read = new boolean[n];
    reader.read(t, new Segmenter.Sentence(figured[0], figured[2 * n - 1], figured, n), ctx, new ClauseReader.Sink() {
      @Override
      public void reading(Reading r) {
        for (int k = 0; k < n; k++) {
          if (r.spanEnd > figured[2 * k] && r.spanEnd <= figured[2 * k + 1]) {
            read[k] = true;
          }
        }
        r.name = withoutPhrase(r.name);
        sink.reading(r);
      }

      @Override
      public void skipped(Decoy why, int start, int end) {
        sink.skipped(why, start, end);
      }

      @Override
      public void qualitative(String name, int start, int end, boolean estimated) {
        sink.qualitative(name, start, end, estimated);
      }
    });
    for (int k = 0; k < n; k++) {
      if (!read[k]) {
        sink.unread(figured[2 * k], figured[2 * k + 1]);
      }
    }
  }

  /** Whether a clause without a figure goes on with the one before: it opens with a predicate ("实现正增长"). */
  private boolean continues(SourceText t, int start, int end) {
    return startsPredicate(t, start, end);
  }

  /**
   * Whether a clause without a figure only names what the next clause says of it ("城镇新增就业人数，城镇登记失业率、
   * 节能减排等约束性指标完成…目标"): it is short, opens with an indicator the catalog knows and holds no predicate.
   */
  private boolean isNameOnly(SourceText t, int start, int end) {
    if (end - start > NAME_ONLY || reader.wordings().lengthAt(t, start, end) == 0) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (startsPredicate(t, i, end)) {
        return false;
      }
    }
    return true;
  }

  /** A clause that only names an indicator is no longer than this. */
  private static final int NAME_ONLY = 12;

  /** "经济增长预期目标" → 经济增长: a passage of one sentence names its indicator before the phrase. */
  String withoutPhrase(String name) {
    WordTable.Match<Integer> m = phrases.longestEndingAt(name, name.length(), 0);
    if (m == null || m.length >= name.length()) {
      return name;
    }
    String n = name.substring(0, name.length() - m.length);
    return n.length() > 1 && n.charAt(n.length() - 1) == Grammar.OF ? n.substring(0, n.length() - 1) : n;
  }

  private void readWithoutFigure(SourceText t, int start, int end, Sink sink) {
    for (int i = start; i < end; i++) {
      if (aspirations.longestAt(t, i, end) != null) {
        return;
      }
    }
    if (remarks.longestAt(t, Labels.skipLead(t, start, end), end) != null) {
      return; // "这个指标是指导性的": a remark on the targets
    }
    int inStep = indexOfAny(t, start, end, reader.words().lists.inStep);
    if (inStep >= 0) {
      readInStep(t, start, end, inStep, sink);
      return;
    }
    String name = qualitativeName(t, start, end);
    if (name.isEmpty()) {
      sink.unread(start, end); // only connectives and punctuation: nothing names an indicator
    } else {
      sink.clause(new Clause(name, qualitativeMeasure(t, start, end), null, start, end));
    }
  }

  private void readInStep(SourceText t, int start, int end, int inStep, Sink sink) {
    int join = -1;
    for (int i = inStep - 1; i > start; i--) {
      char ch = t.charAt(i);
      if (Grammar.IN_STEP_JOINERS.has(ch)) {
        join = i;
        break;
      }
    }
    if (join < 0) {
      String name = qualitativeName(t, start, end);
      if (name.isEmpty()) {
        sink.unread(start, end);
      } else {
        sink.clause(new Clause(name, Measure.GROWTH, null, start, end));
      }
      return;
    }
    String left = Subjects.clean(t.text(start, join), reader.words().names);
    left = stripTail(left, reader.words().lists.changeTails);
    String right = Subjects.clean(t.text(join + 1, inStep), reader.words().names);
    right = stripTail(right, reader.words().lists.inStepVerbs);
    if (right.isEmpty()) {
      right = Grammar.ECONOMIC_GROWTH;
    }
    List<String> subjects = Segmenter.splitTopLevel(left, LIST_MARKS);
    for (String s : subjects) {
      if (!s.isEmpty()) {
        sink.clause(new Clause(s, Measure.GROWTH, right, start, end));
      }
    }
  }

  private static String stripTail(String s, List<String> tails) {
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
    // "确保完成…", "力争…": adverbs and stretch words before the indicator leave it (names.tsv)
    NameWords names = reader.words().names;
    for (int guard = 0; guard < 4; guard++) {
      WordTable.Match<NameWords.Role> lead = names.all.longestAt(t, from, end);
      if (lead == null || !lead.value.adverbial() || end - from <= lead.length + 2) {
        break;
      }
      from += lead.length;
    }
    int len = reader.wordings().lengthAt(t, from, end);
    if (len > 0) {
      int stop = from + len;
      // Keep a head noun written on past the wording (单位生产总值二氧化碳排放量).
      while (stop < end && Grammar.MEASURE_CHARS.has(t.charAt(stop))) {
        stop++;
      }
      return Subjects.clean(t.text(from, stop), reader.words().names);
    }
    int verb = governingVerbLength(t, from, end, names);
    if (verb > 0 && from + verb < end && t.charAt(from + verb) == '“') {
      from += verb; // "保持“三个同步”“三个高于”": the verb governs the slogans, which name the target
    }
    int quoted = 0;
    for (int i = from; i < end; i++) {
      char c = t.charAt(i);
      quoted += c == '“' ? 1 : c == '”' && quoted > 0 ? -1 : 0;
      if (i >= from + 2 && quoted == 0 && startsPredicate(t, i, end)) { // a slogan's words are no predicate (“三个同步”)
        return Subjects.clean(t.text(from, i), reader.words().names);
      }
    }
    // No subject before a predicate ("完成“3815”战略发展目标的任务"): the clause names itself.
    return Subjects.clean(t.text(from, end), reader.words().names);
  }

  /** The length of a governing verb at {@code i}: a verb of names.tsv or a verb of level of cues.tsv (保持); or 0. */
  private int governingVerbLength(SourceText t, int i, int end, NameWords names) {
    WordTable.Match<NameWords.Role> verb = names.all.longestAt(t, i, end);
    if (verb != null && verb.value == NameWords.Role.VERB) {
      return verb.length;
    }
    WordTable.Match<Cue> cue = reader.words().cues.longestAt(t, i, end);
    return cue != null && cue.value == Cue.LEVEL ? cue.length : 0;
  }

  private boolean startsPredicate(SourceText t, int at, int end) {
    List<String> starts = reader.words().lists.predicateStarts;
    for (int pAt = 0; pAt < starts.size(); pAt++) { // indexed: no iterator on a hot path
      String p = starts.get(pAt);
      if (t.startsWith(p, at) && at + p.length() <= end) {
        return true;
      }
    }
    return false;
  }

  private Measure qualitativeMeasure(SourceText t, int start, int end) {
    List<String> changes = reader.words().lists.qualitativeChanges;
    for (int wAt = 0; wAt < changes.size(); wAt++) { // indexed: no iterator on a hot path
      String w = changes.get(wAt);
      if (t.indexOf(w, start, end) >= 0) {
        return Measure.GROWTH;
      }
    }
    return Measure.OTHER;
  }

  private static int indexOfAny(SourceText t, int from, int to, List<String> words) {
    for (int wAt = 0; wAt < words.size(); wAt++) { // indexed: no iterator on a hot path
      String w = words.get(wAt);
      int at = t.indexOf(w, from, to);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  /**
   * A target of the passage set against another level ("增速高于全省平均水平2个百分点左右"): the name before the word of
   * comparison, the reference after it; a bare change word (增速) leaves the name to the subject before.
   */
  static void setAgainstReference(FigureGroup g) {
    for (int cAt = 0; cAt < g.words.lists.comparisons.size(); cAt++) { // indexed: no iterator on a hot path
      String c = g.words.lists.comparisons.get(cAt);
      int at = g.name.indexOf(c);
      if (at >= 0) {
        String against = g.name.substring(at + c.length());
        g.reference = against.isEmpty() ? c : against;
        g.name = g.name.substring(0, at);
        if (g.words.cues.get(g.name) != null) {
          g.name = ""; // "增速高于…": the growth of the subject before
        }
        return;
      }
    }
  }
}
