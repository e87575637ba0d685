package io.github.govreport.internal.period;

import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.period.Periods.Source;

/**
 * A cue of time found in the text, a year, a term or a word that says when the words after it speak: the period it
 * gives and where it was written. Immutable.
 */
final class TimeCue {
  final Period period;
  final int start;
  final int end;
  /** How far the cue holds when it opens a sentence: to the sentence's end only (a future deadline). */
  final boolean sentenceOnly;
  final Source source;

  TimeCue(Period period, int start, int end, boolean sentenceOnly, Source source) {
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
