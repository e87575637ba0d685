package io.github.govreport.internal.lexicon;

import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitCatalog;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words one parser reads of the kinds a caller can add to: the name words (the bundled {@code names.tsv} with
 * the caller's), and the units as written after a figure (the caller's unit catalog, each base unit with every
 * multiplier). Built once per parser and handed to every stage that reads such words, so that a word added
 * through the parser's builder reaches each of them; no stage reads the bundled name words or units on its own.
 * The kinds of word no caller adds are the bundled tables, loaded once: the cues, period, origin, passage and line
 * words and the word lists of {@code words.tsv} are handed to their stages through this vocabulary too.
 * Immutable and thread-safe.
 */
public final class Vocabulary {

  private static final Vocabulary BUILT_IN = new Vocabulary(Lexicon.NAMES, UnitCatalog.defaults());

  /** The words of names: scopes, verbs, adverbs, openers of a predicate … each with its one role. */
  public final NameWords names;
  /** The units a figure may be written with, by symbol as written (亿元, 万千瓦, 万 alone). */
  public final WordTable<Unit> units;
  /** The words that say a figure's period ({@code periods.tsv}): 五年来, 累计, 一季度, 回顾. */
  public final PeriodWords periods;
  /** The words of a report's origin ({@code origin.tsv}): titles, signatures, 代表 … 人民政府. */
  public final OriginWords origin;
  /** The words of the main targets passage ({@code passage.tsv}): its intros, leads, phrases and stops. */
  public final PassageWords passage;
  /** The words of a scraped page's lines ({@code noise.tsv}): furniture, captions, a collector's fields. */
  public final LineWords lines;
  /** The words between a name and its figure, read from the figure backwards ({@code cues.tsv}): 增长, 达到, 左右. */
  public final WordTable<Cue> cues;
  /** The words stripped from the start of a name ({@code leading.tsv}): connectives, time adverbs, list labels. */
  public final WordTable<Cue> leading;
  /** The words that, anywhere in a clause, say something of all its figures: 力争, 预计. */
  public final WordTable<Lexicon.Mark> marks;
  /** The word lists of {@code words.tsv} and the heads of {@code heads.tsv}: comparisons, heads, contractions … */
  public final ListWords lists;

  private Vocabulary(NameWords names, UnitCatalog catalog) {
    this.names = names;
    this.units = unitsAsWritten(catalog);
    this.periods = Lexicon.PERIODS;
    this.origin = Lexicon.ORIGIN;
    this.passage = Lexicon.PASSAGE;
    this.lines = Lexicon.LINES;
    this.cues = Lexicon.CUES;
    this.leading = Lexicon.LEADING;
    this.marks = Lexicon.MARKS;
    this.lists = Lexicon.LISTS;
  }

  /** The bundled words and units, which a parser built without additions reads. */
  public static Vocabulary builtIn() {
    return BUILT_IN;
  }

  /**
   * The bundled name words with {@code addedNames}, whose roles are given as the values of another enum with the
   * same constant names (the public {@code NameLexicon.Role}), and the units of {@code units}.
   *
   * @throws IllegalArgumentException if a role has no role of that name here, or a word already has another role
   */
  public static Vocabulary of(Map<String, ? extends Enum<?>> addedNames, UnitCatalog units) {
    if (addedNames.isEmpty() && units == UnitCatalog.defaults()) {
      return BUILT_IN;
    }
    return new Vocabulary(Lexicon.NAMES.withRolesNamed(addedNames), units);
  }

  /** Every base unit of {@code catalog}, with each multiplier before it, and the multipliers that stand alone. */
  private static WordTable<Unit> unitsAsWritten(UnitCatalog catalog) {
    Map<String, Unit> all = new TreeMap<>();
    for (String base : catalog.units().keySet()) {
      all.put(base, catalog.parse(base));
      for (String m : UnitCatalog.multipliers().keySet()) {
        all.put(m + base, catalog.parse(m + base));
      }
    }
    for (String m : Lexicon.LISTS.loneMultipliers) {
      all.put(m, catalog.parse(m));
    }
    return WordTable.of(all);
  }
}
