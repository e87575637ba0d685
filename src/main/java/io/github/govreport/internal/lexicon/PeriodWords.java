package io.github.govreport.internal.lexicon;

import static io.github.govreport.internal.lexicon.Punctuation.QUOTE_OPENERS;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The period cue words of {@code periods.tsv}, by where they are read: at an opening, inside a clause, in a
 * heading; and the words passed over at an opening. Loaded once; immutable and thread-safe.
 */
public final class PeriodWords {

  /** Words read at the opening of a paragraph, a sentence or a clause (and in headings): 五年来, 今年. */
  public final WordTable<Period> openings;
  /**
   * The words of {@link #openings} that speak for their sentence only, not for the paragraphs after it (今后三年: the
   * figures of a plan of a few years, no section of one).
   */
  public final WordTable<Boolean> sentenceOnly;
  /** Words read anywhere in a clause, for the figures after them: 累计, 年均, 一季度. */
  public final WordTable<Period> inside;
  /** Words read only in a part heading, as its default: 回顾, 工作安排. */
  public final WordTable<Period> headings;
  /** Words read first in a heading, after explicit years: 开好局 (the first year of a term is this year). */
  public final WordTable<Period> firstInHeadings;
  /** Words passed over at an opening before a cue is looked for: 各位代表, 初步统计, 其中. */
  public final WordTable<Boolean> skipped;
  /** The tables a heading's words are looked up in. */
  private final List<WordTable<Period>> headingTables;
  /**
   * The chars a cue may start with inside a clause: digits, prepositions, quotes, 十, 连 (cues read by rule), and
   * the first chars of the words read inside; made once with the words.
   */
  private final boolean[] insideStarts = new boolean[65536];

  /** The words by where they are read (a column of periods.tsv: OPENING, SENTENCE, INSIDE, HEADING, FIRST). */
  private PeriodWords(Map<String, Map<String, Period>> byPlace, Map<String, Boolean> skipped) {
    Map<String, Period> openings = new HashMap<>(byPlace.get("OPENING"));
    openings.putAll(byPlace.get("SENTENCE"));
    this.openings = WordTable.of(openings);
    this.sentenceOnly = WordTable.of(Boolean.TRUE, byPlace.get("SENTENCE").keySet().toArray(new String[0]));
    this.inside = WordTable.of(byPlace.get("INSIDE"));
    this.headings = WordTable.of(byPlace.get("HEADING"));
    this.firstInHeadings = WordTable.of(byPlace.get("FIRST"));
    this.skipped = WordTable.of(skipped);
    this.headingTables = List.of(this.openings, this.headings, this.firstInHeadings);
    String rules = "0123456789" + QUOTE_OPENERS.chars() + Grammar.FROM.chars() + Grammar.COMPARE.chars()
        + Grammar.TO.chars() + Numerals.TEN
        + Grammar.STREAK.charAt(0);
    for (char c : rules.toCharArray()) {
      insideStarts[c] = true;
    }
    for (int c = 0; c < insideStarts.length; c++) {
      insideStarts[c] |= this.inside.mayStartWith((char) c);
    }
  }

  /** Whether a cue read inside a clause may start with {@code c}: a cheap test before any look-up. */
  public boolean mayStartInside(char c) {
    return insideStarts[c];
  }

  /**
   * The periods the words of a heading name, years aside: REVIEW_YEAR for "2025年工作回顾", PLAN_YEAR for
   * "2026年工作安排", SEVERAL_YEARS for a five-year term ("“十四五”时期工作回顾"), FUTURE_PLAN for a plan's words.
   * Used to read the years themselves, before any cue can be told by its year.
   */
  public EnumSet<Period> namedInHeading(String title) {
    EnumSet<Period> out = EnumSet.noneOf(Period.class);
    for (int i = 0; i < title.length(); i++) {
      for (int tAt = 0; tAt < headingTables.size(); tAt++) { // indexed: no iterator for every char of a heading
        WordTable.Match<Period> w = headingTables.get(tAt).longestAt(title, i, title.length());
        if (w != null) {
          out.add(w.value);
        }
      }
      char c = title.charAt(i);
      if (c == Numerals.TEN && i + 2 < title.length() && Numerals.plainDigit(title.charAt(i + 2)) == 5
          && Numerals.plainDigit(title.charAt(i + 1)) > 0) { // 十四五
        out.add(Period.SEVERAL_YEARS);
      }
    }
    return out;
  }

  static PeriodWords load(String resource) {
    Map<String, Map<String, Period>> byPlace = new HashMap<>();
    for (String place : PLACES) {
      byPlace.put(place, new HashMap<>());
    }
    Map<String, Boolean> skipped = new HashMap<>();
    for (String[] row : Tsv.rows(resource, 3)) {
      String word = row[0];
      String where = row[2];
      if (row[1].equals("SKIP")) {
        if (!where.equals("OPENING")) {
          throw new IllegalStateException(resource + ": SKIP is read at openings only: " + word);
        }
        put(resource, skipped, word, Boolean.TRUE);
        continue;
      }
      Map<String, Period> table = byPlace.get(where);
      if (table == null) {
        throw new IllegalStateException(resource + ": unknown place '" + where + "' for " + word);
      }
      put(resource, table, word, Period.valueOf(row[1]));
    }
    for (String word : byPlace.get("SENTENCE").keySet()) {
      if (byPlace.get("OPENING").containsKey(word)) {
        throw new IllegalStateException(resource + ": '" + word + "' is read at openings for its paragraph and its"
            + " sentence alone both");
      }
    }
    return new PeriodWords(byPlace, skipped);
  }

  /** The places of periods.tsv's third column. */
  private static final List<String> PLACES = List.of("OPENING", "SENTENCE", "INSIDE", "HEADING", "FIRST");

  private static <V> void put(String resource, Map<String, V> table, String word, V value) {
    if (table.put(word, value) != null) {
      throw new IllegalStateException(resource + ": '" + word + "' is listed twice in one place");
    }
  }
}
