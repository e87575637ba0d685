package io.github.govreport.internal.period;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_TITLE;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_TITLE;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.PeriodWords;
import io.github.govreport.internal.origin.YearReader;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.period.Periods.Source;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.segment.Segments;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import java.util.ArrayList;
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

  private final PeriodWords words;
  private final SourceText t;
  private final PeriodCues cues;
  private final Periods out = new Periods();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Segments segments;
  private final Segmenter.Sentence sentence = new Segmenter.Sentence(0, 0, new int[0], 0);

  private PeriodReader(SourceText t, Segments segments, PeriodCues cues, PeriodWords words) {
    this.words = words;
    this.t = t;
    this.cues = cues;
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

  /**
   * Reads the periods of the blocks of a text, segmented once, with the parser's period {@code words}; the years
   * are -1 when unknown.
   */
  public static Result read(SourceText t, List<Block> blocks, Segments segments, YearReader.Result years,
      PeriodWords words) {
    PeriodReader r = new PeriodReader(t, segments, new PeriodCues(t, years.reviewYear, years.planYear, words), words);
    boolean any = r.run(blocks);
    return new Result(r.out, r.diagnostics, any);
  }

  // ---- the walk ----

  /** What a stretch of text has said of its period so far: the period, where it was said and where its cue starts. */
  private static final class Said {
    Period period = Period.UNKNOWN;
    Source source = Source.NONE;
    int cueStart = -1;

    void set(Period p, Source s, int start) {
      period = p;
      source = s;
      cueStart = start;
    }

    void set(Said o) {
      set(o.period, o.source, o.cueStart);
    }
  }

  /** What the headings say, carried into the paragraphs under them. */
  private final Said carried = new Said();
  /** What the paragraph read says so far. */
  private final Said para = new Said();
  /** What the sentence read says so far. */
  private final Said said = new Said();
  /** A deadline beyond the plan year: it holds to the end of its sentence, over the ；that split it. */
  private TimeCue deadline;
  /** Where the words of the sentence's first clause with words start, past its opening. */
  private int opening;
  /** The part heading's cue, for the diagnostic when a paragraph overrides it; null when it said nothing. */
  private TimeCue partCue;
  private boolean overrideReported;
  private boolean anyCue;

  private boolean run(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.part != Part.BODY) {
        out.set(b.start, Period.NONE, Source.NONE, -1);
        continue;
      }
      if (b.isPartHeading()) {
        partCue = cues.headingCue(b.titleStart, b.titleEnd);
        overrideReported = false;
        carry(partCue == null ? new TimeCue(Period.UNKNOWN, -1, -1, false, Source.NONE) : partCue);
      } else if (b.kind != null && b.titleEnd > b.titleStart) {
        TimeCue c = cues.strongHeadingCue(b.titleStart, b.titleEnd);
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

  private void carry(TimeCue c) {
    carried.set(c.period, c.source, c.start);
    anyCue |= c.period != Period.UNKNOWN;
  }

  private void set(int at, Said x) {
    out.set(at, x.period, x.source, x.cueStart);
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
      TimeCue c = cues.openingCue(opening, sentence.clauseEnd(k0), Source.OPENING, para.period);
      if (c != null && !c.sentenceOnly) {
        para.set(c.period, c.source, c.start);
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
      opening = cues.skipOpening(s.clauseStart(k0), s.clauseEnd(k0));
      if (opening < s.clauseEnd(k0)) {
        break;
      }
    }
    return k0;
  }

  /** Reads the periods of the sentence {@link #sentence} (at {@code index}) from clause {@code k0}, opened by {@code c}. */
  private void sentence(int index, int k0, TimeCue opened) {
    Segmenter.Sentence s = sentence;
    TimeCue c = opened == null && deadline != null ? deadline : opened;
    if (c != null) {
      said.set(c.period, c.source, c.start);
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
    if (end != SEMICOLON && end != ';') {
      deadline = null; // the sentence is over
    }
    if (said.period != para.period || said.source != para.source) {
      set(s.end, para);
    }
  }

  /** Reads the opening of a clause after the sentence's first: a cue there holds for the rest of the sentence. */
  private int clauseOpening(int cs, int ce) {
    int o = cues.skipOpening(cs, ce);
    TimeCue cc = o < ce ? cues.openingCue(o, ce, Source.CLAUSE, said.period) : null;
    if (cc == null) {
      return o;
    }
    said.set(cc.period, Source.CLAUSE, cc.start);
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
    boolean base = false; // whether that cue is a base of comparison (比2015年, 较“十二五”末)
    boolean former = false; // whether that cue is the year of a value moved from (由2013年的)
    int depth = 0;
    for (int i = from; i < ce; ) {
      char ch = t.charAt(i);
      if (!words.mayStartInside(ch)) {
        i++;
        continue;
      }
      if (former && Grammar.TO.has(ch)) { // "由2013年的2330元增长到8629元": the value reached is no former one
        former = false;
        insideCue = false;
        clause = said.period;
        set(i, said);
      }
      // a term in quotes is a cue read from its opening quote ("较“十二五”末提高8个百分点"); other quoted words are not
      TimeCue a = depth == 0 ? cues.insideCue(i, ce, said.period) : null;
      if (a == null) {
        if (ch == '“' || ch == OPEN_TITLE) {
          depth++;
        } else if (ch == '”' || ch == CLOSE_TITLE) {
          depth = Math.max(0, depth - 1);
        }
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
        // "较“十三五”末期翻一番": the base of this clause's change, not the years of the clauses after it
        base = cues.isBase(a);
        clause = a.period;
        former = a.source == Source.FORMER;
        out.set(a.start, clause, a.source, a.start);
        if (a.sentenceOnly) {
          said.set(a.period, a.source, a.start);
          deadline = a;
        }
      }
      i = Math.max(i + 1, a.end);
    }
    if (clause != said.period || base) {
      set(ce, said); // a base of comparison is its clause's only, even in a review of the years it names
    }
  }

  private void reportOverride(TimeCue c) {
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
}
