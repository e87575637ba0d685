package io.github.govreport.internal.period;

import static io.github.govreport.internal.lexicon.Punctuation.CLAUSE_STARTS;
import static io.github.govreport.internal.lexicon.Punctuation.COLON;
import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_STOP;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;
import static io.github.govreport.internal.lexicon.Punctuation.SENTENCE_ENDS;

import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.figure.IndicatorWordings;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.PassageWords;
import io.github.govreport.internal.lexicon.PassageWords.Role;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.segment.Segments;
import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.IndicatorKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the main targets passage on any wording and in any position: introduced by 主要预期目标, 预期目标, 主要目标
 * or (主要)预期调控目标, with or without a colon, as a list, a paragraph or one sentence ("今年经济增长预期目标为7%
 * 左右"), under a heading that names it, in a part that names a five-year plan or next to a sentence that does.
 *
 * <p>Every such phrase is a candidate unless it restates targets already set ("实现上述预期目标", "年初确定的预期
 * 目标") or names a five-year plan's own goals in its sentence ("“十五五”时期经济社会发展的主要目标是：", "到2030年").
 * Among the candidates the one in the plan year's period whose clauses open with indicators wins; a second
 * candidate of the plan year whose every clause is an indicator with a figure is a passage too (a jobs target
 * stated in another section). A passage ends where its clauses end: at a sentence that explains the targets
 * ("确定以上目标，主要考虑…"), at a sentence that opens with no indicator, at a heading.
 */
public final class PassageFinder {

  /** The word every phrase of the passage ends with. */
  static final String GOAL = Grammar.GOAL;
  /** The passage's phrases (主要预期目标), its intros (是：) and the words of a target restated (要完成). */
  private final WordTable<Integer> phrases;
  private final WordTable<Integer> intros;
  private final WordTable<Integer> restated;
  /** How far back from a phrase its sentence is looked for; sentences are shorter. */
  private static final int SENTENCE_WINDOW = 200;
  /** Candidates looked at, in text order; a report mentions its targets a handful of times. */
  private static final int MAX_CANDIDATES = 64;
  /** Passages kept: the year's, and at most two more stated elsewhere. */
  private static final int MAX_PASSAGES = 3;

  private final SourceText t;
  private final List<Block> blocks;
  private final Periods periods;
  private final IndicatorWordings wordings;
  private final FigureScanner scanner;
  private final Segmenter.Cursor cursor;
  private final TargetSentences sentences;

  private PassageFinder(SourceText t, List<Block> blocks, Periods periods, IndicatorWordings wordings,
      FigureScanner scanner) {
    this.t = t;
    this.blocks = blocks;
    this.periods = periods;
    this.wordings = wordings;
    this.scanner = scanner;
    this.cursor = new Segmenter.Cursor(t, 0, 0, false);
    this.sentences = new TargetSentences(t, blocks, wordings, scanner);
    PassageWords words = scanner.vocabulary().passage;
    this.phrases = words.of(Role.PHRASE);
    this.intros = words.of(Role.INTRO);
    this.restated = words.of(Role.RESTATED);
  }

  /** The passages of a text, in text order; empty when there is none. */
  public static List<Passage> find(SourceText t, List<Block> blocks, Periods periods, IndicatorWordings wordings,
      FigureScanner scanner) {
    return new PassageFinder(t, blocks, periods, wordings, scanner).find();
  }

  private List<Passage> find() {
    List<Passage> candidates = new ArrayList<>();
    int seen = 0;
    for (int k = 0; k < blocks.size() && seen < MAX_CANDIDATES; k++) {
      Block b = blocks.get(k);
      if (b.part != Part.BODY) {
        continue;
      }
      // Every phrase ends in 目标: look for that, then for the longest phrase ending there.
      int from = b.start;
      int at;
      while ((at = t.indexOf(GOAL, from, b.end)) >= 0 && seen < MAX_CANDIDATES) {
        int phraseEnd = at + GOAL.length();
        WordTable.Match<Integer> m = phrases.longestEndingAt(t, phraseEnd, b.start);
        from = phraseEnd;
        if (m == null) {
          continue;
        }
        seen++;
        Passage p = candidate(k, phraseEnd - m.length, phraseEnd, m.value);
        if (p != null) {
          candidates.add(p);
        }
      }
    }
    Passage best = null;
    for (Passage p : candidates) {
      if (p.rank < 2 && p.indicators == 0) {
        continue; // "主要目标是：" without a single indicator: a reform's goals
      }
      if (best == null || BY_STRENGTH.compare(p, best) > 0) {
        best = p;
      }
    }
    List<Passage> out = new ArrayList<>();
    if (best == null) {
      return byContent();
    }
    out.add(best);
    for (Passage p : candidates) {
      if (out.size() < MAX_PASSAGES && p != best && p.periodRank >= 2 && p.rank >= 2 && p.indicators > 0
          && p.allIndicators && !overlaps(p, out) && newIndicators(p, out)) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(p -> p.start));
    return out;
  }

  /**
   * Without a phrase that names the targets (a report of older years: "根据…目标任务，今年，国内生产总值增长8.5％。这个
   * 指标是指导性的。…全部财政收入增长7.1％…"): the passages of the plan year's paragraph that first sets the growth
   * target, from that target on, each run of its sentences that set targets, up to {@link #MAX_PASSAGES}; the
   * sentences between them that explain are left out. Empty when no such paragraph is found.
   */
  private List<Passage> byContent() {
    List<Passage> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b.part != Part.BODY) {
        continue;
      }
      int anchor = growthTargetAt(b);
      if (anchor < 0) {
        continue;
      }
      int runStart = anchor;
      int runEnd = -1;
      Segmenter.Cursor c = new Segmenter.Cursor(t, anchor, b.end, false);
      while (c.next() && out.size() < MAX_PASSAGES) {
        Segmenter.Sentence s = c.sentence();
        boolean sets = s.start == anchor || sentences.setsTargets(s);
        if (sets) {
          runStart = runEnd < 0 ? Math.min(runStart, s.start) : runStart;
          runEnd = Math.min(b.end, s.end + 1);
        } else if (runEnd >= 0) {
          out.add(scored(runStart, runEnd, new Passage.Phrase(anchor, anchor, 0, 3)).foundByContent());
          runEnd = -1;
          runStart = Integer.MAX_VALUE;
        } else {
          runStart = Integer.MAX_VALUE;
        }
        if (!sets && runEnd < 0) {
          runStart = Integer.MAX_VALUE;
        }
      }
      if (runEnd >= 0 && out.size() < MAX_PASSAGES) {
        out.add(scored(runStart, runEnd, new Passage.Phrase(anchor, anchor, 0, 3)).foundByContent());
      }
      return out;
    }
    return out;
  }

  /**
   * Where, in a paragraph of the plan year, a clause opens with the catalog's growth indicator and states a target
   * for it ("今年，国内生产总值增长8.5％"); -1 when none does.
   */
  private int growthTargetAt(Block b) {
    Segmenter.Cursor c = new Segmenter.Cursor(t, Segments.bodyStart(b), b.end, false);
    while (c.next()) {
      Segmenter.Sentence s = c.sentence();
      for (int k = 0; k < s.clauses(); k++) {
        int cs = Labels.skipLead(t, s.clauseStart(k), s.clauseEnd(k));
        IndicatorDefinition d = wordings.at(t, cs, s.clauseEnd(k));
        if (d != null && d.key().equals(IndicatorKey.GDP) && periods.at(cs) == Period.PLAN_YEAR
            && sentences.statesATarget(cs, s.clauseEnd(k))) {
          return cs;
        }
      }
    }
    return -1;
  }

  /** Whether a passage sets targets for indicators none of the kept ones sets: not the same passage again. */
  private static boolean newIndicators(Passage p, List<Passage> kept) {
    for (Passage q : kept) {
      for (IndicatorKey k : p.keys) {
        if (q.keys.contains(k)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean overlaps(Passage p, List<Passage> kept) {
    for (Passage q : kept) {
      if (p.start < q.end && q.start < p.end) {
        return true;
      }
    }
    return false;
  }

  /** Plan year first, then passages of indicators, then the stronger phrase, then the earlier. */
  private static final Comparator<Passage> BY_STRENGTH = Comparator.<Passage>comparingInt(p -> p.periodRank)
      .thenComparingInt(p -> Math.min(p.indicators, 3))
      .thenComparingInt(p -> p.rank)
      .thenComparingInt(p -> p.indicators)
      .thenComparingInt(p -> -p.start);

  private Passage candidate(int k, int at, int phraseEnd, int rank) {
    Block b = blocks.get(k);
    int sentenceStart = at;
    while (sentenceStart > b.start && at - sentenceStart < SENTENCE_WINDOW
        && !SENTENCE_ENDS.has(t.charAt(sentenceStart - 1))) {
      sentenceStart--;
    }
    if (restated.longestEndingAt(t, at, sentenceStart) != null) {
      return null; // "实现上述预期目标", "年初确定的主要预期目标"
    }
    int periodRank = periodRank(at, sentenceStart);
    if (periodRank < 0) {
      return null;
    }
    int j = phraseEnd;
    WordTable.Match<Integer> intro = intros.longestAt(t, j, b.end);
    int colon = colonAfter(j, b.end);
    int start;
    int end;
    if (colon >= 0) {
      start = colon + 1;
      if (b.end - start < 4) {
        return nextBlocks(k, at, phraseEnd, rank, periodRank);
      }
      end = sentences.extent(start, b.end);
    } else if (intro != null) {
      start = afterIntro(j + intro.length, at, sentenceStart, b.end);
      if (start < 0) {
        return null;
      }
      end = sentences.extent(start, b.end);
    } else if (b.isHeading() && b.end - b.start <= 40 && b.end - phraseEnd <= 2) {
      // "（二）主要预期目标": the targets are the next paragraph.
      if (k + 1 >= blocks.size() || blocks.get(k + 1).kind != null || blocks.get(k + 1).part != Part.BODY) {
        return null;
      }
      Block next = blocks.get(k + 1);
      start = next.start;
      end = sentences.extent(next.start, next.end);
    } else {
      return null;
    }
    return scored(start, end, new Passage.Phrase(at, phraseEnd, rank, periodRank));
  }

  /** The colon just after a phrase ("主要预期目标是："), within a few chars and before any other mark, or -1. */
  private int colonAfter(int j, int end) {
    for (int c = j; c < end && c <= j + 8; c++) {
      char ch = t.charAt(c);
      if (ch == COLON || ch == ':') {
        return c;
      }
      if (ch == COMMA || ch == FULL_STOP || ch == SEMICOLON || ch == '\n') {
        break;
      }
    }
    return -1;
  }

  /**
   * Where the targets start after a phrase and its intro word ending at {@code after} ("预期目标为"): there, or at the
   * clause before the phrase when a figure follows ("今年经济增长预期目标为7%左右"); -1 at the block's end.
   */
  private int afterIntro(int after, int at, int sentenceStart, int end) {
    if (after < end && (t.charAt(after) == COMMA || t.charAt(after) == ',')) {
      after++;
    }
    if (after >= end) {
      return -1;
    }
    if (!Normalizer.isDigit(t.charAt(after))) {
      return after;
    }
    int start = at; // the indicator is written before the phrase
    while (start > sentenceStart && !CLAUSE_STARTS.has(t.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** "…主要预期目标是：" ends its line: the targets are the next paragraph, or the list items that follow. */
  private Passage nextBlocks(int k, int at, int phraseEnd, int rank, int periodRank) {
    if (k + 1 >= blocks.size() || blocks.get(k + 1).part != Part.BODY) {
      return null;
    }
    Block next = blocks.get(k + 1);
    if (next.kind == null) {
      return scored(next.start, sentences.extent(next.start, next.end), new Passage.Phrase(at, phraseEnd, rank, periodRank));
    }
    int last = k;
    for (int m = k + 1; m < blocks.size(); m++) {
      LabelKind kind = blocks.get(m).kind;
      if (kind == LabelKind.DASH || kind == LabelKind.ARABIC_DOT || kind == LabelKind.ARABIC_PAREN
          || kind == LabelKind.ORDINAL_SHI || kind == LabelKind.CIRCLED) {
        last = m;
      } else {
        break;
      }
    }
    if (last == k) {
      return null;
    }
    return scored(blocks.get(k + 1).start, blocks.get(last).end, new Passage.Phrase(at, phraseEnd, rank, periodRank));
  }

  /**
   * How the phrase's period ranks it: the plan year 3, nothing said 2, a five-year part (said by a heading
   * or an earlier sentence) 1, the review 0; -1 when its own sentence names a five-year plan or a later year.
   */
  private int periodRank(int at, int sentenceStart) {
    Period p = periods.at(at);
    boolean ownSentence = periods.cueStartAt(at) >= sentenceStart;
    switch (p) {
      case PLAN_YEAR:
        return 3;
      case UNKNOWN:
        return 2;
      case FUTURE_PLAN:
      case SEVERAL_YEARS:
        return ownSentence ? -1 : 1;
      case REVIEW_YEAR:
        return 0;
      default:
        return -1;
    }
  }

  private Passage scored(int start, int end, Passage.Phrase phrase) {
    int indicators = 0;
    boolean all = true;
    Set<IndicatorKey> keys = new HashSet<>();
    Segmenter.Cursor c = cursor.reset(start, end, false);
    while (c.next()) {
      Segmenter.Sentence s = c.sentence();
      for (int k = 0; k < s.clauses(); k++) {
        int cs = Labels.skipLead(t, s.clauseStart(k), s.clauseEnd(k));
        IndicatorDefinition d = wordings.at(t, cs, s.clauseEnd(k));
        if (d != null) {
          indicators++;
          keys.add(d.key());
        } else if (!scanner.scan(t, cs, s.clauseEnd(k)).isEmpty() || s.clauseEnd(k) - cs > 4) {
          all = false;
        }
      }
    }
    return new Passage(start, end, phrase, new Passage.Content(indicators, all, keys), false);
  }
}
