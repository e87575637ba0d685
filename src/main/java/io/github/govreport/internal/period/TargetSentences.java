package io.github.govreport.internal.period;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.figure.IndicatorWordings;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.PassageWords;
import io.github.govreport.internal.lexicon.PassageWords.Role;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.SourceText;
import java.util.List;

/**
 * What a sentence does to the main targets: sets more of them (opens with an indicator, a goal or a pledge, states a
 * figure as a target, heads a list of them), or explains them ("提出上述预期目标，综合考虑了…"); and so where a passage
 * ends. Read by the passage finder, also where no phrase names a passage.
 */
public final class TargetSentences {

  private final PassageWords words;
  /** The words that end a passage (提出上述目标), lead a sentence of targets (今年), name goals and pledges. */
  private final WordTable<Integer> stops;
  private final WordTable<Integer> leads;
  private final WordTable<Integer> goals;
  private final WordTable<Integer> pledges;
  /** The words between a name and its figure. */
  private final WordTable<Cue> cues;

  private final SourceText t;
  private final List<Block> blocks;
  private final IndicatorWordings wordings;
  private final FigureScanner scanner;
  private final Segmenter.Cursor cursor;

  TargetSentences(SourceText t, List<Block> blocks, IndicatorWordings wordings, FigureScanner scanner) {
    this.t = t;
    this.blocks = blocks;
    this.wordings = wordings;
    this.scanner = scanner;
    this.cursor = new Segmenter.Cursor(t, 0, 0, false);
    this.words = scanner.vocabulary().passage;
    this.stops = words.of(Role.STOP);
    this.leads = words.of(Role.LEAD);
    this.goals = words.of(Role.GOAL);
    this.pledges = words.of(Role.PLEDGE);
    this.cues = scanner.vocabulary().cues;
  }

  /**
   * Whether {@code [from, to)} names the year's targets (预期目标, 主要目标) in the passage {@code words}: a restatement
   * outside the passage.
   */
  public static boolean namesTargets(SourceText t, int from, int to, PassageWords words) {
    int at = from;
    WordTable<Integer> phrases = words.of(Role.PHRASE);
    while ((at = t.indexOf(PassageFinder.GOAL, at, to)) >= 0) {
      at += PassageFinder.GOAL.length();
      if (phrases.longestEndingAt(t, at, from) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence speaks of the targets set before it: "提出这些预期目标，是综合考虑…", "确定以上目标". */
  boolean explains(Segmenter.Sentence s) {
    int open = Labels.skipLead(t, s.start, s.end);
    return stops.longestAt(t, open, s.end) != null || namesTargets(t, open, s.clauseEnd(0), words);
  }

  boolean setsTargets(Segmenter.Sentence s) {
    if (explains(s)) {
      return false; // it speaks of the targets, it sets none
    }
    int open = Labels.skipLead(t, s.start, s.end);
    WordTable.Match<Integer> lead = leads.longestAt(t, open, s.clauseEnd(0));
    if (lead != null) {
      open += lead.length;
    }
    if (wordings.lengthAt(t, open, s.clauseEnd(0)) > 0) {
      return true;
    }
    for (int i = open; i < s.clauseEnd(0); i++) {
      if (goals.longestAt(t, i, s.clauseEnd(0)) != null || lead != null && pledges.longestAt(t, i, s.clauseEnd(0)) != null) {
        return true;
      }
    }
    return statesATarget(open, s.clauseEnd(0)) || headsAList(s);
  }

  /**
   * Whether a clause states a figure as a target does: after a word of change or level (增长, 控制在, 达到) or with a
   * qualifier after it (左右, 以上): "城乡常住居民人均可支配收入分别增长7%和8%左右", not "重点抓好10方面工作".
   */
  boolean statesATarget(int from, int to) {
    for (Amount a : scanner.scan(t, from, to)) {
      WordTable.Match<Cue> cue = cues.longestEndingAt(t, a.start, from);
      if (a.suffixBound != null || cue != null && !cue.value.passedOver()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence that opens with an aim rather than an indicator lists targets after it ("创新发展取得新成果，
   * 加大研发投入，高新技术产业增加值占比达到8%"; "协调发展取得新成效，常住人口城镇化率提高1.5个百分点以上，…"): most of
   * its later clauses open with an indicator or state a figure.
   */
  boolean headsAList(Segmenter.Sentence s) {
    int listed = 0;
    for (int k = 1; k < s.clauses(); k++) {
      int cs = Labels.skipLead(t, s.clauseStart(k), s.clauseEnd(k));
      if (wordings.lengthAt(t, cs, s.clauseEnd(k)) > 0 || !scanner.scan(t, cs, s.clauseEnd(k)).isEmpty()) {
        listed++;
      }
    }
    return listed > 0 && 2 * listed >= s.clauses() - 1;
  }

  /**
   * Where the passage that starts at {@code start} ends within {@code [start, to)}: after its first sentence,
   * and after each following sentence that sets more targets (one that opens with an indicator or a figure, whose
   * first clause speaks of 指标, that pledges to complete a 目标 or 任务 after 确保 or 力争, or that heads a list of
   * them), over one sentence that sets none when the next sets more, up to a sentence that explains them or two
   * that set none.
   */
  int extent(int start, int to) {
    int end = to;
    boolean first = true;
    int gap = -1; // the start of a sentence that sets no target, read on to see whether the passage goes on after it
    Segmenter.Cursor c = cursor.reset(start, to, false);
    while (c.next()) {
      Segmenter.Sentence s = c.sentence();
      if (!first && !setsTargets(s)) {
        if (gap >= 0 || explains(s)) {
          return gap >= 0 ? gap : s.start;
        }
        gap = s.start; // "开放发展取得新突破，…持续增长。共享发展取得新进步，居民人均可支配收入增长9%以上。"
        continue;
      }
      first = false;
      gap = -1;
      end = Math.min(to, s.end + 1);
    }
    if (gap >= 0) {
      return gap;
    }
    // A paragraph that ends at a full-width line of hard-wrapped text may go on in the next one: so may the
    // passage, while that paragraph's sentences set targets.
    int k = blockEndingAt(to);
    while (end == to && k >= 0 && blocks.get(k).mayGoOn && k + 1 < blocks.size()) {
      Block next = blocks.get(k + 1);
      if (next.kind != null || next.part != Part.BODY) {
        break;
      }
      int more = next.start;
      c = cursor.reset(next.start, next.end, false);
      while (c.next() && setsTargets(c.sentence())) {
        more = Math.min(next.end, c.sentence().end + 1);
      }
      if (more == next.start) {
        break;
      }
      end = more;
      to = next.end;
      k++;
    }
    return end;
  }

  /** The index of the block that ends at {@code offset}, or -1. */
  private int blockEndingAt(int offset) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int e = blocks.get(mid).end;
      if (e == offset) {
        return mid;
      }
      if (e < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
