package io.github.govreport.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the domain that the parser's steps apply: qualifiers, verbs of change, fillers, noise lines,
 * part headings, project statuses. Tables only, no scanning logic; each table says what its words mean.
 */
public final class Lexicon {

  private Lexicon() {}

  /** Signs a collector's conversion mangled, by how they are written ({@code signs.tsv}): _M_M_ for %. */
  public static final WordTable<Character> MANGLED_SIGNS = WordTable.of(signs());

  private static Map<String, Character> signs() {
    Map<String, Character> m = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/signs.tsv", 2)) {
      if (row[1].length() != 1 || m.put(row[0], row[1].charAt(0)) != null) {
        throw new IllegalStateException("signs.tsv: '" + row[0] + "' is listed twice or stands for no one sign");
      }
    }
    return m;
  }

  /** The bundled words of an indicator's name ({@code names.tsv}): scopes, times, verbs, adverbs, particles, stretch
   * and estimate words; declared first, as the lists below read it. The stages read them, with a caller's own, through
   * the parser's {@link Vocabulary}. */
  public static final NameWords NAMES = NameWords.load("/io/github/govreport/lexicon/names.tsv");

  /** The words of a stretch goal (力争); declared before {@link #CUES}, which reads them. */
  public static final ImmutableList<String> STRETCH_WORDS = ImmutableList.copyOf(NAMES.words(NameWords.Role.STRETCH));

  /** The words of an estimate (预计, 初步统计); declared before {@link #CUES}, which reads them. */
  public static final ImmutableList<String> ESTIMATE_WORDS = ImmutableList.copyOf(NAMES.words(NameWords.Role.ESTIMATE));

  /** Words between a name and its figure, read from the figure backwards. */
  public static final WordTable<Cue> CUES = WordTable.of(cues());

  private static Map<String, Cue> cues() {
    Map<String, Cue> m = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/cues.tsv", 2)) {
      putOnce(m, row[0], Cue.valueOf(row[1]), "cues.tsv");
    }
    ESTIMATE_WORDS.forEach(w -> putOnce(m, w, Cue.ESTIMATE, "cues.tsv and names.tsv")); // one list of each
    STRETCH_WORDS.forEach(w -> putOnce(m, w, Cue.STRETCH, "cues.tsv and names.tsv"));
    return m;
  }

  private static void putOnce(Map<String, Cue> m, String word, Cue cue, String where) {
    Cue before = m.put(word, cue);
    if (before != null) {
      throw new IllegalStateException(where + ": '" + word + "' is both " + before + " and " + cue);
    }
  }

  /** Words stripped from the start of a name: connectives, time adverbs, list labels. */
  public static final WordTable<Cue> LEADING = WordTable.of(leading());

  private static Map<String, Cue> leading() {
    Map<String, Cue> m = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/leading.tsv", 1)) {
      putOnce(m, row[0], Cue.FILLER, "leading.tsv");
    }
    ESTIMATE_WORDS.forEach(w -> putOnce(m, w, Cue.ESTIMATE, "leading.tsv and names.tsv")); // one list of each
    STRETCH_WORDS.forEach(w -> putOnce(m, w, Cue.STRETCH, "leading.tsv and names.tsv"));
    return m;
  }

  /**
   * The word lists of {@code words.tsv} and the heads of {@code heads.tsv}: read by the stages through the parser's
   * {@link Vocabulary}.
   */
  public static final ListWords LISTS = new ListWords();

  /**
   * The words of a scraped page's lines ({@code noise.tsv}, and the openers that continue a line): read by the line
   * joiner through the parser's {@link Vocabulary}.
   */
  public static final LineWords LINES = LineWords.load("/io/github/govreport/lexicon/noise.tsv",
      WordLists.list("CONTINUING_OPENERS"));

  /**
   * The HTML5 named character references that stand for one char of the Basic Multilingual Plane
   * ({@code entities.tsv}): ldquo → “, hellip → …; read by the normaliser.
   */
  public static final ImmutableMap<String, Character> HTML_ENTITIES = entities();

  private static ImmutableMap<String, Character> entities() {
    ImmutableMap.Builder<String, Character> m = ImmutableMap.builder();
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/entities.tsv", 2)) {
      String[] cps = row[1].split(" ");
      int cp = Integer.parseInt(cps[0], 16);
      if (cps.length == 1 && cp <= 0xFFFF) {
        m.put(row[0], (char) cp);
      }
    }
    return m.buildOrThrow();
  }

  /** The period cue words ({@code periods.tsv}), read by the period stage only. */
  public static final PeriodWords PERIODS = PeriodWords.load("/io/github/govreport/lexicon/periods.tsv");

  /** The words of a report's origin ({@code origin.tsv}, and the scopes of names), read by the origin stage. */
  public static final OriginWords ORIGIN = OriginWords.load("/io/github/govreport/lexicon/origin.tsv",
      NAMES.words(NameWords.Role.SCOPE));

  /** The words of the main targets passage ({@code passage.tsv}), read by its finder and reader only. */
  public static final PassageWords PASSAGE = PassageWords.load("/io/github/govreport/lexicon/passage.tsv");

  /** Words that, anywhere in a clause, say something about all its figures; found in one pass. */
  public enum Mark {
    /** A stretch goal: 力争, 争取. */
    STRETCH,
    /** An estimate: 预计, 初步统计. */
    ESTIMATE
  }

  /** The marks, by the words that make them. */
  public static final WordTable<Mark> MARKS = WordTable.of(marks());

  private static Map<String, Mark> marks() {
    Map<String, Mark> m = new LinkedHashMap<>();
    STRETCH_WORDS.forEach(w -> m.put(w, Mark.STRETCH));
    ESTIMATE_WORDS.forEach(w -> m.put(w, Mark.ESTIMATE));
    return m;
  }
}
