package io.github.govreport.internal.period;

import io.github.govreport.internal.lexicon.Period;
import java.util.Arrays;
import java.util.List;

/**
 * The period of every offset of a normalised text: a sequence of pieces, each running from its start to the
 * next piece's start, with the {@link Period} it speaks of, the evidence that decided it ({@link Source}) and
 * the span of the cue words (empty for a default). Built by the {@link PeriodReader}, completed once the main
 * targets passage is known ({@link #settle}), then only read. Confined to the parse that made it: lookups
 * remember where the last one landed.
 */
public final class Periods {

  /** What decided a piece's period, from the weakest evidence to the strongest. */
  public enum Source {
    /** Nothing: the text before a first cue, or outside the speech. */
    NONE,
    /** Where the piece lies: before the main targets passage is the review, after it the plan. */
    POSITION,
    /** A part or section heading: "一、2025年工作回顾", "二、“十五五”时期主要目标任务". */
    HEADING,
    /** The opening of a paragraph or a sentence: "五年来，", "各位代表，刚刚过去的2025年，". */
    OPENING,
    /** The opening of a clause, to the end of its sentence: "…年均增长6%，2024年达到1.3万亿元". */
    CLAUSE,
    /** A word inside a clause, to the clause's end: "年均", "累计", "一季度", "比2020年". */
    INSIDE,
    /** The year of a value moved from: "从2020年的51.4%提升到…". */
    FORMER,
    /** The main targets passage, which speaks of the plan year whatever surrounds it. */
    PASSAGE
  }

  private int[] starts = new int[64];
  private Period[] periods = new Period[64];
  private Source[] sources = new Source[64];
  private int[] cueStarts = new int[64];
  private int size;

  /**
   * Sets the period from {@code start} on, until the next call's start; a call at the same start as the last
   * one replaces it, and a call that changes nothing is dropped. Starts must not decrease.
   */
  void set(int start, Period period, Source source, int cueStart) {
    if (size > 0 && starts[size - 1] == start) {
      size--;
    }
    if (size > 0 && periods[size - 1] == period && sources[size - 1] == source && cueStarts[size - 1] == cueStart) {
      return;
    }
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      periods = Arrays.copyOf(periods, n);
      sources = Arrays.copyOf(sources, n);
      cueStarts = Arrays.copyOf(cueStarts, n);
    }
    starts[size] = start;
    periods[size] = period;
    sources[size] = source;
    cueStarts[size] = cueStart;
    size++;
  }

  /** The piece the last lookup found: lookups mostly walk the text forward, so the next one is near. */
  private int hint;

  /** The index of the piece holding {@code offset}, or -1 before the first piece. */
  int pieceAt(int offset) {
    int h = hint;
    if (h < size && starts[h] <= offset) {
      if (h + 1 == size || offset < starts[h + 1]) {
        return h;
      }
      if (h + 2 == size || h + 2 < size && offset < starts[h + 2] && offset >= starts[h + 1]) {
        hint = h + 1;
        return h + 1;
      }
    }
    int i = Arrays.binarySearch(starts, 0, size, offset);
    i = i >= 0 ? i : -i - 2;
    hint = Math.max(0, i);
    return i;
  }

  /** The period of the text at {@code offset}; {@link Period#NONE} before any piece. */
  public Period at(int offset) {
    int i = pieceAt(offset);
    return i < 0 ? Period.NONE : periods[i];
  }

  /** What decided the period at {@code offset}. */
  public Source sourceAt(int offset) {
    int i = pieceAt(offset);
    return i < 0 ? Source.NONE : sources[i];
  }

  /** The start of the cue that decided the period at {@code offset}, or -1 for a default. */
  public int cueStartAt(int offset) {
    int i = pieceAt(offset);
    return i < 0 ? -1 : cueStarts[i];
  }

  /** The number of pieces. */
  int size() {
    return size;
  }

  int start(int piece) {
    return starts[piece];
  }

  Period period(int piece) {
    return periods[piece];
  }

  /**
   * Completes the map once the main targets passages are known: each passage speaks of the plan year, and
   * what nothing decided ({@link Period#UNKNOWN}) is the review before the first passage and the plan after
   * it (the whole text is the review when there is no passage). Passages are {@code [start, end)} pairs in
   * order.
   */
  public Periods settle(List<int[]> passages) {
    Periods out = new Periods();
    int firstPassage = passages.isEmpty() ? Integer.MAX_VALUE : passages.get(0)[0];
    int p = 0;
    for (int i = 0; i < size; i++) {
      int e = i + 1 < size ? starts[i + 1] : Integer.MAX_VALUE;
      int at = starts[i];
      while (at < e) {
        while (p < passages.size() && passages.get(p)[1] <= at) {
          p++;
        }
        if (p < passages.size() && passages.get(p)[0] <= at) {
          int[] range = passages.get(p);
          out.set(at, Period.PLAN_YEAR, Source.PASSAGE, range[0]);
          at = Math.min(e, range[1]);
        } else {
          int next = p < passages.size() ? Math.min(e, passages.get(p)[0]) : e;
          out.set(at, resolve(i, at, firstPassage), sourceOf(i), cueStarts[i]);
          at = next;
        }
      }
    }
    return out;
  }

  private Source sourceOf(int i) {
    return periods[i] == Period.UNKNOWN ? Source.POSITION : sources[i];
  }

  private Period resolve(int i, int at, int firstPassage) {
    if (periods[i] != Period.UNKNOWN) {
      return periods[i];
    }
    return at >= firstPassage ? Period.PLAN_YEAR : Period.REVIEW_YEAR;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < size; i++) {
      b.append(starts[i]).append(':').append(periods[i]).append('/').append(sources[i]).append(' ');
    }
    return b.toString();
  }
}
