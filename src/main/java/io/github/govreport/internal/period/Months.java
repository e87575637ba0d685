package io.github.govreport.internal.period;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.period.Periods.Source;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

/** The months of the year under review written as a span ("1-11月", "截至11月底"): a part of the year. Stateless. */
final class Months {

  private Months() {}

  /**
   * Some months of the year opening a sentence, for that sentence only: "1-11月，…", "截至11月底，…" (a month before
   * December); null otherwise. Only a review speaks so of its year's months.
   */
  static TimeCue opening(SourceText t, int at, int end, Source source) {
    TimeCue span = t.charAt(at) == '1' && at + 1 < end && PeriodCues.isRangeMark(t.charAt(at + 1))
        ? inside(t, at, end, Period.REVIEW_YEAR) : null;
    if (span != null) {
      return new TimeCue(Period.PART_OF_YEAR, at, span.end, true, source);
    }
    int m = t.startsWith(Grammar.UNTIL, at) ? at + Grammar.UNTIL.length() : -1;
    int digits = m;
    while (digits >= 0 && digits < end && digits - m < 2 && Normalizer.isDigit(t.charAt(digits))) {
      digits++;
    }
    return digits > m && digits < end && t.charAt(digits) == Grammar.MONTH && Integer.parseInt(t.text(m, digits)) < 12
        ? new TimeCue(Period.PART_OF_YEAR, at, digits + 1, true, source) : null;
  }

  /** "1-11月", "1至9月": some months of the year, in the review only. */
  static TimeCue inside(SourceText t, int i, int end, Period context) {
    int j = i + 2;
    int digits = 0;
    while (j < end && Normalizer.isDigit(t.charAt(j)) && digits < 2) {
      j++;
      digits++;
    }
    if (digits == 0 || j >= end || t.charAt(j) != Grammar.MONTH || context != Period.REVIEW_YEAR) {
      return null;
    }
    return new TimeCue(Period.PART_OF_YEAR, i, j + 1, false, Source.INSIDE);
  }
}
