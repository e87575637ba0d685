package io.github.govreport.internal.parse;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the figures of a sentence into {@link Reading}s: for each figure (or list of figures) the name
 * before it, the words between (增长, 下降, 达到, 分别, 预计, 力争 …), the qualifier after it, and the name
 * after it when the words before are only a verb ("新增50家以上先进智能工厂"). Names left out are taken from
 * the figure before in the same sentence ("达1034万户，增长9.6%"), from the sentence's or paragraph's
 * topic, and lists are distributed ("城镇和农村居民人均可支配收入分别增长5.2%、7.3%"). Immutable and
 * thread-safe; each call keeps its state on the stack.
 */
final class ClauseReader {

  /** Receives what a sentence yields; a reading is only valid during the call that hands it over. */
  interface Sink {
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
  static final class Context {
    /** A name for figures whose clause names nothing, from the paragraph's heading; may be null. */
    private String topic;
    /** The period of every figure, as the period stage decided it. */
    final Periods periods;
    /** Whether the sentence is a clause of the main targets passage. */
    final boolean main;
    /** Scratch space for the marks of one clause at a time; a context serves one thread. */
    final Marks marks;
    /** Scratch space for the words before one figure at a time. */
    final Peel peel = new Peel();
    /**
     * The reading handed to the sink, refilled for every figure: a sink takes what it needs at once and
     * must not keep it.
     */
    final Reading reading = new Reading();

    Context(String topic, Periods periods, Marks marks) {
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
    Context about(String topic) {
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
  private final WordTable<IndicatorDefinition> wordings;

  ClauseReader(FigureScanner scanner, IndicatorCatalog catalog) {
    this.scanner = scanner;
    this.catalog = catalog;
    java.util.Map<String, IndicatorDefinition> w = new java.util.TreeMap<>();
    for (IndicatorDefinition d : catalog.definitions()) {
      for (String s : d.wordings()) {
        w.putIfAbsent(s, d);
      }
    }
    this.wordings = WordTable.of(w);
  }

  /** The definition whose wording starts the text at {@code from} (after scope words), or null; sets nothing. */
  IndicatorDefinition wordingAt(SourceText t, int from, int to) {
    int i = skipScope(t, from, to);
    WordTable.Match<IndicatorDefinition> m = wholeWording(t, i, to);
    return m == null ? null : m.value;
  }

  /**
   * The definition a heading's title opens with ("经济发展贡献新担当": GDP), the topic of the figures its
   * paragraph leaves unnamed: a short wording need not be a whole word there.
   */
  IndicatorDefinition topicAt(SourceText t, int from, int to) {
    WordTable.Match<IndicatorDefinition> m = wordings.longestAt(t, skipScope(t, from, to), to);
    return m == null ? null : m.value;
  }

  /** The length of the catalog wording at {@code from} (after scope words), or 0. */
  int wordingLengthAt(SourceText t, int from, int to) {
    int i = skipScope(t, from, to);
    WordTable.Match<IndicatorDefinition> m = wholeWording(t, i, to);
    return m == null ? 0 : i - from + m.length;
  }

  /** Wordings this short are whole only before a verb or a mark: 经济增长, 投资保持稳定, but not 经济结构. */
  private static final int SHORT_WORDING = 2;

  /**
   * The catalog wording at {@code i}, when it is a whole word there: a short wording (经济, 投资, 物价) that runs
   * on into a longer noun ("经济结构进一步优化", "投资环境") is not the indicator.
   */
  private WordTable.Match<IndicatorDefinition> wholeWording(SourceText t, int i, int to) {
    WordTable.Match<IndicatorDefinition> m = wordings.longestAt(t, i, to);
    if (m == null || m.length > SHORT_WORDING) {
      return m;
    }
    int after = i + m.length;
    if (after >= to || !Outline.isCjk(t.charAt(after)) || Lexicon.CUES.longestAt(t, after, to) != null
        || Lexicon.QUALITATIVE_RESULTS.longestAt(t, after, to) != null || startsPredicate(t, after, to)) {
      return m;
    }
    return null;
  }

  private static boolean startsPredicate(SourceText t, int at, int to) {
    for (int k = 0; k < Lexicon.PREDICATE_STARTS.size(); k++) {
      if (t.startsWith(Lexicon.PREDICATE_STARTS.get(k), at)) {
        return true;
      }
    }
    return false;
  }

  /** The scopes and breadths a wording may be written after (全省地区生产总值, 全社会研发投入), from the lexicon. */
  private static final String[] SCOPES = scopes();

  private static String[] scopes() {
    List<String> all = new ArrayList<>(Lexicon.NAMES.words(NameWords.Role.BREADTH));
    all.addAll(Lexicon.NAMES.words(NameWords.Role.SCOPE));
    all.add("全年");
    return all.toArray(new String[0]);
  }

  private static int skipScope(SourceText t, int from, int to) {
    int i = from;
    boolean again = from < to && (t.charAt(from) == '全' || t.charAt(from) == '我' || t.charAt(from) == '本');
    while (again) {
      again = false;
      for (String s : SCOPES) {
        if (t.startsWith(s, i) && i + s.length() < to) {
          i += s.length();
          again = true;
        }
      }
    }
    return i;
  }

  /** Reads one sentence. */
  void read(SourceText t, Segmenter.Sentence sentence, Context ctx, Sink sink) {
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
        int len = wordingLengthAt(t, open, ce);
        if (len > 0 && !ctx.main && ctx.periods.at(cs) == Period.REVIEW_YEAR) {
          qualitativeResult(t, open, open + len, ce, sentenceEstimate, sink);
        }
        if (len > 0 && ci == 0) {
          sentenceTopic = clean(t.text(open, open + len));
        } else if (len > 0) {
          // "…分别增长31.5%、17%，全省进出口总值创历史新高，达到5379亿元": a clause that opens with an indicator
          // and states no figure names the figures after it.
          last = new Subject(clean(t.text(open, open + len)), open);
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
        sink.qualitative(clean(t.text(from, nameEnd)), from, j + m.length, estimated);
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
      while (j + 1 < amounts.size() && onlySeparators(t, amounts.get(j).suffixEnd, amounts.get(j + 1).start)) {
        j++;
      }
      List<Amount> group = amounts.subList(i, j + 1);
      Amount first = group.get(0);
      Amount lastAmount = group.get(group.size() - 1);
      Amount next = j + 1 < amounts.size() ? amounts.get(j + 1) : null;

      // Names are short: look back no further than a window, so a clause of many figures stays linear.
      int windowStart = Math.max(segStart, first.start - NAME_WINDOW);
      Peel peel = peel(t, windowStart, first.start, ctx.peel);
      int subjectStart = stripLeading(t, windowStart, peel.end, peel);
      int subjectEnd = peel.end;
      boolean verbOnly = subjectStart >= subjectEnd || isVerbOnly(t, subjectStart, subjectEnd);

      // A figure that only qualifies the name of the next one: "1244个重大项目完成投资…", "超10亿元的…".
      boolean attributive = lastAmount.suffixEnd < clauseEnd && t.charAt(lastAmount.suffixEnd) == '的'
          && Lexicon.LEVEL_NOUNS.longestAt(t, lastAmount.suffixEnd + 1, clauseEnd) == null
          || next != null && (verbOnly || peel.cues.isEmpty()) && next.start > lastAmount.suffixEnd
          && !hasSeparator(t, lastAmount.suffixEnd, next.start) && !first.isRank()
          && Lexicon.CUES.longestAt(t, lastAmount.suffixEnd, next.start) == null;
      if (attributive && next != null) {
        i = j + 1;
        continue;
      }
      if (attributive) {
        for (Amount a : group) {
          sink.skipped(Decoy.QUALIFYING_FIGURE, a.start, a.suffixEnd);
        }
        segStart = lastAmount.suffixEnd;
        i = j + 1;
        continue;
      }

      int spanStart = subjectStart < subjectEnd ? subjectStart : firstCueStart(peel, first.start);
      int spanEnd = lastAmount.suffixEnd;
      int afterEnd = lastAmount.suffixEnd;
      // "40%以上增长": the verb after the figure makes it a change.
      WordTable.Match<Cue> after = Lexicon.CUES.longestAt(t, afterEnd, next == null ? clauseEnd : next.start);
      if (after != null && (after.value == Cue.RISE || after.value == Cue.FALL)) {
        peel.cues.add(after.value);
        afterEnd += after.length;
        spanEnd = afterEnd;
      }
      String name = subjectStart < subjectEnd ? clean(t.text(subjectStart, subjectEnd)) : "";
      if (subjectEnd > subjectStart && t.charAt(subjectEnd - 1) == '的'
          && postNoun(t, afterEnd, next == null ? clauseEnd : next.start) > afterEnd) {
        verbOnly = true; // "总投资1.78万亿元的289个省重点项目": the name follows the figure.
      }
      if (next != null && formerValue(t, windowStart, first)) {
        for (Amount a : group) {
          sink.skipped(Decoy.FORMER_VALUE, a.start, a.suffixEnd);
        }
        // "区域创新能力由全国第11位跃升至第5位", "人均GDP从2020年的5.2万元提高到2025年的7.4万元": the name
        // before 由 or 从 is the value reached's.
        int from = first.start;
        while (from > subjectStart && t.charAt(from - 1) != '由' && t.charAt(from - 1) != '从') {
          from--;
        }
        String before = from - 1 > subjectStart ? clean(t.text(subjectStart, from - 1)) : "";
        if (!before.isEmpty()) {
          last = new Subject(before, subjectStart);
        }
        segStart = lastAmount.suffixEnd;
        i = j + 1;
        continue;
      }
      if (first.isRank()) {
        name = rankSubject(t, subjectStart, subjectEnd, name);
      } else if (last != null && insertedPredicate(name)) {
        name = ""; // "地区生产总值达到X万亿元、稳居全国前十强、增长Y%": the growth is still the product's
      }
      name = afterCircumstance(name);
      if (name.length() <= TIME_MAX && isTimeOnly(name)) {
        name = ""; // "一季度增长5.3%", "全年增长5.5%": a time, not what is measured
      }
      int postLimit = next == null ? clauseEnd : next.start;
      if (postNoun(t, afterEnd, postLimit) > afterEnd) {
        // "要重点抓好11个…", "整体提升100所…": a verb before a count whose noun follows it.
        WordTable.Match<Boolean> verb = Lexicon.TASK_VERBS.longestEndingAt(name, name.length(), 0);
        boolean actOnCount = (peel.cues.contains(Cue.RISE) || peel.cues.contains(Cue.FALL))
            && isCount(first) && group.size() == 1;
        if (verbOnly ? !name.isEmpty() && actOnCount
            : name.isEmpty() || verb != null || actOnCount || group.size() == 1 && countsTheList(name, first)) {
          verbOnly = true;
          peel.cues.remove(Cue.RISE);
          peel.cues.remove(Cue.FALL);
        }
      }
      if (peel.cues.contains(Cue.CONVERTED)) {
        for (Amount a : group) {
          sink.skipped(Decoy.CONVERTED_FIGURE, a.start, a.suffixEnd);
        }
        segStart = afterEnd;
        i = j + 1;
        continue;
      }
      // "重点做好以下10个方面工作", "…等5个方面": a count of the parts of the text, not of a thing.
      if (name.endsWith("等") && !verbOnly || isCount(first) && (t.startsWith("方面", afterEnd)
          || Lexicon.NAMES.of(NameWords.Role.STRUCTURE).longestEndingAt(t, first.start, windowStart) != null)) {
        for (Amount a : group) {
          sink.skipped(Decoy.STRUCTURAL_COUNT, a.start, a.suffixEnd);
        }
        segStart = afterEnd;
        i = j + 1;
        continue;
      }
      if (containsAnyWord(name, Lexicon.COMPARISONS)) {
        for (Amount a : group) {
          sink.skipped(Decoy.COMPARISON, a.start, a.suffixEnd);
        }
        segStart = lastAmount.suffixEnd;
        i = j + 1;
        continue;
      }
      if (name.startsWith("比") || name.startsWith("较")) {
        name = ""; // "比上年增加1000亿元": a change of the name before, against a base.
      }
      Subject subject;
      if (name.isEmpty() || verbOnly) {
        int postEnd = postNoun(t, afterEnd, next == null ? clauseEnd : next.start);
        if (postEnd > afterEnd && t.startsWith("方面", afterEnd)) {
          for (Amount a : group) {
            sink.skipped(Decoy.STRUCTURAL_COUNT, a.start, a.suffixEnd);
          }
          segStart = postEnd;
          i = j + 1;
          continue;
        }
        if (postEnd > afterEnd) {
          String post = NameCleaner.countedNoun(clean(t.text(afterEnd, postEnd)));
          // "新增9家先进智能工厂": 新增, peeled as a cue or left as a verb, is the indicator's own word.
          WordTable<Boolean> keep = Lexicon.NAMES.of(NameWords.Role.KEEP);
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
          for (Amount a : group) {
            sink.skipped(periodDecoyOr(ctx, a, Decoy.NO_NAME), a.start, a.suffixEnd);
          }
          segStart = lastAmount.suffixEnd;
          i = j + 1;
          continue;
        }
      } else {
        if (last != null && isGeneric(name)) {
          name = last.name + name;
        }
        subject = new Subject(name, subjectStart);
        segStart = afterEnd;
      }
      if (subject.name.isEmpty() || subject.name.length() > MAX_NAME) {
        for (Amount a : group) {
          sink.skipped(periodDecoyOr(ctx, a, Decoy.UNCLEAR_NAME), a.start, a.suffixEnd);
        }
        i = j + 1;
        continue;
      }
      boolean stretch = peel.cues.contains(Cue.STRETCH) || marks.before(Lexicon.Mark.STRETCH, first.start);
      boolean estimated = sentenceEstimate || peel.cues.contains(Cue.ESTIMATE)
          || marks.before(Lexicon.Mark.ESTIMATE, first.start);
      String listed = afterStretchItem(subject.name);
      if (listed.length() < subject.name.length()) {
        stretch = true;
      }
      List<String> names = group.size() == 1 && countsTheList(listed, first)
          ? List.of(listed) : distribute(listed, group.size(), peel.cues);
      if (subject == last && group.size() >= 2 && recent.size() >= group.size()) {
        // "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，分别实际增长7.7%和6.8%": each figure is the
        // one of a subject named in a clause before.
        names = new ArrayList<>(group.size());
        for (Subject r : recent.subList(recent.size() - group.size(), recent.size())) {
          names.add(r.name);
        }
      }
      if (last != null && subject != last) {
        names = borrowHead(names, last.name);
      }
      names = carryScope(names);
      Bound groupSuffix = lastAmount.suffixBound;
      for (int k = 0; k < names.size(); k++) {
        Amount a = group.get(Math.min(k, group.size() - 1));
        Reading r = reading(names.get(k), a, groupSuffix, peel, ctx);
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

  /** The rule of the figure's period when it keeps the figure out anyway, else {@code otherwise}. */
  private static Decoy periodDecoyOr(Context ctx, Amount a, Decoy otherwise) {
    if (ctx.main) {
      return otherwise;
    }
    Decoy d = Decoy.of(ctx.periods.at(a.start), ctx.periods.sourceAt(a.start) == Periods.Source.FORMER);
    return d != null ? d : otherwise;
  }

  /**
   * Whether a name is only words of time, connectives and verbs of change ("一季度", "全年", "提高到2025年"), so
   * names nothing.
   */
  static boolean isTimeOnly(String name) {
    int i = 0;
    int n = name.length();
    while (i < n) {
      int step = 0;
      for (WordTable<?> table : TIME_WORDS) {
        WordTable.Match<?> m = table.longestAt(name, i, n);
        if (m != null) {
          step = Math.max(step, m.length);
        }
      }
      if (step == 0 && i + 5 <= n && name.charAt(i + 4) == '年' && Character.isDigit(name.charAt(i))
          && Character.isDigit(name.charAt(i + 3))) {
        step = 5;
      }
      if (step == 0) {
        return false;
      }
      i += step;
    }
    return n > 0;
  }

  /** Names longer than this always hold more than words of time. */
  private static final int TIME_MAX = 12;

  private static final List<WordTable<?>> TIME_WORDS = List.of(Lexicon.PERIODS.inside, Lexicon.PERIODS.openings,
      Lexicon.PERIODS.skipped, Lexicon.LEADING, Lexicon.CUES);

  private static int firstCueStart(Peel peel, int amountStart) {
    return peel.cues.isEmpty() ? amountStart : peel.end;
  }

  private Reading reading(String name, Amount a, Bound groupSuffix, Peel peel, Context ctx) {
    Set<Cue> cues = peel.cues;
    boolean rise = cues.contains(Cue.RISE);
    boolean fall = cues.contains(Cue.FALL);
    Dimension dim = a.unit.dimension();
    if (dim == Dimension.MULTIPLE && !rise) {
      return null;
    }
    Reading r = ctx.reading;
    r.name = name;
    r.unit = a.unit;
    r.value = fall ? a.value.negate() : a.value;
    r.upper = a.upper == null ? null : fall ? a.upper.negate() : a.upper;
    if (r.upper != null && r.upper.compareTo(r.value) < 0) {
      java.math.BigDecimal swap = r.value;
      r.value = r.upper;
      r.upper = swap;
    }
    if (a.isRank()) {
      r.measure = Measure.RANK;
    } else if (rise || fall || dim == Dimension.PERCENTAGE_POINTS && !cues.contains(Cue.LEVEL)) {
      r.measure = Measure.GROWTH;
    } else if (dim == Dimension.PERCENT) {
      r.measure = percentMeasure(name);
    } else if (dim == Dimension.COUNT || dim == Dimension.PERSONS || dim == Dimension.PERSON_TIMES) {
      r.measure = Measure.COUNT;
    } else {
      r.measure = Measure.LEVEL;
    }
    Bound suffix = a.suffixBound != null ? a.suffixBound : groupSuffix;
    if (a.upper != null) {
      r.bound = Bound.RANGE;
    } else if (suffix != null) {
      r.bound = suffix;
    } else if (a.more || cues.contains(Cue.AT_LEAST) || cues.contains(Cue.LEVEL_AT_LEAST)) {
      r.bound = Bound.AT_LEAST;
    } else if (cues.contains(Cue.AT_MOST)) {
      r.bound = Bound.AT_MOST;
    } else if (cues.contains(Cue.ABOUT)) {
      r.bound = Bound.ABOUT;
    } else {
      r.bound = Bound.EXACT;
    }
    return r;
  }

  private Measure percentMeasure(String name) {
    if (name.endsWith("增速") || name.endsWith("增幅") || name.endsWith("涨幅")) {
      return Measure.GROWTH;
    }
    if (name.contains("比重") || name.contains("占比") || name.contains("份额") || name.contains("比例")
        || name.contains("占")) {
      return Measure.SHARE;
    }
    if (name.contains("率") || name.contains("强度")) {
      return Measure.RATE;
    }
    Optional<IndicatorDefinition> d = catalog.resolve(name);
    if (d.isPresent() && GROWTH_KEYS.contains(d.get().key())) {
      return Measure.GROWTH;
    }
    return Measure.RATE;
  }

  private static final Set<IndicatorKey> GROWTH_KEYS = Set.of(IndicatorKey.GDP, IndicatorKey.INDUSTRIAL_VALUE_ADDED,
      IndicatorKey.FIXED_ASSET_INVESTMENT, IndicatorKey.RETAIL_SALES, IndicatorKey.EXPORTS, IndicatorKey.TRADE,
      IndicatorKey.PUBLIC_BUDGET_REVENUE, IndicatorKey.RESIDENT_INCOME, IndicatorKey.URBAN_INCOME,
      IndicatorKey.RURAL_INCOME, IndicatorKey.CPI, IndicatorKey.FOREIGN_INVESTMENT);

  // ---- the words between a name and its figure ----

  static final class Peel {
    int end;
    final EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
  }

  /** Reads the words before a figure into {@code p}, which is cleared first. */
  private static Peel peel(SourceText t, int segStart, int amountStart, Peel p) {
    p.cues.clear();
    int end = amountStart;
    for (int guard = 0; guard < 8 && end > segStart; guard++) {
      WordTable.Match<Cue> m = Lexicon.CUES.longestEndingAt(t, end, segStart);
      if (m == null) {
        break;
      }
      p.cues.add(m.value);
      end -= m.length;
    }
    p.end = end;
    return p;
  }

  private static int stripLeading(SourceText t, int from, int to, Peel peel) {
    int i = Labels.skip(t, from, to);
    for (int guard = 0; guard < 8 && i < to; guard++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '、' || c == '，' || c == '；' || (c == '和' || c == '及') && i == from) {
        i++; // "…研发和50项基础研究重点项目": a 和 that opens a segment joins it to the item before
        continue;
      }
      WordTable.Match<Cue> m = Lexicon.LEADING.longestAt(t, i, to);
      if (m == null || m.length >= to - i && m.value == Cue.FILLER && !isVerbWord(t, i, to)) {
        break;
      }
      if (m.value != Cue.FILLER) {
        peel.cues.add(m.value);
      }
      i += m.length;
    }
    return i;
  }

  private static boolean isVerbWord(SourceText t, int from, int to) {
    WordTable.Match<Boolean> m = Lexicon.TASK_VERBS.longestAt(t, from, to);
    return m != null && m.length == to - from;
  }

  private static boolean isVerbOnly(SourceText t, int from, int to) {
    int i = from;
    while (i < to) {
      if (t.charAt(i) == '新' && Lexicon.TASK_VERBS.longestAt(t, i + 1, to) != null) {
        i++; // 新实施, 新招引: "new" before any verb of a task
        continue;
      }
      WordTable.Match<Boolean> m = Lexicon.TASK_VERBS.longestAt(t, i, to);
      if (m == null) {
        WordTable.Match<Cue> c = Lexicon.LEADING.longestAt(t, i, to);
        if (c == null) {
          return false;
        }
        i += c.length;
        continue;
      }
      i += m.length;
    }
    return true;
  }

  /** The longest noun read after a figure; longer ones are cut here rather than run on into the next clause. */
  private static final int POST_NOUN_MAX = 40;

  /** The end of a noun written after a figure ("…50家以上先进智能工厂"), or {@code from} when there is none. */
  private static int postNoun(SourceText t, int from, int limit) {
    if (from >= limit) {
      return from;
    }
    char c = t.charAt(from);
    if (!(Outline.isCjk(c) || c == '“' || Normalizer.isAsciiLetter(c)) || c == '的') {
      return from;
    }
    if (Lexicon.CUES.longestAt(t, from, limit) != null && Lexicon.CUES.longestAt(t, from, limit).value != Cue.FILLER) {
      return from;
    }
    int i = from;
    int depth = 0;
    while (i < limit && i - from < POST_NOUN_MAX) {
      char d = t.charAt(i);
      if (Segmenter.isOpen(d)) {
        depth++;
      } else if (Segmenter.isClose(d)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (d == '、' || d == '，' || d == '；' || d == '。' || d == '：' || d == '\n')) {
        break;
      }
      i++;
    }
    if (i == limit && i - 1 > from && "和与及".indexOf(t.charAt(i - 1)) >= 0) {
      i--; // "70项前沿技术研发和50项…": the 和 joins the next item, it is not part of this noun
    }
    return i;
  }

  private static boolean onlySeparators(SourceText t, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c != '、' && c != '和' && c != '与' && c != '及' && c != ',') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSeparator(SourceText t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      // 和 right after a figure ("30个和…") or right before the next ("…研发和50项…") joins two items of a list.
      if (c == '、' || c == '，' || c == '；' || (c == '和' || c == '与' || c == '及') && (i == from || i == to - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGeneric(String name) {
    return name.equals("增速") || name.equals("增幅") || name.equals("总量") || name.equals("规模")
        || name.equals("总额") || name.equals("比重") || name.equals("占比") || name.equals("份额")
        || name.startsWith("占") || name.equals("增量") || name.equals("总产");
  }

  /**
   * Whether a name between two figures of a chain is an inserted predicate without a figure of its own
   * ("稳居全国前十强"): it opens with a word of rank, so it names nothing and the chain's subject carries on.
   */
  private static boolean insertedPredicate(String name) {
    WordTable.Match<Boolean> rank = Lexicon.RANK_CUES.longestAt(name, 0, name.length());
    // A one-char word of rank (居, 排, 列) also starts nouns: 居民消费价格.
    return rank != null && rank.length >= 2 && name.length() > rank.length && name.indexOf('、') < 0 && name.indexOf('，') < 0;
  }

  private static String rankSubject(SourceText t, int from, int to, String name) {
    for (int i = from; i < to; i++) {
      WordTable.Match<Boolean> m = Lexicon.RANK_CUES.longestAt(t, i, to);
      if (m != null) {
        String n = clean(t.text(from, i));
        for (String tail : RANK_FILLERS) {
          if (n.endsWith(tail)) {
            n = n.substring(0, n.length() - tail.length());
          }
        }
        return n;
      }
    }
    return name;
  }

  private static final String[] RANK_FILLERS = {"分别", "均", "也", "都", "继续", "稳定"};

  /**
   * Whether a figure is the value moved from ("由全国第11位跃升至第5位", "从2020年的51.4%提升到…"), not the one
   * reached: 由 or 从 before it, with at most a year and 的, or 全国, in between.
   */
  private static boolean formerValue(SourceText t, int segStart, Amount a) {
    for (int i = a.start - 1; i >= Math.max(segStart, a.start - 10); i--) {
      char c = t.charAt(i);
      if (c == '由' || c == '从') {
        return true;
      }
      if (c == '、' || c == '，' || !(Normalizer.isDigit(c) || "年底末的全国省市".indexOf(c) >= 0)) {
        return false;
      }
    }
    return false;
  }

  /** Removes joined line breaks, a trailing 的 and an "在…下" circumstance from a name. */
  static String clean(String s) {
    String n = s.indexOf('\n') >= 0 ? s.replace("\n", "") : s;
    int at = n.indexOf('在');
    if (at > 0 && n.endsWith("下")) {
      n = n.substring(0, at);
    }
    while (!n.isEmpty() && "的、，和与及".indexOf(n.charAt(n.length() - 1)) >= 0) {
      n = n.substring(0, n.length() - 1);
    }
    return n;
  }

  // ---- lists of names ----

  /** The names a list of {@code k} figures belongs to. */
  static List<String> distribute(String subject, int k, Set<Cue> cues) {
    if (k == 1 && subject.indexOf('、') < 0) {
      return List.of(subject);
    }
    List<String> parts = splitTopLevel(subject, "、");
    if (subject.endsWith("等") || k == 1 && collective(parts.get(parts.size() - 1))) {
      parts = List.of(subject);
    }
    if (parts.size() > 1 && (k == 1 || parts.size() < k)) {
      List<String> more = andInLastItem(parts);
      if (k >= 2 ? more.size() == k : more.size() > parts.size() && bothHeaded(more, parts.size() - 1)) {
        parts = more;
      }
    }
    if (k >= 2) {
      if (parts.size() == k) {
        return shareHeads(parts);
      }
      if (parts.size() == 1) {
        List<String> and = splitTopLevel(subject, "和与及");
        if (and.size() == k) {
          return shareHeads(and);
        }
        for (var e : Lexicon.CONTRACTIONS.entrySet()) {
          int at = subject.indexOf(e.getKey());
          if (at >= 0 && e.getValue().size() == k) {
            List<String> out = new ArrayList<>();
            for (String v : e.getValue()) {
              out.add(subject.substring(0, at) + v + subject.substring(at + e.getKey().length()));
            }
            return out;
          }
        }
      }
      List<String> same = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        same.add(subject);
      }
      return same;
    }
    if (parts.size() > 1) {
      List<String> shared = shareHeads(parts);
      for (int i = 0; i < parts.size() - 1; i++) {
        if (withoutLeadingVerbs(parts.get(i)).length() <= 2 && shared.get(i).equals(parts.get(i))) {
          return List.of(subject); // 绿色、有机、名特优新农产品: qualities of one thing, not several things
        }
      }
      return shared;
    }
    return List.of(subject);
  }

  /**
   * Carries a scope written once before a list to the items after the first ("农村卫生户厕、生活垃圾处理设施覆盖率"
   * → 农村生活垃圾处理设施覆盖率), except to an item that has a scope of its own or that the catalog knows as it is
   * ("城镇调查失业率、居民消费价格涨幅": the price index is not an urban one).
   */
  private List<String> carryScope(List<String> names) {
    if (names.size() < 2) {
      return names;
    }
    String first = names.get(0);
    String scope = null;
    for (int k = 0; k < Lexicon.LIST_SCOPES.size(); k++) {
      String s = Lexicon.LIST_SCOPES.get(k);
      if (first.startsWith(s) && first.length() > s.length() + 1) {
        scope = s;
      }
    }
    if (scope == null) {
      return names;
    }
    List<String> out = new ArrayList<>(names);
    for (int i = 1; i < out.size(); i++) {
      String n = out.get(i);
      boolean scoped = false;
      for (int k = 0; k < Lexicon.LIST_SCOPES.size(); k++) {
        scoped |= n.startsWith(Lexicon.LIST_SCOPES.get(k));
      }
      if (!scoped && !n.equals(first) && catalog.resolve(n).isEmpty()) {
        out.set(i, scope + n);
      }
    }
    return out;
  }

  /** The list with its last item split at 和, 与 or 及 ("A、B和C" → A, B, C); the same list when it has none. */
  private static List<String> andInLastItem(List<String> parts) {
    List<String> last = splitTopLevel(parts.get(parts.size() - 1), "和与及");
    if (last.size() < 2) {
      return parts;
    }
    List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
    out.addAll(last);
    return out;
  }

  /** Whether the items from {@code from} on each end with a head of their own (…覆盖率, …治理率). */
  private static boolean bothHeaded(List<String> items, int from) {
    for (int i = from; i < items.size(); i++) {
      String p = items.get(i);
      WordTable.Match<Boolean> own = Lexicon.HEADS.longestEndingAt(p, p.length(), 0);
      if (own == null || own.length >= p.length()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a listed name ends by gathering the list into one ("集成电路、生物医药、人工智能三大先导产业规模"): a
   * count of kinds (三大, 两个) after the last item, so one figure is for all of them together.
   */
  private static boolean collective(String last) {
    for (int i = 0; i + 1 < last.length(); i++) {
      if ("两三四五六七八九十".indexOf(last.charAt(i)) >= 0 && "大个类项".indexOf(last.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name after a list item that opens with 力争 or 争取 ("做实打响“旅居云南”新品牌、力争旅居人数" → 旅居人数): such
   * an item starts a new predicate, so what comes before it is not part of the figure's name.
   */
  static String afterStretchItem(String name) {
    int end = -1;
    for (int at = name.indexOf('、'); at >= 0; at = name.indexOf('、', at + 1)) {
      WordTable.Match<Boolean> w = Lexicon.STRETCH.longestAt(name, at + 1, name.length());
      if (w != null) {
        end = Math.max(end, at + 1 + w.length);
      }
    }
    return end < 0 || end >= name.length() ? name : name.substring(end);
  }

  /** A name without the verbs of a task before it: 新认证绿色 → 绿色. */
  static String withoutLeadingVerbs(String name) {
    int i = 0;
    while (i < name.length()) {
      int from = name.charAt(i) == '新' ? i + 1 : i;
      WordTable.Match<Boolean> m = Lexicon.TASK_VERBS.longestAt(name, from, name.length());
      if (m == null || from + m.length >= name.length()) {
        break;
      }
      i = from + m.length;
    }
    return name.substring(i);
  }

  /** Whether a figure counts things (个, 家, 人 …) rather than measuring an amount. */
  private static boolean isCount(Amount a) {
    Dimension d = a.unit.dimension();
    return d == Dimension.COUNT || d == Dimension.PERSONS || d == Dimension.PERSON_TIMES;
  }

  /** "长白山、三江、吉光3个": a count that is the number of the names listed, not a figure for each. */
  private static boolean countsTheList(String subject, Amount a) {
    if (subject.indexOf('、') < 0 || !isCount(a) || a.upper != null || a.value.signum() <= 0
        || a.value.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return splitTopLevel(subject, "、").size() == a.value.intValue();
  }

  /** The words a name keeps after a circumstance: "在种源、医疗等方面突破关键技术" keeps "突破关键技术". */
  static String afterCircumstance(String name) {
    if (!name.startsWith("在")) {
      return name;
    }
    int at = name.lastIndexOf('等');
    if (at < 0) {
      return name;
    }
    for (String kind : CIRCUMSTANCE_KINDS) {
      if (name.startsWith(kind, at + 1)) {
        return name.substring(at + 1 + kind.length());
      }
    }
    return name;
  }

  private static final String[] CIRCUMSTANCE_KINDS = {"关键领域", "重点领域", "方面", "领域", "行业", "地区", "产业",
      "环节", "区域", "城市", "国家"};

  /**
   * Lends the head of the name before to names that are only modifiers: after "全体居民人均可支配收入增长5.3%",
   * "其中城镇、农村分别增长4.5%、6.2%" is about 城镇居民人均可支配收入 and 农村居民人均可支配收入.
   */
  static List<String> borrowHead(List<String> names, String before) {
    if (names.size() < 2) {
      return names;
    }
    for (String n : names) {
      if (n.length() > 2) {
        return names;
      }
    }
    WordTable.Match<Boolean> head = Lexicon.HEADS.longestEndingAt(before, before.length(), 0);
    if (head == null) {
      return names;
    }
    String h = before.substring(before.length() - head.length);
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(n + h);
    }
    return out;
  }

  /** Gives a head written once to every item: 装备制造业、高技术制造业增加值 → …增加值 each. */
  static List<String> shareHeads(List<String> parts) {
    List<String> out = new ArrayList<>(parts);
    String lastPart = parts.get(parts.size() - 1);
    int shortest = Integer.MAX_VALUE;
    boolean sameLength = true;
    for (int i = 0; i < parts.size() - 1; i++) {
      shortest = Math.min(shortest, parts.get(i).length());
      sameLength &= parts.get(i).length() == parts.get(0).length();
    }
    String head = null;
    WordTable.Match<Boolean> m = Lexicon.HEADS.longestEndingAt(lastPart, lastPart.length(), 0);
    // "城镇、农村居民人均可支配收入", "一、二、三产业增加值": short items parallel to the last item's first chars, unless
    // the last item's own modifier is longer than theirs ("家电、新能源汽车零售额": 零售额 is the shared head).
    boolean parallel = sameLength && shortest <= 2 && lastPart.length() > shortest + 1
        && !(shortest == 2 && m != null && lastPart.length() - m.length >= shortest + 2);
    if (parallel) {
      head = lastPart.substring(shortest);
    } else if (m != null && m.length < lastPart.length()) {
      head = lastPart.substring(lastPart.length() - m.length);
    }
    if (head != null) {
      for (int i = 0; i < out.size() - 1; i++) {
        String p = out.get(i);
        WordTable.Match<Boolean> own = Lexicon.HEADS.longestEndingAt(p, p.length(), 0);
        if (!p.endsWith(head) && (own == null || own.length >= p.length() || sameLength && shortest <= 2
            || isEntityHead(p, own))) {
          out.set(i, joinHead(p, nearestHead(parts, i, head)));
        }
      }
      if (parallel && shortest == 1) {
        for (int i = 0; i < out.size(); i++) {
          out.set(i, ordinal(out.get(i)));
        }
      }
    } else if (parts.size() >= 2) {
      // 技术合同登记数、成交额: the first item's modifier belongs to the later bare heads.
      String firstPart = parts.get(0);
      WordTable.Match<Boolean> own = Lexicon.HEADS.longestEndingAt(firstPart, firstPart.length(), 0);
      if (own != null && own.length < firstPart.length()) {
        String prefix = firstPart.substring(0, firstPart.length() - own.length);
        for (int i = 1; i < out.size(); i++) {
          String p = out.get(i);
          if (Lexicon.HEADS.contains(p)) {
            out.set(i, prefix + p);
          }
        }
      }
    }
    return out;
  }

  /** "一产业增加值" → 第一产业增加值: a numbered item before a head that is counted in order takes its 第. */
  static String ordinal(String item) {
    if (item.length() > 1 && "一二三".indexOf(item.charAt(0)) >= 0) {
      for (String h : Lexicon.ORDINAL_HEADS) {
        if (item.startsWith(h, 1)) {
          return "第" + item;
        }
      }
    }
    return item;
  }

  /**
   * An item with the head it borrows, written once where they overlap: 城镇居民 and 居民人均可支配收入 make
   * 城镇居民人均可支配收入, not 城镇居民居民人均可支配收入.
   */
  static String joinHead(String item, String head) {
    for (int k = Math.min(item.length() - 1, head.length() - 1); k >= 2; k--) {
      if (item.endsWith(head.substring(0, k))) {
        return item + head.substring(k);
      }
    }
    return item + head;
  }

  /**
   * Whether an item's own head names what is measured rather than a measure (高新技术产业 in "…、高新技术产业、
   * 战略性新兴产业增加值"), so that it still takes the list's measure.
   */
  private static boolean isEntityHead(String item, WordTable.Match<Boolean> own) {
    return Lexicon.ENTITY_HEADS.contains(item.substring(item.length() - own.length));
  }

  /**
   * The head an item borrows: the last item's ({@code fallback}), or a more specific form of it that a nearer
   * later item has ("农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理率": 覆盖率 rather than 率; but in "…制造业、
   * 高新技术产业、战略性新兴产业增加值" 产业 is no form of 增加值, so 增加值).
   */
  private static String nearestHead(List<String> parts, int i, String fallback) {
    for (int j = i + 1; j < parts.size() - 1; j++) {
      String p = parts.get(j);
      WordTable.Match<Boolean> own = Lexicon.HEADS.longestEndingAt(p, p.length(), 0);
      if (own != null && own.length < p.length() && own.length > fallback.length() && p.endsWith(fallback)) {
        return p.substring(p.length() - own.length);
      }
    }
    return fallback;
  }

  static List<String> splitTopLevel(String s, String separators) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Segmenter.isOpen(c)) {
        depth++;
      } else if (Segmenter.isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && separators.indexOf(c) >= 0) {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out.isEmpty() ? List.of(s) : out;
  }

  // ---- helpers ----

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
