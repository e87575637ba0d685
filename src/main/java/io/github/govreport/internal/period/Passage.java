package io.github.govreport.internal.period;

import io.github.govreport.model.IndicatorKey;
import java.util.List;
import java.util.Set;

/** A main targets passage: its normalised range, the phrase that introduced it and what its clauses open with. */
public final class Passage {
  public final int start;
  public final int end;
  final int phraseStart;
  final int phraseEnd;
  final int rank;
  final int periodRank;
  final int indicators;
  final boolean allIndicators;
  /** The indicators its clauses open with. */
  final Set<IndicatorKey> keys;
  /** Whether no phrase introduced it: it was found by what it says (the plan's growth target). */
  public final boolean byContent;

  /** The phrase that introduced a passage: its range, how strongly it names targets, how clearly their year. */
  static final class Phrase {
    final int start;
    final int end;
    final int rank;
    final int periodRank;

    Phrase(int start, int end, int rank, int periodRank) {
      this.start = start;
      this.end = end;
      this.rank = rank;
      this.periodRank = periodRank;
    }
  }

  /** What a passage's clauses open with: how many with an indicator, which, and whether all of them do. */
  static final class Content {
    final int indicators;
    final boolean allIndicators;
    final Set<IndicatorKey> keys;

    Content(int indicators, boolean allIndicators, Set<IndicatorKey> keys) {
      this.indicators = indicators;
      this.allIndicators = allIndicators;
      this.keys = keys;
    }
  }

  Passage(int start, int end, Phrase phrase, Content content, boolean byContent) {
    this.start = start;
    this.end = end;
    this.phraseStart = phrase.start;
    this.phraseEnd = phrase.end;
    this.rank = phrase.rank;
    this.periodRank = phrase.periodRank;
    this.indicators = content.indicators;
    this.allIndicators = content.allIndicators;
    this.keys = content.keys;
    this.byContent = byContent;
  }

  /** This passage, found by what it says rather than by a phrase. */
  Passage foundByContent() {
    return new Passage(start, end, new Phrase(phraseStart, phraseEnd, rank, periodRank),
        new Content(indicators, allIndicators, keys), true);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ") rank " + rank + " period " + periodRank + " indicators " + indicators;
  }

  /** Whether one of {@code passages} holds normalised offset {@code at}. */
  public static boolean anyHolds(List<Passage> passages, int at) {
    for (int k = 0; k < passages.size(); k++) { // indexed: no iterator
      Passage p = passages.get(k);
      if (p.start <= at && at < p.end) {
        return true;
      }
    }
    return false;
  }
}
