package io.github.govreport.internal.period;

import static io.github.govreport.internal.lexicon.Punctuation.FULL_WIDTH_HYPHEN;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.PeriodWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.period.Periods.Source;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

/**
 * The cues of the period stage, read by rule and from {@code periods.tsv} at one position of the text: an opening
 * (a year, a five-year term, a word of the table), a word inside a clause, a heading. {@link PeriodReader} walks the
 * text and asks; this class only answers. Immutable and thread-safe for one text.
 */
final class PeriodCues {

  private final PeriodWords words;
  private final SourceText t;
  private final int review;
  private final int plan;

  PeriodCues(SourceText t, int reviewYear, int planYear, PeriodWords words) {
    this.words = words;
    this.t = t;
    this.review = reviewYear;
    this.plan = planYear;
  }

  // ---- openings ----

  /** Past labels, dashes, white space, an address and connectives at {@code [i, end)}: where a cue may stand. */
  int skipOpening(int i, int end) {
    int guard = 0;
    while (i < end && guard++ < 16) {
      char c = t.charAt(i);
      if (c == '\n' || c == ' ' || c == '—' || c == LIST_MARK || c == '-') {
        i++;
        continue;
      }
      int label = Labels.skip(t, i, end);
      if (label > i) {
        i = label;
        continue;
      }
      WordTable.Match<Boolean> w = words.skipped.longestAt(t, i, end);
      if (w != null) {
        i += w.length;
        continue;
      }
      break;
    }
    return i;
  }

  /**
   * The cue written at an opening {@code at} of a passage of period {@code context}, or null: a year, a five-year term,
   * some months of the year under review, or a word of the table.
   */
  TimeCue openingCue(int at, int end, Source source, Period context) {
    TimeCue c = yearCue(at, end, source);
    if (c != null) {
      return c.period == null ? null : c;
    }
    c = termCue(at, end, source);
    if (c != null) {
      return c;
    }
    c = context == Period.REVIEW_YEAR ? Months.opening(t, at, end, source) : null;
    if (c != null) {
      return c;
    }
    WordTable.Match<Period> w = words.openings.longestAt(t, at, end);
    if (w != null) {
      // "今年" inside the review is the plan year only when the plan year is what the sentence speaks of.
      WordTable.Match<Boolean> sentence = words.sentenceOnly.longestAt(t, at, end); // "今后三年": its sentence's
      return new TimeCue(w.value, at, at + w.length, sentence != null && sentence.length == w.length, source);
    }
    return null;
  }

  /**
   * A cue inside a clause at {@code i}, read in a sentence of period {@code context}, or null: a year ("从2020年
   * 的", "比2020年", "到2030年"), a term, a run of years ("连续9年") or a word of the table (年均, 累计, 一季度; 去年
   * cited in the plan).
   */
  TimeCue insideCue(int i, int end, Period context) {
    char c = t.charAt(i);
    if (Normalizer.isDigit(c) && i > 0 && (Normalizer.isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.')) {
      return null; // inside a number: years and months are read from their first digit
    }
    if (Normalizer.isDigit(c) || isLead(c)) {
      TimeCue y = yearCue(i, end, Source.INSIDE);
      if (y != null) {
        return y;
      }
      if (c == '1' && i + 1 < end && isRangeMark(t.charAt(i + 1))) {
        return Months.inside(t, i, end, context);
      }
    }
    if (c == '“' || c == Numerals.TEN) {
      return termCue(i, end, Source.INSIDE);
    }
    if (c == Grammar.STREAK.charAt(0)) {
      return runOfYears(i, end);
    }
    WordTable.Match<Period> w = words.inside.longestAt(t, i, end);
    if (w == null) {
      return null;
    }
    if (w.value == Period.SEVERAL_YEARS && i >= 2 && t.charAt(i - 2) == Grammar.PER && t.charAt(i) == Grammar.PER) {
      return null; // "补助标准提高到每人每年670元": the year of a rate per person, not years
    }
    if (w.value == Period.SEVERAL_YEARS && context == Period.FUTURE_PLAN) {
      return null; // "年均增长5%" in a five-year plan's goals: still the plan's
    }
    if (w.value == Period.SEVERAL_YEARS && context == Period.REVIEW_YEAR && yearOnYearAfter(i + w.length, end)) {
      return null; // "累计实现工业增加值4.48亿元，同比增长18.9%": the year's total so far
    }
    if (w.value == Period.PART_OF_YEAR && context != Period.REVIEW_YEAR) {
      return null; // "上半年完成…" in the plan is a deadline of the plan year
    }
    if (w.value == Period.OTHER_YEAR) {
      // "去年" cited in a clause of the plan, but not a base of comparison ("比上年", "与去年持平")
      if (context != Period.PLAN_YEAR || i > 0 && Grammar.BASE_MARKS.has(t.charAt(i - 1))) {
        return null;
      }
    }
    return new TimeCue(w.value, i, i + w.length, false, Source.INSIDE);
  }

  /**
   * Whether {@code c} is a base of comparison: a word of comparison opens it or stands right before it (比2015年,
   * 较“十三五”末期), so that it holds for its own clause only.
   */
  boolean isBase(TimeCue c) {
    return Grammar.COMPARE.has(t.charAt(c.start)) || c.start > 0 && Grammar.COMPARE.has(t.charAt(c.start - 1));
  }

  /**
   * Whether 同比 follows {@code from} in its clause or opens the next, after one mark: a comparison with the same
   * months a year before, which says a total is the year's.
   */
  private boolean yearOnYearAfter(int from, int end) {
    String yoy = Grammar.YEAR_ON_YEAR;
    return t.indexOf(yoy, from, Math.min(t.length(), end + 1 + yoy.length())) >= 0;
  }

  /** Whether {@code c} is a preposition a year may follow: from (从, 由), than (比, 较), to (到, 至). */
  private static boolean isLead(char c) {
    return Grammar.FROM.has(c) || Grammar.COMPARE.has(c) || Grammar.TO.has(c);
  }

  static boolean isRangeMark(char c) {
    return c == '-' || c == '—' || Grammar.TO.has(c) || c == '~' || c == FULL_WIDTH_HYPHEN;
  }

  /** "连续9年", "连续三年": a run of years. */
  private TimeCue runOfYears(int i, int end) {
    if (!t.startsWith(Grammar.STREAK, i)) {
      return null;
    }
    int j = i + Grammar.STREAK.length();
    int n = 0;
    while (j < end && n < 3 && (Normalizer.isDigit(t.charAt(j)) || Numerals.digit(t.charAt(j)) > 0
        || t.charAt(j) == Numerals.TEN)) {
      j++;
      n++;
    }
    if (n == 0 || j >= end || t.charAt(j) != Grammar.YEAR) {
      return null;
    }
    return new TimeCue(Period.SEVERAL_YEARS, i, j + 1, false, Source.INSIDE);
  }

  /** The year written as four digits and 年 at {@code i}, or -1. */
  int yearAt(int i, int end) {
    if (i + 5 > end || t.charAt(i + 4) != Grammar.YEAR || i > 0 && Normalizer.isDigit(t.charAt(i - 1))) {
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
    return y >= 1949 && y <= 2100 && t.charAt(i + 4) == Grammar.YEAR ? y : -1;
  }

  /**
   * A year cue at {@code i}: "2025年" (by the report's years), "从2020年的" (a former value), "比2020年" (a change
   * over several years, unless the base is the year before), "到2030年" / "2030年前" (a deadline), "2020年以来" (several
   * years), "2021—2025年" (several years). At an opening the prepositions are read too.
   */
  TimeCue yearCue(int i, int end, Source source) {
    char c = t.charAt(i);
    int at = i;
    char lead = 0;
    if (isLead(c)) {
      lead = c;
      at = i + 1;
    } else if (!Normalizer.isDigit(c)) {
      return null;
    }
    int y = yearAt(at, end);
    if (y < 0) {
      if (lead == 0 && at + 10 <= end && isRangeMark(t.charAt(at + 4)) && isDigits(at, at + 4)
          && yearAt(at + 5, end) > 0) {
        return new TimeCue(Period.SEVERAL_YEARS, at, at + 10, false, source); // "2021—2025年"
      }
      return null;
    }
    int stop = at + 5;
    if (stop < end && Grammar.YEAR_END.has(t.charAt(stop))) {
      stop++;
    }
    if (plan < 0) {
      return null;
    }
    boolean comparedWith = lead == 0 && i > 0 && Grammar.IN_STEP_JOINERS.has(t.charAt(i - 1))
        && t.startsWith(Grammar.COMPARED_WITH, stop); // "与2020年相比"
    if (Grammar.COMPARE.has(lead) || comparedWith) {
      // "比2024年增长" against the year before is the usual base; an older base makes a change over years, said of
      // its own sentence only when it opens one ("比2020年增长30%。")
      return new TimeCue(y < review - 1 ? Period.SEVERAL_YEARS : null, i, stop, true, Source.INSIDE);
    }
    if (lead == 0 && at >= 5 && isRangeMark(t.charAt(at - 1)) && isDigits(at - 5, at - 1)) {
      return new TimeCue(Period.SEVERAL_YEARS, at - 5, stop, false, source); // "2021—2025年"
    }
    if (stop + 1 < end && t.startsWith(Grammar.SINCE, stop)) {
      return new TimeCue(Period.SEVERAL_YEARS, i, stop + Grammar.SINCE.length(), false, source);
    }
    if (y > plan) {
      return new TimeCue(Period.FUTURE_PLAN, i, stop, true, source);
    }
    if (y == plan) {
      return new TimeCue(Period.PLAN_YEAR, i, stop, false, source);
    }
    if (y == review) {
      return new TimeCue(Period.REVIEW_YEAR, i, stop, false, source);
    }
    if (Grammar.FROM.has(lead)) {
      return new TimeCue(Period.OTHER_YEAR, i, stop, false, Source.FORMER);
    }
    return new TimeCue(Period.OTHER_YEAR, i, stop, false, source);
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
  TimeCue termCue(int i, int end, Source source) {
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
    return new TimeCue(p, i, stop, false, source);
  }

  /** The term written at {@code j}: 十一五 … 十九五 (11–19), 十五 (10) and 九五 (9), then 五; or -1. */
  private int termNumber(int j, int end) {
    if (j + 2 > end) {
      return -1;
    }
    char a = t.charAt(j);
    char b = t.charAt(j + 1);
    boolean ten = a == Numerals.TEN;
    if (ten && j + 2 < end && Numerals.plainDigit(t.charAt(j + 2)) == 5 && Numerals.plainDigit(b) > 0) {
      return 10 + Numerals.plainDigit(b); // 十四五
    }
    if ((ten || Numerals.plainDigit(a) == 9) && Numerals.plainDigit(b) == 5) {
      return ten ? 10 : 9; // 十五, 九五
    }
    return -1;
  }

  // ---- headings ----

  /**
   * The period a part heading gives its part, or null: an explicit year of the plan or the review first, then
   * the first year of a term (开好局), then a term, a future year or the words of an opening (过去五年), then the
   * generic words of a review or a plan (回顾, 工作安排).
   */
  TimeCue headingCue(int from, int to) {
    TimeCue strong = strongHeadingCue(from, to);
    if (strong != null) {
      return strong;
    }
    for (int i = from; i < to; i++) {
      WordTable.Match<Period> w = words.headings.longestAt(t, i, to);
      if (w != null) {
        return new TimeCue(w.value, i, i + w.length, false, Source.HEADING);
      }
    }
    return null;
  }

  /** The cue of a heading that overrides the part's default even in a section heading, or null. */
  TimeCue strongHeadingCue(int from, int to) {
    TimeCue planYear = null;
    TimeCue reviewYear = null;
    TimeCue first = null;
    TimeCue other = null;
    for (int i = from; i < to; i++) {
      TimeCue y = yearCue(i, to, Source.HEADING);
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
      WordTable.Match<Period> f = words.firstInHeadings.longestAt(t, i, to);
      if (f != null && first == null) {
        first = new TimeCue(f.value, i, i + f.length, false, Source.HEADING);
      }
      if (other == null) {
        TimeCue term = termCue(i, to, Source.HEADING);
        if (term != null) {
          other = term;
        } else {
          WordTable.Match<Period> w = words.openings.longestAt(t, i, to);
          if (w != null && w.value != Period.PLAN_YEAR && w.value != Period.REVIEW_YEAR) {
            other = new TimeCue(w.value, i, i + w.length, false, Source.HEADING);
          } else if (w != null && reviewYear == null && w.value == Period.REVIEW_YEAR) {
            reviewYear = new TimeCue(w.value, i, i + w.length, false, Source.HEADING);
          } else if (w != null && planYear == null && w.value == Period.PLAN_YEAR) {
            planYear = new TimeCue(w.value, i, i + w.length, false, Source.HEADING);
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
      return new TimeCue(other.period, other.start, other.end, false, Source.HEADING);
    }
    return null;
  }
}
