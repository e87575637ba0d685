package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.figure.IndicatorWordings;
import io.github.govreport.internal.figure.Marks;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.ListNames;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.period.Periods;
import io.github.govreport.internal.period.TargetSentences;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.SourceText;
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
    /** Scratch space for the sentence being read. */
    final SentenceState sentence = new SentenceState(this);
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

    static Context main(Periods periods, Vocabulary words) {
      return new Context(null, periods, true, new Marks(words));
    }

    /** This context, for the sentences of a paragraph whose heading gives {@code topic} (may be null). */
    public Context about(String topic) {
      this.topic = topic;
      return this;
    }

    /** Numerals that are no number, found while scanning a clause; emptied at once. */
    final List<int[]> malformed = new ArrayList<>(1);
    /** The figures of the clause being read, one list for every clause. */
    final List<Amount> amounts = new ArrayList<>(8);

    /** The subjects of the clauses read so far in the sentence, refilled for each sentence. */
    final List<Subject> recent = new ArrayList<>(8);

    /** The names of the sentence's last group of several names ("…分别完成投资X、Y"), or empty. */
    final List<String> lastNames = new ArrayList<>(4);

    /** Whether the sentence being read opens with an estimate (预计): all its figures are estimates. */
    boolean sentenceEstimate;

    /** Whether the sentence before, which ended at ； and opened with 预计, makes this one's figures estimates too. */
    private boolean estimateCarried;

    /**
     * Before the next sentence: an estimate that opened the sentence just read goes on over a list split by ；
     * ("预计全年生产总值增长6%；规上工业增加值增长7%"), when {@code terminator} ended it.
     */
    public void carryEstimateAfter(char terminator) {
      estimateCarried = (terminator == SEMICOLON || terminator == ';') && sentenceEstimate;
    }

    /** The paragraph's topic, or null. */
    String topic() {
      return topic;
    }
  }

  /** Up to this many figures in a list share one quote: "城镇和农村居民人均可支配收入分别增长5.2%、7.3%". */
  private static final int SHARED_QUOTE_MAX = 12;

  private final FigureScanner scanner;
  /** Reads each figure's measure, bound and sign. */
  private final Measures measures;
  /** How a name is distributed over the figures of a list. */
  private final ListNames lists;
  /** The catalog's wordings, found in the text. */
  private final IndicatorWordings wordings;
  /** The parser's words: the name words, the defaults with the user's. */
  private final Vocabulary words;
  /** The words before a count that make its noun follow the figure. */
  private final WordTable<Boolean> verbs;

  /** A reader with the default name words. */
  public ClauseReader(FigureScanner scanner, IndicatorCatalog catalog) {
    this(scanner, catalog, Vocabulary.builtIn());
  }

  public ClauseReader(FigureScanner scanner, IndicatorCatalog catalog, Vocabulary words) {
    this.scanner = scanner;
    this.measures = new Measures(catalog, words.lists);
    this.lists = new ListNames(words, catalog);
    this.words = words;
    this.verbs = words.names.taskVerbs;

    this.wordings = new IndicatorWordings(catalog, words);
  }

  /** The parser's words this reader reads names with. */
  Vocabulary words() {
    return words;
  }

  /** The catalog's wordings this reader finds names with. */
  public IndicatorWordings wordings() {
    return wordings;
  }

  /** Reads one sentence. */
  public void read(SourceText t, Segmenter.Sentence sentence, Context ctx, Sink sink) {
    SentenceState s = ctx.sentence.start(t, sink, words);
    s.restated = !ctx.main && ctx.periods.at(sentence.start) == Period.PLAN_YEAR
        && TargetSentences.namesTargets(t, sentence.start, sentence.end, words.passage);
    List<Subject> recent = ctx.recent;
    recent.clear();
    ctx.lastNames.clear();
    Marks marks = ctx.marks;
    ctx.sentenceEstimate = ctx.estimateCarried;
    for (int ci = 0; ci < sentence.clauses(); ci++) {
      int cs = sentence.clauseStart(ci);
      int ce = sentence.clauseEnd(ci);
      // a breakdown of the year's results: a plan's (其中制造业外资占比超过29%) is a commitment of its own
      s.amongThem |= t.startsWith(Grammar.AMONG_THEM, cs);
      s.breakdown |= s.amongThem && ctx.periods.at(cs) == Period.REVIEW_YEAR;
      List<Amount> amounts = ctx.amounts;
      amounts.clear();
      scanner.scan(t, cs, ce, ctx.malformed, amounts);
      if (!ctx.malformed.isEmpty()) {
        for (int[] m : ctx.malformed) {
          sink.skipped(Decoy.MALFORMED_NUMERAL, m[0], m[1]);
        }
        ctx.malformed.clear();
      }
      if (ci == 0) {
        marks.scan(t, cs, ce);
        ctx.sentenceEstimate = ctx.estimateCarried
            || words.names.of(NameWords.Role.ESTIMATE).longestAt(t, cs, ce) != null;
      } else if (!amounts.isEmpty()) {
        marks.scan(t, cs, ce);
      }
      if (amounts.isEmpty()) {
        readWithoutFigures(s, sentence, ci, ctx);
        continue;
      }
      s.clauseEnd = ce;
      s.perUnitAt = words.lists.perUnitScopes.indexIn(t, cs, ce);
      s.allPartsAt = words.lists.allPartsScopes.indexIn(t, cs, ce);
      readClause(s, cs, amounts);
      s.noOffer();
      for (int k = 0; k < amounts.size() && !s.breakdown; k++) { // what a breakdown after them breaks down
        boolean percent = Measures.percentLike(amounts.get(k));
        s.percentBefore |= percent;
        s.amountBefore |= !percent;
      }
      s.breakdown = false; // the breakdown is the clause 其中 opens ("其中，…": the next one), no more
      s.amongThem = false;
    }
  }

  /**
   * A clause without figures names those after it: a list before 分别, an indicator it opens with (its result in
   * words, the sentence's topic, or the subject of the next figures), or what it says changes.
   */
  private void readWithoutFigures(SentenceState s, Segmenter.Sentence sentence, int ci, Context ctx) {
    SourceText t = s.t;
    int cs = sentence.clauseStart(ci);
    int ce = sentence.clauseEnd(ci);
    int open = Labels.skipLead(t, cs, ce);
    s.withoutFiguresAt(open, ce);
    Subject list = Borrowing.listBeforeRespectively(t, sentence, ci, open, words);
    if (list != null) {
      s.last = list; // "全市规上工业主营业务收入、利润，分别增长4.2%、8.6%": the list the figures after 分别 belong to
      ctx.recent.clear();
      return;
    }
    int len = wordings.lengthAt(t, open, ce);
    if (len > 0 && !ctx.main && ctx.periods.at(cs) == Period.REVIEW_YEAR) {
      ResultsInWords.ofAnIndicator(s, open, open + len, ce, words);
    } else if (!ctx.main && ctx.periods.at(cs) == Period.REVIEW_YEAR) {
      ResultsInWords.targetMet(s, open, ce, words);
    }
    if (len > 0 && ci == 0) {
      s.topic = Subjects.clean(t.text(open, open + len), words.names);
    } else if (len > 0) {
      // "…分别增长31.5%、17%，全省进出口总值创历史新高，达到5379亿元": a clause that opens with an indicator
      // and states no figure names the figures after it.
      s.last = new Subject(Subjects.clean(t.text(open, open + len), words.names), open);
      ctx.recent.clear();
    } else {
      s.offer();
      if (ci == 0 && open < ce && t.charAt(open) == '“' && s.before() == null) {
        s.topic = ClauseOffers.quotedTopic(t, open, ce); // "“四改一拆”成效显著，完成883.6万平方米"
      }
    }
  }

  /**
   * Reads the figures of the clause of {@code s} that starts at {@code clauseStart}, group by group: the first
   * {@link Rule} that applies keeps a group out.
   */
  private void readClause(SentenceState s, int clauseStart, List<Amount> amounts) {
    SourceText t = s.t;
    Context ctx = s.ctx;
    Sink sink = s.sink;
    Subject last = s.last;
    int segStart = clauseStart;
    int i = 0;
    while (i < amounts.size()) {
      int j = i;
      while (FigureLists.listedWithNext(t, amounts, j, words)) {
        j++;
      }
      s.last = last;
      s.figureBefore = i > 0 ? amounts.get(i - 1) : null;
      FigureGroup g = FigureGroup.read(s, amounts, i, j + 1, segStart);
      s.fallBefore = g.fallGoverned;
      Rule rule = Rule.first(g, words);
      s.ruleBefore = rule;
      if (rule != null) {
        for (Amount a : g.amounts) {
          sink.skipped(rule.decoyFor(a, ctx), a.start, a.suffixEnd);
        }
        s.run.clear();
        Subject passed = rule.passesOn(g);
        last = passed != null ? passed : last;
        segStart = rule.resume(g, segStart);
      } else {
        emit(g, ctx, last, sink);
        s.extendRun(g);
        if (g.subject != last && g.amounts.size() == 1 && (ctx.recent.isEmpty()
            || !ctx.recent.get(ctx.recent.size() - 1).name.equals(g.subject.name))) {
          ctx.recent.add(g.subject);
        }
        last = g.subject;
        segStart = g.resume;
      }
      i = j + 1;
    }
    s.last = last;
  }

  /** Hands the readings of a group no rule keeps out to the sink: one per name its subject gives the list. */
  private void emit(FigureGroup g, Context ctx, Subject last, Sink sink) {
    Marks marks = ctx.marks;
    Subject subject = g.subject;
    boolean stretch = g.peel.cues.contains(Cue.STRETCH) || marks.before(Lexicon.Mark.STRETCH, g.first.start);
    boolean estimated = ctx.sentenceEstimate || g.peel.cues.contains(Cue.ESTIMATE)
        || marks.before(Lexicon.Mark.ESTIMATE, g.first.start);
    String listed = lists.afterStretchItem(subject.name);
    if (listed.length() < subject.name.length()) {
      stretch = true;
    }
    List<String> names = listedNames(g, listed, last, ctx);
    ctx.lastNames.clear();
    if (names.size() >= 2) {
      ctx.lastNames.addAll(names);
    }
    Bound groupSuffix = g.lastAmount.suffixBound;
    ListNames.VerbList verbs = names.size() >= 2 && !g.namedInFull ? lists.verbList(listed) : null;
    if (verbs != null && verbs.verbs().size() != names.size()) {
      verbs = null;
    }
    for (int k = 0; k < names.size(); k++) {
      Amount a = g.amounts.get(Math.min(k, g.amounts.size() - 1));
      Reading r = measures.reading(ctx.reading, names.get(k), a, groupSuffix, g.peel.cues);
      if (r == null) { // "是上年的2.37倍", "分别是2006年的21.6倍和7倍": multiples of a base right before them compare
        boolean ofABase = g.first.start > 0 && g.t.charAt(g.first.start - 1) == Grammar.OF;
        sink.skipped(ofABase ? Decoy.COMPARISON : Decoy.MULTIPLE_WITHOUT_CHANGE, a.start, a.suffixEnd);
        continue;
      }
      r.namedInFull = g.namedInFull && names.size() == 1;
      if (verbs != null) {
        r.verb = verbs.verbs().get(k); // "开工、投产新能源项目": the object is cleaned, the verb kept before it
        r.name = verbs.object();
      } else {
        r.verb = g.ownWord; // "高新技术企业新增300家": 新增 opens the name once cleaned
      }
      if (g.amounts.size() <= SHARED_QUOTE_MAX) {
        r.spanStart = g.spanStart;
        r.spanEnd = g.spanEnd;
      } else {
        // A list this long is no real report's: quote each figure alone, so the quotes stay linear in size.
        r.spanStart = a.start;
        r.spanEnd = a.suffixEnd;
      }
      r.stretch = stretch;
      r.estimated = estimated;
      r.reference = g.reference;
      r.period = ctx.main ? Period.PLAN_YEAR : ctx.periods.at(a.start);
      r.former = !ctx.main && ctx.periods.sourceAt(a.start) == Periods.Source.FORMER;
      r.figureStart = a.start;
      r.figureEnd = a.suffixEnd;
      sink.reading(r);
    }
  }

  /** The name of each figure of a group: its subject's list distributed, a head borrowed or shared. */
  private List<String> listedNames(FigureGroup g, String listed, Subject last, Context ctx) {
    int n = g.amounts.size();
    if (!g.generic.isEmpty() && n >= 2 && ctx.lastNames.size() == n) {
      // "…分别完成投资1250亿元、5868亿元，占年度计划的141.5%、142.7%": each share is of its own amount before
      List<String> each = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        each.add(Borrowing.borrow(ctx.lastNames.get(k), g.generic, words.lists));
      }
      return each;
    }
    List<Subject> recent = ctx.recent;
    List<String> names = n == 1 && ListNames.countsTheList(listed, g.first) ? List.of(listed)
        : n == 1 && (g.peel.cues.contains(Cue.EACH) || g.peel.cues.contains(Cue.RESPECTIVELY)) ? lists.each(listed)
        : n == 1 ? lists.together(listed, g.first)
        : lists.distribute(listed, n);
    if (g.subject == last && n >= 2 && recent.size() >= n) {
      // "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，分别实际增长7.7%和6.8%": each figure is the
      // one of a subject named in a clause before.
      names = new ArrayList<>(n);
      for (Subject r : recent.subList(recent.size() - n, recent.size())) {
        names.add(r.name);
      }
    }
    if (last != null && g.subject != last) {
      names = lists.borrowHead(names, last.name);
    }
    if (n >= 2 && ctx.lastNames.size() == n && names.size() == n && names.get(0).equals(names.get(n - 1))
        && g.first.unit.equals(g.lastAmount.unit)) {
      // "中心城区、县城生活污水集中处理率分别达到95%和90%以上，污泥无害化处理率达到100%和80%": each item's again
      names = ListItems.itemsOfTheListBefore(ctx.lastNames, names.get(0));
    }
    names = lists.carryScope(names);
    if (!g.respectiveHead.isEmpty()) {
      names = ListNames.withHead(names, g.respectiveHead);
    }
    return names;
  }
}
