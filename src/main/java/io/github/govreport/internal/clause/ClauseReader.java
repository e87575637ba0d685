package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.figure.IndicatorWordings;
import io.github.govreport.internal.figure.Marks;
import io.github.govreport.internal.period.Periods;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.SourceText;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Bound;
import io.github.govreport.model.IndicatorCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the figures of a sentence into {@link Reading}s: for each figure (or list of figures) the name
 * before it, the words between (增长, 下降, 达到, 分别, 预计, 力争 …), the qualifier after it, and the name
 * after it when the words before are only a verb ("新增50家以上先进智能工厂"). Names left out are taken from
 * the figure before in the same sentence ("达1034万户，增长9.6%"), from the sentence's or paragraph's
 * topic, and lists are distributed ("城镇和农村居民人均可支配收入分别增长5.2%、7.3%"). Immutable and
 * thread-safe; each call keeps its state on the stack.
 *
 * <p>This class decides which rule a figure falls under and in what order; each job has its own part with its
 * own tests: {@link Subjects} finds the words that name a figure, {@link NameCleaner} makes them a noun phrase,
 * {@link ListNames} distributes a name over a list, {@link Measures} infers the measure and the bound.
 */
public final class ClauseReader {

  /** Receives what a sentence yields; a reading is only valid during the call that hands it over. */
  public interface Sink {
    void reading(Reading r);

    /**
     * A review-year result stated without a figure: {@code name} is the indicator as written, the clause
     * {@code [start, end)} runs from the name to the end of its predicate.
     */
    void qualitative(String name, int start, int end, boolean estimated);

    /** A figure kept out of the model by a rule, with the figure's range. */
    void skipped(Decoy why, int start, int end);
  }

  /** What the caller knows about the sentence's place in the report. */
  public static final class Context {
    /** A name for figures whose clause names nothing, from the paragraph's heading; may be null. */
    private String topic;
    /** The period of every figure, as the period stage decided it. */
    final Periods periods;
    /** Whether the sentence is a clause of the main targets passage. */
    final boolean main;
    /** Scratch space for the marks of one clause at a time; a context serves one thread. */
    final Marks marks;
    /** Scratch space for the words before one figure at a time. */
    final Subjects.Peel peel = new Subjects.Peel();
    /**
     * The reading handed to the sink, refilled for every figure: a sink takes what it needs at once and
     * must not keep it.
     */
    final Reading reading = new Reading();

    public Context(String topic, Periods periods, Marks marks) {
      this(topic, periods, false, marks);
    }

    private Context(String topic, Periods periods, boolean main, Marks marks) {
      this.topic = topic;
      this.periods = periods;
      this.main = main;
      this.marks = marks;
    }

    static Context main(Periods periods) {
      return new Context(null, periods, true, new Marks());
    }

    /** This context, for the sentences of a paragraph whose heading gives {@code topic} (may be null). */
    public Context about(String topic) {
      this.topic = topic;
      return this;
    }

    /** Numerals that are no number, found while scanning a clause; emptied at once. */
    final List<int[]> malformed = new ArrayList<>(1);

    /** The subjects of the clauses read so far in the sentence, refilled for each sentence. */
    final List<Subject> recent = new ArrayList<>(8);
  }

  private static final int MAX_NAME = 40;
  private static final int NAME_WINDOW = 2 * MAX_NAME;
  /** Up to this many figures in a list share one quote: "城镇和农村居民人均可支配收入分别增长5.2%、7.3%". */
  private static final int SHARED_QUOTE_MAX = 12;

  private final FigureScanner scanner;
  private final IndicatorCatalog catalog;
  /** The catalog's wordings, found in the text. */
  private final IndicatorWordings wordings;
  /** The words of names, the defaults with the user's. */
  private final NameWords names;
  /** The words before a count that make its noun follow the figure. */
  private final WordTable<Boolean> verbs;

  /** A reader with the default name words. */
  public ClauseReader(FigureScanner scanner, IndicatorCatalog catalog) {
    this(scanner, catalog, Lexicon.NAMES);
  }

  public ClauseReader(FigureScanner scanner, IndicatorCatalog catalog, NameWords names) {
    this.scanner = scanner;
    this.catalog = catalog;
    this.names = names;
    this.verbs = names.taskVerbs;

    this.wordings = new IndicatorWordings(catalog);
  }

  /** The catalog's wordings this reader finds names with. */
  public IndicatorWordings wordings() {
    return wordings;
  }

  /** Reads one sentence. */
  public void read(SourceText t, Segmenter.Sentence sentence, Context ctx, Sink sink) {
    Subject last = null;
    List<Subject> recent = ctx.recent;
    recent.clear();
    Marks marks = ctx.marks;
    String sentenceTopic = null;
    boolean sentenceEstimate = false;
    for (int ci = 0; ci < sentence.clauses(); ci++) {
      int cs = sentence.clauseStart(ci);
      int ce = sentence.clauseEnd(ci);
      List<Amount> amounts = scanner.scan(t, cs, ce, ctx.malformed);
      if (!ctx.malformed.isEmpty()) {
        for (int[] m : ctx.malformed) {
          sink.skipped(Decoy.MALFORMED_NUMERAL, m[0], m[1]);
        }
        ctx.malformed.clear();
      }
      if (ci == 0) {
        marks.scan(t, cs, ce);
        sentenceEstimate = startsWithAny(t, cs, Lexicon.ESTIMATE_WORDS);
      } else if (!amounts.isEmpty()) {
        marks.scan(t, cs, ce);
      }
      if (amounts.isEmpty()) {
        int open = Labels.skipLead(t, cs, ce);
        int len = wordings.lengthAt(t, open, ce);
        if (len > 0 && !ctx.main && ctx.periods.at(cs) == Period.REVIEW_YEAR) {
          qualitativeResult(t, open, open + len, ce, sentenceEstimate, sink);
        }
        if (len > 0 && ci == 0) {
          sentenceTopic = Subjects.clean(t.text(open, open + len));
        } else if (len > 0) {
          // "…分别增长31.5%、17%，全省进出口总值创历史新高，达到5379亿元": a clause that opens with an indicator
          // and states no figure names the figures after it.
          last = new Subject(Subjects.clean(t.text(open, open + len)), open);
          recent.clear();
        }
        continue;
      }
      last = readClause(t, cs, ce, amounts, marks, ctx, last, recent, sentenceTopic, sentenceEstimate, sink);
    }
  }

  /** How far after the indicator's name its predicate may begin ("均值", "增长与经济增长"). */
  private static final int PREDICATE_WINDOW = 10;

  /**
   * Reports a clause without figures that opens with an indicator the catalog knows ({@code [from, nameEnd)})
   * and states its result in words ("城镇调查失业率均值保持历史最好水平"): the clause from the name to the end of
   * the predicate.
   */
  private void qualitativeResult(SourceText t, int from, int nameEnd, int ce, boolean estimated, Sink sink) {
    int limit = Math.min(ce, nameEnd + PREDICATE_WINDOW + 1);
    for (int j = nameEnd; j < limit; j++) {
      WordTable.Match<Boolean> m = Lexicon.QUALITATIVE_RESULTS.longestAt(t, j, ce);
      if (m != null) {
        sink.qualitative(Subjects.clean(t.text(from, nameEnd)), from, j + m.length, estimated);
        return;
      }
    }
  }

  /** A name read or inherited, with where it was written (-1 when inferred). */
  private static final class Subject {
    final String name;
    final int start;

    Subject(String name, int start) {
      this.name = name;
      this.start = start;
    }
  }

  private Subject readClause(SourceText t, int clauseStart, int clauseEnd, List<Amount> amounts, Marks marks,
      Context ctx, Subject last, List<Subject> recent, String sentenceTopic, boolean sentenceEstimate, Sink sink) {
    int segStart = clauseStart;
    int i = 0;
    while (i < amounts.size()) {
      int j = i;
      while (j + 1 < amounts.size() && Subjects.onlySeparators(t, amounts.get(j).suffixEnd, amounts.get(j + 1).start)) {
        j++;
      }
      List<Amount> group = amounts.subList(i, j + 1);
      Amount first = group.get(0);
      Amount lastAmount = group.get(group.size() - 1);
      Amount next = j + 1 < amounts.size() ? amounts.get(j + 1) : null;

      // Names are short: look back no further than a window, so a clause of many figures stays linear.
      int windowStart = Math.max(segStart, first.start - NAME_WINDOW);
      Subjects.Peel peel = Subjects.peel(t, windowStart, first.start, ctx.peel);
      int subjectStart = Subjects.stripLeading(t, windowStart, peel.end, peel, verbs);
      int subjectEnd = peel.end;
      boolean verbOnly = subjectStart >= subjectEnd || Subjects.isVerbOnly(t, subjectStart, subjectEnd, verbs);

      // A figure that only qualifies the name of the next one: "1244个重大项目完成投资…", "超10亿元的…".
      boolean attributive = lastAmount.suffixEnd < clauseEnd && t.charAt(lastAmount.suffixEnd) == '的'
          && Lexicon.LEVEL_NOUNS.longestAt(t, lastAmount.suffixEnd + 1, clauseEnd) == null
          || next != null && (verbOnly || peel.cues.isEmpty()) && next.start > lastAmount.suffixEnd
          && (!Subjects.hasSeparator(t, lastAmount.suffixEnd, next.start) || Subjects.countOfARate(t, first, next))
          && !first.isRank() && Lexicon.CUES.longestAt(t, lastAmount.suffixEnd, next.start) == null;
      if (attributive && next != null) {
        skipAll(group, Decoy.QUALIFYING_FIGURE, sink); // reported, not dropped: the next figure's name holds it
        i = j + 1;
        continue;
      }
      if (attributive) {
        skipAll(group, Decoy.QUALIFYING_FIGURE, sink);
        segStart = lastAmount.suffixEnd;
        i = j + 1;
        continue;
      }

      int spanStart = subjectStart < subjectEnd ? subjectStart : Subjects.firstCueStart(peel, first.start);
      int spanEnd = lastAmount.suffixEnd;
      int afterEnd = lastAmount.suffixEnd;
      // "40%以上增长": the verb after the figure makes it a change.
      WordTable.Match<Cue> after = Lexicon.CUES.longestAt(t, afterEnd, next == null ? clauseEnd : next.start);
      if (after != null && (after.value == Cue.RISE || after.value == Cue.FALL)) {
        peel.cues.add(after.value);
        afterEnd += after.length;
        spanEnd = afterEnd;
      }
      String name = subjectStart < subjectEnd ? Subjects.clean(t.text(subjectStart, subjectEnd)) : "";
      int postLimit = next == null ? clauseEnd : next.start;
      // The end of a noun written after the figure, read once: every rule below asks for it.
      int postEnd = Subjects.postNoun(t, afterEnd, postLimit);
      if (subjectEnd > subjectStart && t.charAt(subjectEnd - 1) == '的' && postEnd > afterEnd) {
        verbOnly = true; // "总投资1.78万亿元的289个省重点项目": the name follows the figure.
      }
      if (next != null && Subjects.formerValue(t, windowStart, first)) {
        skipAll(group, Decoy.FORMER_VALUE, sink);
        // "区域创新能力由全国第11位跃升至第5位", "人均GDP从2020年的5.2万元提高到2025年的7.4万元": the name
        // before 由 or 从 is the value reached's.
        int from = first.start;
        while (from > subjectStart && t.charAt(from - 1) != '由' && t.charAt(from - 1) != '从') {
          from--;
        }
        String before = from - 1 > subjectStart ? Subjects.clean(t.text(subjectStart, from - 1)) : "";
        if (!before.isEmpty()) {
          last = new Subject(before, subjectStart);
        }
        segStart = lastAmount.suffixEnd;
        i = j + 1;
        continue;
      }
      if (first.isRank()) {
        name = Subjects.rankSubject(t, subjectStart, subjectEnd, name);
      } else if (last != null && Subjects.insertedPredicate(name)) {
        name = ""; // "地区生产总值达到X万亿元、稳居全国前十强、增长Y%": the growth is still the product's
      }
      name = Subjects.afterCircumstance(name);
      // "省级财政、市县财政分别安排资金30亿元、20亿元": the list ends at 分别; what the predicate after it governs
      // (资金) is the head each item takes.
      String respectiveHead = "";
      int respectively = group.size() >= 2 ? name.indexOf("分别") : -1;
      if (respectively > 0 && name.lastIndexOf('、', respectively) >= 0) {
        String predicate = name.substring(respectively + 2);
        respectiveHead = ListNames.withoutLeadingVerbs(predicate, verbs);
        if (respectiveHead.length() == predicate.length() || NameCleaner.onlyVerbs(respectiveHead, 0, names)) {
          respectiveHead = ""; // no verb before it, or nothing after the verb: no head to share
        } else {
          name = name.substring(0, respectively);
        }
      }
      if (last != null && Subjects.isTotalOfLast(name)) {
        name = ""; // "国内生产总值增长6.6%，总量突破90万亿元": the total is the subject before's
      }
      if (name.length() <= Subjects.TIME_MAX && Subjects.isTimeOnly(name)) {
        name = ""; // "一季度增长5.3%", "全年增长5.5%": a time, not what is measured
      }
      if (postEnd > afterEnd) {
        // "要重点抓好11个…", "整体提升100所…": a verb before a count whose noun follows it.
        WordTable.Match<Boolean> verb = verbs.longestEndingAt(name, name.length(), 0);
        boolean actOnCount = (peel.cues.contains(Cue.RISE) || peel.cues.contains(Cue.FALL))
            && first.isCount() && group.size() == 1;
        if (verbOnly ? !name.isEmpty() && actOnCount
            : name.isEmpty() || verb != null || actOnCount || group.size() == 1 && ListNames.countsTheList(name, first)) {
          verbOnly = true;
          peel.cues.remove(Cue.RISE);
          peel.cues.remove(Cue.FALL);
        }
      }
      if (peel.cues.contains(Cue.CONVERTED)) {
        skipAll(group, Decoy.CONVERTED_FIGURE, sink);
        segStart = afterEnd;
        i = j + 1;
        continue;
      }
      // "连续12个季度居全国前列", "连续3次获评优秀": how long a streak ran, not how much there is.
      if (first.isCount() && names.of(NameWords.Role.STREAK).longestEndingAt(t, first.start, windowStart) != null) {
        skipAll(group, Decoy.STREAK, sink);
        segStart = afterEnd;
        i = j + 1;
        continue;
      }
      // "重点做好以下10个方面工作", "…等5个方面": a count of the parts of the text, not of a thing.
      if (name.endsWith("等") && !verbOnly || first.isCount() && (t.startsWith("方面", afterEnd)
          || names.of(NameWords.Role.STRUCTURE).longestEndingAt(t, first.start, windowStart) != null)) {
        skipAll(group, Decoy.STRUCTURAL_COUNT, sink);
        segStart = afterEnd;
        i = j + 1;
        continue;
      }
      if (containsAnyWord(name, Lexicon.COMPARISONS)) {
        skipAll(group, Decoy.COMPARISON, sink);
        segStart = lastAmount.suffixEnd;
        i = j + 1;
        continue;
      }
      if (name.startsWith("比") || name.startsWith("较")) {
        name = ""; // "比上年增加1000亿元": a change of the name before, against a base.
      }
      Subject subject;
      if (name.isEmpty() || verbOnly) {
        if (postEnd > afterEnd && t.startsWith("方面", afterEnd)) {
          skipAll(group, Decoy.STRUCTURAL_COUNT, sink);
          segStart = postEnd;
          i = j + 1;
          continue;
        }
        if (postEnd > afterEnd) {
          String post = NameCleaner.countedNoun(Subjects.clean(t.text(afterEnd, postEnd)), names);
          // "新增9家先进智能工厂": 新增, peeled as a cue or left as a verb, is the indicator's own word.
          WordTable<Boolean> keep = names.of(NameWords.Role.KEEP);
          int keptEnd = first.start;
          WordTable.Match<Boolean> kept = keep.longestEndingAt(t, keptEnd, windowStart);
          if (kept == null) {
            keptEnd = subjectEnd;
            kept = keep.longestEndingAt(t, keptEnd, windowStart);
          }
          if (kept != null) {
            post = t.text(keptEnd - kept.length, keptEnd) + post;
          }
          subject = new Subject(post, kept != null ? keptEnd - kept.length
              : subjectStart < subjectEnd ? subjectStart : spanStart);
          spanEnd = postEnd;
          segStart = postEnd;
        } else if (last != null) {
          subject = last;
          if (last.start >= 0) {
            spanStart = Math.min(spanStart, last.start);
          }
          segStart = afterEnd;
        } else if (sentenceTopic != null || ctx.topic != null) {
          subject = new Subject(sentenceTopic != null ? sentenceTopic : ctx.topic, -1);
          segStart = afterEnd;
        } else {
          skipAll(group, ctx, Decoy.NO_NAME, sink);
          segStart = lastAmount.suffixEnd;
          i = j + 1;
          continue;
        }
      } else {
        if (last != null && Subjects.isGeneric(name)) {
          name = last.name + name;
        }
        subject = new Subject(name, subjectStart);
        segStart = afterEnd;
      }
      if (subject.name.isEmpty() || subject.name.length() > MAX_NAME) {
        skipAll(group, ctx, Decoy.UNCLEAR_NAME, sink);
        i = j + 1;
        continue;
      }
      boolean stretch = peel.cues.contains(Cue.STRETCH) || marks.before(Lexicon.Mark.STRETCH, first.start);
      boolean estimated = sentenceEstimate || peel.cues.contains(Cue.ESTIMATE)
          || marks.before(Lexicon.Mark.ESTIMATE, first.start);
      String listed = ListNames.afterStretchItem(subject.name);
      if (listed.length() < subject.name.length()) {
        stretch = true;
      }
      List<String> names = group.size() == 1 && ListNames.countsTheList(listed, first)
          ? List.of(listed) : group.size() == 1 && peel.cues.contains(Cue.EACH) ? ListNames.each(listed, verbs)
          : ListNames.distribute(listed, group.size(), verbs);
      if (subject == last && group.size() >= 2 && recent.size() >= group.size()) {
        // "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，分别实际增长7.7%和6.8%": each figure is the
        // one of a subject named in a clause before.
        names = new ArrayList<>(group.size());
        for (Subject r : recent.subList(recent.size() - group.size(), recent.size())) {
          names.add(r.name);
        }
      }
      if (last != null && subject != last) {
        names = ListNames.borrowHead(names, last.name);
      }
      names = ListNames.carryScope(names, catalog);
      if (!respectiveHead.isEmpty()) {
        names = ListNames.withHead(names, respectiveHead);
      }
      Bound groupSuffix = lastAmount.suffixBound;
      for (int k = 0; k < names.size(); k++) {
        Amount a = group.get(Math.min(k, group.size() - 1));
        Reading r = Measures.reading(ctx.reading, names.get(k), a, groupSuffix, peel.cues, catalog);
        if (r == null) {
          sink.skipped(Decoy.MULTIPLE_WITHOUT_CHANGE, a.start, a.suffixEnd);
          continue;
        }
        if (group.size() <= SHARED_QUOTE_MAX) {
          r.spanStart = spanStart;
          r.spanEnd = spanEnd;
        } else {
          // A list this long is no real report's: quote each figure alone, so the quotes stay linear in size.
          r.spanStart = a.start;
          r.spanEnd = a.suffixEnd;
        }
        r.stretch = stretch;
        r.estimated = estimated;
        r.period = ctx.main ? Period.PLAN_YEAR : ctx.periods.at(a.start);
        r.former = !ctx.main && ctx.periods.sourceAt(a.start) == Periods.Source.FORMER;
        r.figureStart = a.start;
        r.figureEnd = a.suffixEnd;
        sink.reading(r);
      }
      if (subject != last && group.size() == 1 && (recent.isEmpty() || !recent.get(recent.size() - 1).name.equals(subject.name))) {
        recent.add(subject);
      }
      last = subject;
      i = j + 1;
    }
    return last;
  }

  /** Reports every figure of a list as kept out by {@code why}. */
  private static void skipAll(List<Amount> group, Decoy why, Sink sink) {
    for (Amount a : group) {
      sink.skipped(why, a.start, a.suffixEnd);
    }
  }

  /** Reports every figure of a list as kept out by its period's rule, or by {@code otherwise}. */
  private static void skipAll(List<Amount> group, Context ctx, Decoy otherwise, Sink sink) {
    for (Amount a : group) {
      sink.skipped(periodDecoyOr(ctx, a, otherwise), a.start, a.suffixEnd);
    }
  }

  /** The rule of the figure's period when it keeps the figure out anyway, else {@code otherwise}. */
  private static Decoy periodDecoyOr(Context ctx, Amount a, Decoy otherwise) {
    if (ctx.main) {
      return otherwise;
    }
    Decoy d = Decoy.of(ctx.periods.at(a.start), ctx.periods.sourceAt(a.start) == Periods.Source.FORMER);
    return d != null ? d : otherwise;
  }


  static boolean containsAny(SourceText t, int from, int to, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (t.indexOf(w, from, to) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAnyWord(String s, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(SourceText t, int at, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (t.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }
}
