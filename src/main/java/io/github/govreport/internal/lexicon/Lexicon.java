package io.github.govreport.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.govreport.model.Bound;
import io.github.govreport.model.ProjectStatus;
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

  /** Qualifiers written after a figure's unit. */
  public static final WordTable<Bound> SUFFIX_BOUNDS = WordTable.of(WordLists.byValue("SUFFIX_BOUND", Bound.class));

  /** The bundled words of an indicator's name ({@code names.tsv}): scopes, times, verbs, adverbs, particles, stretch
   * and estimate words; declared first, as the lists below read it. The stages read them, with a caller's own, through
   * the parser's {@link Vocabulary}. */
  public static final NameWords NAMES = NameWords.load("/io/github/govreport/lexicon/names.tsv");

  /** The words of a stretch goal (力争); declared before {@link #CUES}, which reads them. */
  public static final ImmutableList<String> STRETCH_WORDS = ImmutableList.copyOf(NAMES.words(NameWords.Role.STRETCH));

  /** The words of a stretch goal, as a table. */
  public static final WordTable<Boolean> STRETCH = WordTable.of(Boolean.TRUE, STRETCH_WORDS.toArray(new String[0]));

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

  /** Comparisons with another region or period: a figure after these is a gap, not the indicator's own figure. */
  public static final ImmutableList<String> COMPARISONS = WordLists.list("COMPARISONS");

  /** Words after which a figure "第N位" is a rank: the name ends where they start. */
  public static final WordTable<Boolean> RANK_CUES = WordTable.of(Boolean.TRUE, WordLists.array("RANK_CUES"));

  /** Words that, written after a quoted nickname, make it a programme (“千项万亿”工程). */
  public static final ImmutableList<String> PROGRAM_SUFFIXES = WordLists.list("PROGRAM_SUFFIXES");

  /** Words that make a quoted nickname a programme only when written at once after it (“两重”项目). */
  public static final ImmutableList<String> PROGRAM_SUFFIXES_AT_ONCE = WordLists.list("PROGRAM_SUFFIXES_AT_ONCE");

  /** Words marking the end of a list of projects: "…等一批重大项目". */
  public static final ImmutableList<String> PROJECT_LIST_ENDS = opensWithDeng(WordLists.list("PROJECT_LIST_ENDS"));

  /** The list ends, each checked to open with 等, which the project finder looks for first. */
  private static ImmutableList<String> opensWithDeng(ImmutableList<String> ends) {
    for (String e : ends) {
      if (e.isEmpty() || e.charAt(0) != Grammar.ETC) {
        throw new IllegalStateException("a project list end opens with " + Grammar.ETC + ": " + e);
      }
    }
    return ends;
  }

  /** What a report says of a project, and the status it gives. */
  public static final WordTable<ProjectStatus> PROJECT_STATUS = WordTable.of(WordLists.byValue("PROJECT_STATUS", ProjectStatus.class));

  /** Words a list "…等重大项目" may hold that are kinds of spending or of project, not projects. */
  public static final ImmutableSet<String> NOT_PROJECTS = ImmutableSet.copyOf(WordLists.list("NOT_PROJECTS"));

  /** Heading words of matter after the speech that holds no figures of the year: glossaries and notes. */
  public static final ImmutableList<String> BACK_MATTER_HEADINGS = WordLists.list("BACK_MATTER_HEADINGS");

  /** Shared heads of listed names: in "装备制造业、高技术制造业增加值", 增加值 belongs to both. */
  public static final WordTable<Boolean> HEADS = WordTable.of(heads(null));

  /**
   * Heads in {@link #HEADS} that name what is measured rather than a measure: an item of a list that ends in one
   * still takes the list's measure (高新技术产业 in "…、高新技术产业、战略性新兴产业增加值").
   */
  public static final ImmutableSet<String> ENTITY_HEADS = ImmutableSet.copyOf(heads("ENTITY").keySet());

  /** The heads of {@code heads.tsv} of one kind, or of every kind for null. */
  private static Map<String, Boolean> heads(String kind) {
    Map<String, Boolean> m = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/heads.tsv", 2)) {
      if (!row[1].equals("MEASURE") && !row[1].equals("ENTITY")) {
        throw new IllegalStateException("heads.tsv: '" + row[0] + "' has no kind MEASURE or ENTITY: " + row[1]);
      }
      if (kind == null || kind.equals(row[1])) {
        m.put(row[0], Boolean.TRUE);
      }
    }
    return m;
  }

  /** Heads counted in order: a list "一、二、三产业增加值" names 第一产业增加值, 第二产业增加值, 第三产业增加值. */
  public static final ImmutableList<String> ORDINAL_HEADS = WordLists.list("ORDINAL_HEADS");

  /** Scope words that a list writes once, before its first item, for all of them (农村卫生户厕、生活垃圾…). */
  public static final ImmutableList<String> LIST_SCOPES = WordLists.list("LIST_SCOPES");

  /** Contractions that 分别 expands: 城乡 is 城镇 and 农村, 产销 is 产 and 销. */
  public static final ImmutableMap<String, ImmutableList<String>> CONTRACTIONS = WordLists.byName("CONTRACTION");

  /**
   * Predicates that state a review-year result without a figure ("城镇调查失业率均值保持历史最好水平", "居民收入增长与
   * 经济增长保持基本同步"); read only after an indicator the catalog knows, in a clause without figures.
   */
  public static final WordTable<Boolean> QUALITATIVE_RESULTS = WordTable.of(Boolean.TRUE, WordLists.array("QUALITATIVE_RESULTS"));

  /**
   * Nouns of a level written after a figure and 的 that do not make the figure a qualifier of a name: in
   * "调查失业率稳定在5%左右的较低水平" the 5% is the rate.
   */
  public static final WordTable<Boolean> LEVEL_NOUNS = WordTable.of(Boolean.TRUE, WordLists.array("LEVEL_NOUNS"));

  /** Nouns after 的 that make a figure a circumstance, not a share of what follows (偏多六成的情况下, 的基础上). */
  public static final WordTable<Boolean> CIRCUMSTANCE_NOUNS = WordTable.of(Boolean.TRUE, WordLists.array("CIRCUMSTANCE_NOUNS"));

  /** Names that name nothing alone and take the subject before them: 增速, 占比 ({@code words.tsv}). */
  public static final ImmutableSet<String> BORROWING_NAMES = ImmutableSet.copyOf(WordLists.list("BORROWING_NAMES"));

  /** Amounts of a set of projects, which take the projects named before them: 年度投资, 完成投资, 总投资. */
  public static final ImmutableSet<String> PROJECT_AMOUNTS = ImmutableSet.copyOf(WordLists.list("PROJECT_AMOUNTS"));

  /** 将 and 把 before the object of a disposal, left off a name's front when no verb follows ({@code words.tsv}). */
  public static final ImmutableList<String> DISPOSAL_MARKS = WordLists.list("DISPOSAL_MARKS");

  /** Words before a former value written inside a name (现行16%的税率), cut from the name with it. */
  public static final ImmutableList<String> FORMER_MARKS = WordLists.list("FORMER_MARKS");

  /** Multipliers that are a figure's unit alone, a count (旅居人数达600万); read by {@link Vocabulary}. */
  public static final ImmutableList<String> LONE_MULTIPLIERS = WordLists.list("LONE_MULTIPLIERS");

  /**
   * The words of a scraped page's lines ({@code noise.tsv}, and the openers that continue a line): read by the line
   * joiner through the parser's {@link Vocabulary}.
   */
  public static final LineWords LINES = LineWords.load("/io/github/govreport/lexicon/noise.tsv",
      WordLists.list("CONTINUING_OPENERS"));

  /** A line opening with these continues the line before (…的主要任务是：): 为：, 是：; read through {@link #LINES}. */
  public static final ImmutableList<String> CONTINUING_OPENERS = LINES.continuingOpeners;

  /** Words of a change written after a name (居民收入增长): off before the catalog is asked again; a percentage so
   * named is a growth. */
  public static final ImmutableList<String> CHANGE_TAILS = WordLists.list("CHANGE_TAILS");

  /**
   * Wordings of the catalog that are its indicator only as a change or in words (投资增长8%, 投资保持稳定): a level
   * so named is money spent on what its sentence says (投资1.6亿元，完成…改造), no indicator's level.
   */
  public static final ImmutableSet<String> CHANGE_ONLY_WORDINGS = ImmutableSet.copyOf(WordLists.list("CHANGE_ONLY_WORDINGS"));

  /** Words in a percentage's name that make it a share (比重, 占比). */
  public static final ImmutableList<String> SHARE_WORDS = WordLists.list("SHARE_WORDS");

  /** Words in a percentage's name that make it a rate (率, 强度). */
  public static final ImmutableList<String> RATE_WORDS = WordLists.list("RATE_WORDS");

  /** Verbs before 同步 left off the indicator a target keeps pace with (保持, 基本). */
  public static final ImmutableList<String> IN_STEP_VERBS = WordLists.list("IN_STEP_VERBS");

  /** Words that make a qualitative target a change (下降, 提高). */
  public static final ImmutableList<String> QUALITATIVE_CHANGES = WordLists.list("QUALITATIVE_CHANGES");

  /** Names that are only the word for a total, the total of the subject before (总量, 总规模). */
  public static final ImmutableSet<String> TOTAL_NAMES = ImmutableSet.copyOf(WordLists.list("TOTAL_NAMES"));

  /** Adverbs between a rank's subject and its word of rank, left off the subject (分别, 均), in this order. */
  public static final ImmutableList<String> RANK_FILLERS = WordLists.list("RANK_FILLERS");

  /** Kinds of field closing a circumstance 在…等X (在种源、医疗等方面), after which the name starts; longest first. */
  public static final ImmutableList<String> CIRCUMSTANCE_KINDS = WordLists.list("CIRCUMSTANCE_KINDS");

  /**
   * The national wordings a city or county report writes for its own indicator, by the indicator's regional name
   * (地区生产总值 → [国内生产总值]).
   */
  public static final ImmutableMap<String, ImmutableList<String>> REGIONAL_NAMES = WordLists.byName("REGIONAL_NAME");

  /** Words of a figure for each of the region's parts (每个县, 每个乡镇): a guideline per unit. */
  public static final WordTable<Boolean> PER_UNIT_SCOPES = WordTable.of(Boolean.TRUE, WordLists.array("PER_UNIT_SCOPES"));

  /**
   * Verbs that, after the noun a count is written before, open that noun's predicate: in "28家全国重点实验室完成优化重组"
   * the thing counted is 全国重点实验室.
   */
  public static final WordTable<Boolean> POST_NOUN_PREDICATES = WordTable.of(Boolean.TRUE, WordLists.array("POST_NOUN_PREDICATES"));

  /**
   * Words of a figure for all the region's parts (各县, 各地): a count of one after them is each part's ("各县集中资源发展
   * 1-2个主导产业"), a larger one may be their total ("各县实施项目382个").
   */
  public static final WordTable<Boolean> ALL_PARTS_SCOPES = WordTable.of(Boolean.TRUE, WordLists.array("ALL_PARTS_SCOPES"));

  /** Clause words that say a target keeps pace with another indicator. */
  public static final ImmutableList<String> IN_STEP = WordLists.list("IN_STEP");

  /** Words that start the predicate of a clause without a figure (进出口 | 稳量提质). */
  public static final ImmutableList<String> PREDICATE_STARTS = WordLists.list("PREDICATE_STARTS");

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
