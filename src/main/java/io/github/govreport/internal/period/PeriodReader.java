package io.github.govreport.internal.period;

import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.segment.Segments;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.PeriodWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.period.Periods.Source;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The period stage: decides, once, which period every clause and every figure of a report speaks of (the
 * year reviewed, the year planned, several years, a future plan, another year), from every level of
 * evidence, read left to right. Later stages read the resulting {@link Periods} and never decide again.
 *
 * <ul>
 *   <li>A part heading gives its part a default: "一、2025年工作回顾" the review year, "二、“十五五”时期主要目标任务"
 *       a future plan, "三、全力推动“十五五”开好局、起好步" the plan year; a heading that says nothing leaves the
 *       period to its paragraphs, or to the position of the main targets passage.</li>
 *   <li>The opening of a paragraph or a sentence overrides it, to the paragraph's end, also after an address
 *       ("各位代表，刚刚过去的2025年，…"); the opening of a paragraph's first sentence carries on to the next
 *       paragraphs ("五年来，…" then "五年来，…"), until another opening or heading says otherwise.</li>
 *   <li>A year opening a clause holds to the sentence's end ("…年均增长6%，2024年达到1.3万亿元"); a word inside
 *       a clause holds to the clause's end ("年均", "累计", "一季度", "从2020年的"); a deadline beyond the plan
 *       year holds to the sentence's end ("力争到2030年，…").</li>
 * </ul>
 *
 * <p>The words are data ({@code periods.tsv}); years and five-year terms are read by rule against the report's
 * own years. When a paragraph's opening overrides its heading's period, an INFO diagnostic gives the span of
 * the cue that won. Linear in the text: each position is tried against the word tables once.
 */
public final class PeriodReader {

  /** A cue found in the text: the period it gives and where it was written. */
  static final class Cue {
    final Period period;
    final int start;
    final int end;
    /** How far the cue holds when it opens a sentence: to the sentence's end only (a future deadline). */
    final boolean sentenceOnly;
    final Source source;

    Cue(Period period, int start, int end, boolean sentenceOnly, Source source) {
      this.period = period;
      this.start = start;
      this.end = end;
      this.sentenceOnly = sentenceOnly;
      this.source = source;
    }

    @Override
    public String toString() {
      return period + "@" + start + "-" + end;
    }
  }

  private static final PeriodWords WORDS = Lexicon.PERIODS;

  /**
   * The chars a cue may start with inside a clause: digits, prepositions, quotes, 十, 连 (cues read by rule), and
   * the first chars of the words read inside.
   */
  private static final boolean[] INSIDE_STARTS = new boolean[65536];

  static {
    for (char c : "0123456789从由比较到至“《”》十连".toCharArray()) {
      INSIDE_STARTS[c] = true;
    }
    for (int c = 0; c < INSIDE_STARTS.length; c++) {
      INSIDE_STARTS[c] |= WORDS.inside.mayStartWith((char) c);
    }
  }

  private final SourceText t;
  private final int review;
  private final int plan;
  private final Periods out = new Periods();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Segments segments;
  private final Segmenter.Sentence sentence = new Segmenter.Sentence(0, 0, new int[0], 0);

  private PeriodReader(SourceText t, int reviewYear, int planYear, Segments segments) {
    this.t = t;
    this.review = reviewYear;
    this.plan = planYear;
    this.segments = segments;
  }

  /** What the stage found: the (unsettled) periods and the diagnostics of overridden headings. */
  public static final class Result {
    public final Periods periods;
    public final List<Diagnostic> diagnostics;
    /** Whether any heading or opening said anything about a period. */
    public final boolean anyCue;

    Result(Periods periods, List<Diagnostic> diagnostics, boolean anyCue) {
      this.periods = periods;
      this.diagnostics = diagnostics;
      this.anyCue = anyCue;
    }
  }

  /** Reads the periods of the blocks of a text, segmented once; years are -1 when unknown. */
  public static Result read(SourceText t, List<Block> blocks, Segments segments, int reviewYear, int planYear) {
    PeriodReader r = new PeriodReader(t, reviewYear, planYear, segments);
    boolean any = r.run(blocks);
    return new Result(r.out, r.diagnostics, any);
  }

  // ---- the walk ----

  /** What a stretch of text has said of its period so far: the period, where it was said and the cue's span. */
  private static final class Said {
    Period period = Period.UNKNOWN;
    Source source = Source.NONE;
    int cueStart = -1;
    int cueEnd = -1;

    void set(Period p, Source s, int start, int end) {
      period = p;
      source = s;
      cueStart = start;
      cueEnd = end;
    }

    void set(Said o) {
      set(o.period, o.source, o.cueStart, o.cueEnd);
    }
  }

  /** What the headings say, carried into the paragraphs under them. */
  private final Said carried = new Said();
  /** What the paragraph read says so far. */
  private final Said para = new Said();
  /** What the sentence read says so far. */
  private final Said said = new Said();
  /** A deadline beyond the plan year: it holds to the end of its sentence, over the ；that split it. */
  private Cue deadline;
  /** Where the words of the sentence's first clause with words start, past its opening. */
  private int opening;
  /** The part heading's cue, for the diagnostic when a paragraph overrides it; null when it said nothing. */
  private Cue partCue;
  private boolean overrideReported;
  private boolean anyCue;

  private boolean run(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.part != Part.BODY) {
        out.set(b.start, Period.NONE, Source.NONE, -1, -1);
        continue;
      }
      if (b.isPartHeading()) {
        partCue = headingCue(b.titleStart, b.titleEnd);
        overrideReported = false;
        carry(partCue == null ? new Cue(Period.UNKNOWN, -1, -1, false, Source.NONE) : partCue);
      } else if (b.kind != null && b.titleEnd > b.titleStart) {
        Cue c = strongHeadingCue(b.titleStart, b.titleEnd);
        if (c != null) {
          carry(c);
        }
      }
      set(b.start, carried);
      int from = Segments.bodyStart(b);
      if (from < b.end) {
        paragraph(from, b.end);
      }
    }
    return anyCue;
  }

  /** The next sentence of {@link #segments} to read: the blocks are walked in order. */
  private int nextSentence;

  private void carry(Cue c) {
    carried.set(c.period, c.source, c.start, c.end);
    anyCue |= c.period != Period.UNKNOWN;
  }

  private void set(int at, Said x) {
    out.set(at, x.period, x.source, x.cueStart, x.cueEnd);
  }

  private void paragraph(int from, int to) {
    para.set(carried);
    boolean first = true;
    deadline = null;
    while (nextSentence < segments.size() && segments.end(nextSentence) <= from) {
      nextSentence++;
    }
    for (; nextSentence < segments.size() && segments.start(nextSentence) < to; nextSentence++) {
      if (!segments.view(nextSentence, from, to, sentence)) {
        continue;
      }
      int k0 = firstClauseWithWords(sentence);
      if (k0 == sentence.clauses()) {
        continue; // an address or a connective alone: "各位代表！"
      }
      Cue c = openingCue(opening, sentence.clauseEnd(k0), Source.OPENING);
      if (c != null && !c.sentenceOnly) {
        para.set(c.period, c.source, c.start, c.end);
        anyCue = true;
        if (first) {
          reportOverride(c);
          carry(c);
        }
      }
      first = false;
      sentence(nextSentence, k0, c);
    }
  }

  /** The first clause of {@code s} with words past its opening, or its clause count; sets {@link #opening}. */
  private int firstClauseWithWords(Segmenter.Sentence s) {
    int k0 = 0;
    for (; k0 < s.clauses(); k0++) {
      opening = skipOpening(s.clauseStart(k0), s.clauseEnd(k0));
      if (opening < s.clauseEnd(k0)) {
        break;
      }
    }
    return k0;
  }

  /** Reads the periods of the sentence {@link #sentence} (at {@code index}) from clause {@code k0}, opened by {@code c}. */
  private void sentence(int index, int k0, Cue opened) {
    Segmenter.Sentence s = sentence;
    Cue c = opened == null && deadline != null ? deadline : opened;
    if (c != null) {
      said.set(c.period, c.source, c.start, c.end);
    } else {
      said.set(para);
    }
    set(s.start, said);
    for (int k = k0; k < s.clauses(); k++) {
      int cs = s.clauseStart(k);
      int ce = s.clauseEnd(k);
      int scanFrom = k == k0 ? (c != null && c != deadline ? c.end : opening) : clauseOpening(cs, ce);
      clause(scanFrom, ce);
    }
    if (c != null && c.sentenceOnly) {
      deadline = c;
    }
    char end = segments.terminator(index);
    if (end != '；' && end != ';') {
      deadline = null; // the sentence is over
    }
    if (said.period != para.period || said.source != para.source) {
      set(s.end, para);
    }
  }

  /** Reads the opening of a clause after the sentence's first: a cue there holds for the rest of the sentence. */
  private int clauseOpening(int cs, int ce) {
    int o = skipOpening(cs, ce);
    Cue cc = o < ce ? openingCue(o, ce, Source.CLAUSE) : null;
    if (cc == null) {
      return o;
    }
    said.set(cc.period, Source.CLAUSE, cc.start, cc.end);
    set(cs, said);
    if (cc.sentenceOnly) {
      deadline = cc;
    }
    return cc.end;
  }

  /** Reads the cues inside a clause from {@code from}: each holds to the clause's end, a SENTENCE cue undoes them. */
  private void clause(int from, int ce) {
    Period clause = said.period;
    boolean insideCue = false; // whether a cue inside the clause decided its period so far
    int depth = 0;
    for (int i = from; i < ce; ) {
      char ch = t.charAt(i);
      if (!INSIDE_STARTS[ch]) {
        i++;
        continue;
      }
      if (ch == '“' || ch == '《') {
        depth++;
      } else if (ch == '”' || ch == '》') {
        depth = Math.max(0, depth - 1);
      }
      Cue a = depth == 0 ? insideCue(i, ce, said.period) : null;
      if (a == null) {
        i++;
        continue;
      }
      if (a.period == Period.SENTENCE) {
        if (insideCue) { // "…155万户、总量达474万户": the stock is the sentence's again
          clause = said.period;
          insideCue = false;
          set(a.start, said);
        }
      } else if (a.period != null) { // null: words that say nothing here, passed over whole ("比2024年")
        insideCue = true;
        clause = a.period;
        out.set(a.start, clause, a.source, a.start, a.end);
        if (a.sentenceOnly) {
          said.set(a.period, a.source, a.start, a.end);
          deadline = a;
        }
      }
      i = Math.max(i + 1, a.end);
    }
    if (clause != said.period) {
      set(ce, said);
    }
  }

  private void reportOverride(Cue c) {
    if (partCue == null || partCue.period == c.period || overrideReported) {
      return;
    }
    overrideReported = true;
    diagnostics.add(Diagnostic.of(DiagnosticCode.PERIOD_OVERRIDDEN, "the heading's '"
        + t.text(partCue.start, partCue.end).replace("\n", "") + "' speaks of " + describe(partCue.period)
        + "; the paragraph's '" + t.text(c.start, c.end).replace("\n", "") + "' of " + describe(c.period)
        + ", which holds for the paragraphs it opens", t.span(c.start, c.end)));
  }

  static String describe(Period p) {
    switch (p) {
      case REVIEW_YEAR:
        return "the year under review";
      case PLAN_YEAR:
        return "the year planned";
      case SEVERAL_YEARS:
        return "several years";
      case FUTURE_PLAN:
        return "a plan beyond this year";
      case OTHER_YEAR:
        return "another year";
      case PART_OF_YEAR:
        return "part of a year";
      default:
        return "no period";
    }
  }

  // ---- openings ----

  /** Past labels, dashes, white space, an address and connectives at {@code [i, end)}: where a cue may stand. */
  int skipOpening(int i, int end) {
    int guard = 0;
    while (i < end && guard++ < 16) {
      char c = t.charAt(i);
      if (c == '\n' || c == ' ' || c == '—' || c == '、' || c == '-') {
        i++;
        continue;
      }
      int label = Labels.skip(t, i, end);
      if (label > i) {
        i = label;
        continue;
      }
      WordTable.Match<Boolean> w = WORDS.skipped.longestAt(t, i, end);
      if (w != null) {
        i += w.length;
        continue;
      }
      break;
    }
    return i;
  }

  /** The cue written at an opening {@code at}, or null: a year, a five-year term, or a word of the table. */
  Cue openingCue(int at, int end, Source source) {
    Cue c = yearCue(at, end, source);
    if (c != null) {
      return c.period == null ? null : c;
    }
    c = termCue(at, end, source);
    if (c != null) {
      return c;
    }
    WordTable.Match<Period> w = WORDS.openings.longestAt(t, at, end);
    if (w != null) {
      // "今年" inside the review is the plan year only when the plan year is what the sentence speaks of.
      return new Cue(w.value, at, at + w.length, false, source);
    }
    return null;
  }

  /**
   * A cue inside a clause at {@code i}, read in a sentence of period {@code context}, or null: a year ("从2020年
   * 的", "比2020年", "到2030年"), a term, a run of years ("连续9年") or a word of the table (年均, 累计, 一季度; 去年
   * cited in the plan).
   */
  Cue insideCue(int i, int end, Period context) {
    char c = t.charAt(i);
    if (Normalizer.isDigit(c) && i > 0 && (Normalizer.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
      return null; // inside a number: years and months are read from their first digit
    }
    if (Normalizer.isDigit(c) || c == '从' || c == '由' || c == '比' || c == '较' || c == '到' || c == '至') {
      Cue y = yearCue(i, end, Source.INSIDE);
      if (y != null) {
        return y;
      }
      if (c == '1' && i + 1 < end && isRangeMark(t.charAt(i + 1))) {
        return monthsCue(i, end, context);
      }
    }
    if (c == '“' || c == '十') {
      return termCue(i, end, Source.INSIDE);
    }
    if (c == '连') {
      return i + 1 < end && t.charAt(i + 1) == '续' ? runOfYears(i, end) : null;
    }
    WordTable.Match<Period> w = WORDS.inside.longestAt(t, i, end);
    if (w == null) {
      return null;
    }
    if (w.value == Period.SEVERAL_YEARS && context == Period.FUTURE_PLAN) {
      return null; // "年均增长5%" in a five-year plan's goals: still the plan's
    }
    if (w.value == Period.PART_OF_YEAR && context != Period.REVIEW_YEAR) {
      return null; // "上半年完成…" in the plan is a deadline of the plan year
    }
    if (w.value == Period.OTHER_YEAR) {
      // "去年" cited in a clause of the plan, but not a base of comparison ("比上年", "与去年持平")
      if (context != Period.PLAN_YEAR || i > 0 && "比较同与于".indexOf(t.charAt(i - 1)) >= 0) {
        return null;
      }
    }
    return new Cue(w.value, i, i + w.length, false, Source.INSIDE);
  }

  private static boolean isRangeMark(char c) {
    return c == '-' || c == '—' || c == '至' || c == '~' || c == '－';
  }

  /** "1-11月", "1至9月": some months of the year, in the review only. */
  private Cue monthsCue(int i, int end, Period context) {
    int j = i + 2;
    int digits = 0;
    while (j < end && Normalizer.isDigit(t.charAt(j)) && digits < 2) {
      j++;
      digits++;
    }
    if (digits == 0 || j >= end || t.charAt(j) != '月' || context != Period.REVIEW_YEAR) {
      return null;
    }
    return new Cue(Period.PART_OF_YEAR, i, j + 1, false, Source.INSIDE);
  }

  /** "连续9年", "连续三年": a run of years. */
  private Cue runOfYears(int i, int end) {
    if (!t.startsWith("连续", i)) {
      return null;
    }
    int j = i + 2;
    int n = 0;
    while (j < end && n < 3 && (Normalizer.isDigit(t.charAt(j)) || "一二两三四五六七八九十".indexOf(t.charAt(j)) >= 0)) {
      j++;
      n++;
    }
    if (n == 0 || j >= end || t.charAt(j) != '年') {
      return null;
    }
    return new Cue(Period.SEVERAL_YEARS, i, j + 1, false, Source.INSIDE);
  }

  /** The year written as four digits and 年 at {@code i}, or -1. */
  int yearAt(int i, int end) {
    if (i + 5 > end || t.charAt(i + 4) != '年' || i > 0 && Normalizer.isDigit(t.charAt(i - 1))) {
      return -1;
    }
    int y = 0;
    for (int k = 0; k < 4; k++) {
      char d = t.charAt(i + k);
      if (!Normalizer.isDigit(d)) {
        return -1;
      }
      y = y * 10 + (d - '0');
    }
    return y >= 1949 && y <= 2100 && t.charAt(i + 4) == '年' ? y : -1;
  }

  /**
   * A year cue at {@code i}: "2025年" (by the report's years), "从2020年的" (a former value), "比2020年" (a change
   * over several years, unless the base is the year before), "到2030年" / "2030年前" (a deadline), "2020年以来" (several
   * years), "2021—2025年" (several years). At an opening the prepositions are read too.
   */
  Cue yearCue(int i, int end, Source source) {
    char c = t.charAt(i);
    int at = i;
    char lead = 0;
    if (c == '从' || c == '由' || c == '比' || c == '较' || c == '到' || c == '至') {
      lead = c;
      at = i + 1;
    } else if (!Normalizer.isDigit(c)) {
      return null;
    }
    int y = yearAt(at, end);
    if (y < 0) {
      if (lead == 0 && at + 10 <= end && isRangeMark(t.charAt(at + 4)) && isDigits(at, at + 4)
          && yearAt(at + 5, end) > 0) {
        return new Cue(Period.SEVERAL_YEARS, at, at + 10, false, source); // "2021—2025年"
      }
      return null;
    }
    int stop = at + 5;
    if (stop < end && (t.charAt(stop) == '底' || t.charAt(stop) == '末')) {
      stop++;
    }
    if (plan < 0) {
      return null;
    }
    if (lead == '比' || lead == '较') {
      // "比2024年增长" against the year before is the usual base; an older base makes a change over years.
      return new Cue(y < review - 1 ? Period.SEVERAL_YEARS : null, i, stop, false, Source.INSIDE);
    }
    if (lead == 0 && at >= 5 && isRangeMark(t.charAt(at - 1)) && isDigits(at - 5, at - 1)) {
      return new Cue(Period.SEVERAL_YEARS, at - 5, stop, false, source); // "2021—2025年"
    }
    if (stop + 1 < end && t.startsWith("以来", stop)) {
      return new Cue(Period.SEVERAL_YEARS, i, stop + 2, false, source);
    }
    if (y > plan) {
      return new Cue(Period.FUTURE_PLAN, i, stop, true, source);
    }
    if (y == plan) {
      return new Cue(Period.PLAN_YEAR, i, stop, false, source);
    }
    if (y == review) {
      return new Cue(Period.REVIEW_YEAR, i, stop, false, source);
    }
    if (lead == '从' || lead == '由') {
      return new Cue(Period.OTHER_YEAR, i, stop, false, Source.FORMER);
    }
    return new Cue(Period.OTHER_YEAR, i, stop, false, source);
  }

  private boolean isDigits(int from, int to) {
    if (from < 0) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Normalizer.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A five-year term at {@code i}: “十四五”, 十四五, “十五”: several past years when the term began before the
   * plan year, a future plan when it begins in or after it. From the fourth on, the n-th term (“十五” the
   * tenth) runs from 1971 + 5·(n−4) to four years later.
   */
  Cue termCue(int i, int end, Source source) {
    int j = i;
    boolean quoted = t.charAt(j) == '“';
    if (quoted) {
      j++;
    }
    int n = termNumber(j, end);
    if (n <= 0) {
      return null;
    }
    int len = n >= 11 ? 3 : 2;
    int stop = j + len;
    if (quoted) {
      if (stop >= end || t.charAt(stop) != '”') {
        return null;
      }
      stop++;
    } else if (n == 10 || n == 9) {
      return null; // 十五, 九五 unquoted are numbers
    }
    int first = 1971 + 5 * (n - 4);
    Period p = plan > 0 && first >= plan ? Period.FUTURE_PLAN : Period.SEVERAL_YEARS;
    return new Cue(p, i, stop, false, source);
  }

  /** The term written at {@code j}: 十一五 … 十九五 (11–19), 十五 (10) and 九五 (9), then 五; or -1. */
  private int termNumber(int j, int end) {
    if (j + 2 > end) {
      return -1;
    }
    char a = t.charAt(j);
    char b = t.charAt(j + 1);
    if (a == '十' && j + 2 < end && t.charAt(j + 2) == '五' && "一二三四五六七八九".indexOf(b) >= 0) {
      return 11 + "一二三四五六七八九".indexOf(b);
    }
    if (a == '十' && b == '五') {
      return 10;
    }
    if (a == '九' && b == '五') {
      return 9;
    }
    return -1;
  }

  // ---- headings ----

  /**
   * The period a part heading gives its part, or null: an explicit year of the plan or the review first, then
   * the first year of a term (开好局), then a term, a future year or the words of an opening (过去五年), then the
   * generic words of a review or a plan (回顾, 工作安排).
   */
  Cue headingCue(int from, int to) {
    Cue strong = strongHeadingCue(from, to);
    if (strong != null) {
      return strong;
    }
    for (int i = from; i < to; i++) {
      WordTable.Match<Period> w = WORDS.headings.longestAt(t, i, to);
      if (w != null) {
        return new Cue(w.value, i, i + w.length, false, Source.HEADING);
      }
    }
    return null;
  }

  /** The cue of a heading that overrides the part's default even in a section heading, or null. */
  Cue strongHeadingCue(int from, int to) {
    Cue planYear = null;
    Cue reviewYear = null;
    Cue first = null;
    Cue other = null;
    for (int i = from; i < to; i++) {
      Cue y = yearCue(i, to, Source.HEADING);
      if (y != null && y.period != null) {
        if (y.period == Period.PLAN_YEAR && planYear == null) {
          planYear = y;
        } else if (y.period == Period.REVIEW_YEAR && reviewYear == null) {
          reviewYear = y;
        } else if (other == null) {
          other = y;
        }
        i = y.end - 1;
        continue;
      }
      WordTable.Match<Period> f = WORDS.firstInHeadings.longestAt(t, i, to);
      if (f != null && first == null) {
        first = new Cue(f.value, i, i + f.length, false, Source.HEADING);
      }
      if (other == null) {
        Cue term = termCue(i, to, Source.HEADING);
        if (term != null) {
          other = term;
        } else {
          WordTable.Match<Period> w = WORDS.openings.longestAt(t, i, to);
          if (w != null && w.value != Period.PLAN_YEAR && w.value != Period.REVIEW_YEAR) {
            other = new Cue(w.value, i, i + w.length, false, Source.HEADING);
          } else if (w != null && reviewYear == null && w.value == Period.REVIEW_YEAR) {
            reviewYear = new Cue(w.value, i, i + w.length, false, Source.HEADING);
          } else if (w != null && planYear == null && w.value == Period.PLAN_YEAR) {
            planYear = new Cue(w.value, i, i + w.length, false, Source.HEADING);
          }
        }
      }
    }
    if (planYear != null) {
      return planYear;
    }
    if (reviewYear != null) {
      return reviewYear;
    }
    if (first != null) {
      return first;
    }
    if (other != null && other.period != Period.OTHER_YEAR) {
      return new Cue(other.period, other.start, other.end, false, Source.HEADING);
    }
    return null;
  }
}
