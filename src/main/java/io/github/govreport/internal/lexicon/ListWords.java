package io.github.govreport.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import io.github.govreport.model.Bound;
import io.github.govreport.model.ProjectStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The word lists of {@code words.tsv} and the heads of {@code heads.tsv}, each for one purpose, as the stages read
 * them through the parser's {@link Vocabulary}: comparisons, heads of listed names, contractions, level nouns, the
 * words of projects and programmes, the wordings of a regional report. Loaded once; immutable and thread-safe.
 */
public final class ListWords {

  /** Qualifiers written after a figure's unit (左右, 以上, 以内). */
  public final WordTable<Bound> suffixBounds = WordTable.of(WordLists.byValue("SUFFIX_BOUND", Bound.class));

  /** Comparisons with another region or period: a figure after these is a gap, not the indicator's own figure. */
  public final ImmutableList<String> comparisons = WordLists.list("COMPARISONS");

  /** Words after which a figure "第N位" is a rank: the name ends where they start. */
  public final WordTable<Boolean> rankCues = WordTable.of(Boolean.TRUE, WordLists.array("RANK_CUES"));

  /** Words of building after what is built, closing a clause of a task without figures (…标准化厂房建设). */
  public final WordTable<Boolean> constructionWords =
      WordTable.of(Boolean.TRUE, WordLists.array("CONSTRUCTION_WORDS"));

  /** Words of an area a distance right before them bounds (…两岸1000米范围内村庄). */
  public final WordTable<Boolean> extentWords = WordTable.of(Boolean.TRUE, WordLists.array("EXTENT_WORDS"));

  /** How a task went, closing a clause without figures after what it is about (…建设成效明显, …稳步推进). */
  public final WordTable<Boolean> progressPredicates =
      WordTable.of(Boolean.TRUE, WordLists.array("PROGRESS_PREDICATES"));

  /** Words that, written after a quoted nickname, make it a programme (“千项万亿”工程). */
  public final ImmutableList<String> programSuffixes = WordLists.list("PROGRAM_SUFFIXES");

  /** Words that make a quoted nickname a programme only when written at once after it (“两重”项目). */
  public final ImmutableList<String> programSuffixesAtOnce = WordLists.list("PROGRAM_SUFFIXES_AT_ONCE");

  /** Words marking the end of a list of projects: "…等一批重大项目"; each opens with 等. */
  public final ImmutableList<String> projectListEnds = opensWithDeng(WordLists.list("PROJECT_LIST_ENDS"));

  /** What a report says of a project, and the status it gives. */
  public final WordTable<ProjectStatus> projectStatus = WordTable.of(WordLists.byValue("PROJECT_STATUS", ProjectStatus.class));

  /** Words a list "…等重大项目" may hold that are kinds of spending or of project, not projects. */
  public final ImmutableSet<String> notProjects = ImmutableSet.copyOf(WordLists.list("NOT_PROJECTS"));

  /** Heading words of matter after the speech that holds no figures of the year: glossaries and notes. */
  public final ImmutableList<String> backMatterHeadings = WordLists.list("BACK_MATTER_HEADINGS");

  /** Shared heads of listed names: in "装备制造业、高技术制造业增加值", 增加值 belongs to both. */
  public final WordTable<Boolean> heads = WordTable.of(heads(null));

  /**
   * Heads in {@link #heads} that name what is measured rather than a measure: an item of a list that ends in one
   * still takes the list's measure (高新技术产业 in "…、高新技术产业、战略性新兴产业增加值").
   */
  public final ImmutableSet<String> entityHeads = ImmutableSet.copyOf(heads("ENTITY").keySet());

  /** Heads counted in order: a list "一、二、三产业增加值" names 第一产业增加值, 第二产业增加值, 第三产业增加值. */
  public final ImmutableList<String> ordinalHeads = WordLists.list("ORDINAL_HEADS");

  /** Scope words that a list writes once, before its first item, for all of them (农村卫生户厕、生活垃圾…). */
  public final ImmutableList<String> listScopes = WordLists.list("LIST_SCOPES");

  /** Contractions that 分别 expands: 城乡 is 城镇 and 农村, 产销 is 产 and 销. */
  public final ImmutableMap<String, ImmutableList<String>> contractions = WordLists.byName("CONTRACTION");

  /** The measure a word of change holds ({@code CHANGE_MEASURE}: 增产 holds 产量, 增收 收入), by the word. */
  public final WordTable<String> changeMeasures = WordTable.of(Maps.transformValues(WordLists.byName("CHANGE_MEASURE"),
      measures -> measures.get(0)));

  /**
   * Predicates that state a review-year result without a figure ("城镇调查失业率均值保持历史最好水平", "居民收入增长与
   * 经济增长保持基本同步"); read only after an indicator the catalog knows, in a clause without figures.
   */
  public final WordTable<Boolean> qualitativeResults = WordTable.of(Boolean.TRUE, WordLists.array("QUALITATIVE_RESULTS"));
  /** Predicates that say a review year's target was met, after any name ({@code TARGETS_MET}). */
  public final WordTable<Boolean> targetsMet = WordTable.of(Boolean.TRUE, WordLists.array("TARGETS_MET"));

  /**
   * Nouns of a level written after a figure and 的 that do not make the figure a qualifier of a name: in
   * "调查失业率稳定在5%左右的较低水平" the 5% is the rate.
   */
  public final WordTable<Boolean> levelNouns = WordTable.of(Boolean.TRUE, WordLists.array("LEVEL_NOUNS"));

  /** Nouns after 的 that make a figure a circumstance, not a share of what follows (偏多六成的情况下, 的基础上). */
  public final WordTable<Boolean> circumstanceNouns = WordTable.of(Boolean.TRUE, WordLists.array("CIRCUMSTANCE_NOUNS"));

  /** Names that name nothing alone and take the subject before them: 增速, 占比. */
  public final ImmutableSet<String> borrowingNames = ImmutableSet.copyOf(WordLists.list("BORROWING_NAMES"));

  /** Amounts of a set of projects, which take the projects named before them: 年度投资, 完成投资, 总投资. */
  public final ImmutableSet<String> projectAmounts = ImmutableSet.copyOf(WordLists.list("PROJECT_AMOUNTS"));

  /** 将 and 把 before the object of a disposal, left off a name's front when no verb follows. */
  public final ImmutableList<String> disposalMarks = WordLists.list("DISPOSAL_MARKS");

  /** Words before a former value written inside a name (现行16%的税率), cut from the name with it. */
  public final ImmutableList<String> formerMarks = WordLists.list("FORMER_MARKS");

  /** Multipliers that are a figure's unit alone, a count (旅居人数达600万). */
  public final ImmutableList<String> loneMultipliers = WordLists.list("LONE_MULTIPLIERS");

  /**
   * Words of a change written after a name (居民收入增长): off before the catalog is asked again; a percentage so
   * named is a growth.
   */
  public final ImmutableList<String> changeTails = WordLists.list("CHANGE_TAILS");

  /**
   * Wordings of the catalog that are its indicator only as a change or in words (投资增长8%, 投资保持稳定): a level
   * so named is money spent on what its sentence says (投资1.6亿元，完成…改造), no indicator's level.
   */
  public final ImmutableSet<String> changeOnlyWordings = ImmutableSet.copyOf(WordLists.list("CHANGE_ONLY_WORDINGS"));

  /** A plan or a task a percentage is the share done of (完成全年计划的141.7%), longest first in a look-up from the end. */
  public final WordTable<Boolean> planNames = WordTable.of(Boolean.TRUE, WordLists.array("PLAN_NAMES"));

  /** Words of a plant's capacity right before a figure (年产30万吨纯碱项目): the figure specifies the plant. */
  public final WordTable<Boolean> capacityWords = WordTable.of(Boolean.TRUE, WordLists.array("CAPACITY_WORDS"));
  /** Nouns of a project or a plant, whose capacity a figure bare before them specifies ({@code PLANT_NOUNS}). */
  public final WordTable<Boolean> plantNouns = WordTable.of(Boolean.TRUE, WordLists.array("PLANT_NOUNS"));
  /** Superlatives right before a figure and a noun, which make the figure the thing's record (全球最高10米液压支架). */
  public final WordTable<Boolean> superlatives = WordTable.of(Boolean.TRUE, WordLists.array("SUPERLATIVES"));

  /** Nouns of a task or a problem after a figure and 的, whose size the figure is (10万人次的培训任务). */
  public final WordTable<Boolean> taskNouns = WordTable.of(Boolean.TRUE, WordLists.array("TASK_NOUNS"));

  /** A counter and a noun that, after a count in Chinese numerals, sum up the names listed before (两项指标). */
  public final WordTable<Boolean> resumptives = WordTable.of(Boolean.TRUE, WordLists.array("RESUMPTIVES"));

  /** Verbs of achieving between a name's subject and its measure, which leave the name (城镇实现新增就业). */
  public final WordTable<Boolean> measureVerbs = WordTable.of(Boolean.TRUE, WordLists.array("MEASURE_VERBS"));

  /** Words of will, plan or time between a name's subject and its verb (将, 拟, 为此), which leave the name. */
  public final WordTable<Boolean> modals = WordTable.of(Boolean.TRUE, WordLists.array("MODALS"));

  /** Words that make the words before a counted noun's 的 a quality of it (投资超亿元的…, 有一定规模的…). */
  public final WordTable<Boolean> qualityMarks = WordTable.of(Boolean.TRUE, WordLists.array("QUALITY_MARKS"));

  /** Verbs of things made, built or opened: a count after a list closed by 等 they govern counts things made. */
  public final WordTable<Boolean> makingVerbs = WordTable.of(Boolean.TRUE, WordLists.array("MAKING_VERBS"));
  /** Nouns of projects counted one by one: after a list closed by 等, a count of them counts the projects. */
  public final WordTable<Boolean> projectNouns = WordTable.of(Boolean.TRUE, WordLists.array("PROJECT_NOUNS"));

  /** Words in a percentage's name that make it a share (比重, 占比). */
  public final ImmutableList<String> shareWords = WordLists.list("SHARE_WORDS");

  /** Words in a percentage's name that make it a rate (率, 强度). */
  public final ImmutableList<String> rateWords = WordLists.list("RATE_WORDS");

  /** Verbs before 同步 left off the indicator a target keeps pace with (保持, 基本). */
  public final ImmutableList<String> inStepVerbs = WordLists.list("IN_STEP_VERBS");

  /** Words that make a qualitative target a change (下降, 提高). */
  public final ImmutableList<String> qualitativeChanges = WordLists.list("QUALITATIVE_CHANGES");

  /** Names that are only the word for a total, the total of the subject before (总量, 总规模). */
  public final ImmutableSet<String> totalNames = ImmutableSet.copyOf(WordLists.list("TOTAL_NAMES"));

  /** Adverbs between a rank's subject and its word of rank, left off the subject (分别, 均), in this order. */
  public final ImmutableList<String> rankFillers = WordLists.list("RANK_FILLERS");
  /** Words of a ranking named in a circumstance (在…排名中): 排名, 榜单, 百强. */
  public final ImmutableList<String> rankings = WordLists.list("RANKINGS");

  /** Kinds of field closing a circumstance 在…等X (在种源、医疗等方面), after which the name starts; longest first. */
  public final ImmutableList<String> circumstanceKinds = WordLists.list("CIRCUMSTANCE_KINDS");

  /** Words closing a place before a count, whose things counted after it are the place's (西山自然保护区内3家企业). */
  public final WordTable<Boolean> locatives = WordTable.of(Boolean.TRUE, WordLists.array("LOCATIVES"));

  /** Verbs inside a name whose object is what a count after the name counts (…推出全国首创制度创新成果12项). */
  public final WordTable<Boolean> objectVerbs = WordTable.of(Boolean.TRUE, WordLists.array("OBJECT_VERBS"));

  /** Kinds of place that alone before a count name where its things are (城区486家餐饮企业 → 城区餐饮企业). */
  public final WordTable<Boolean> places = WordTable.of(Boolean.TRUE, WordLists.array("PLACES"));

  /** Groups of people parallel, alone in a list, to the group its last item opens with ({@code PEOPLE_GROUPS}: 职工, 居民). */
  public final WordTable<Boolean> peopleGroups = WordTable.of(Boolean.TRUE, WordLists.array("PEOPLE_GROUPS"));

  /**
   * The national wordings a city or county report writes for its own indicator, by the indicator's regional name
   * (地区生产总值 → [国内生产总值]).
   */
  public final ImmutableMap<String, ImmutableList<String>> regionalNames = WordLists.byName("REGIONAL_NAME");

  /** Words of a figure for each of the region's parts (每个县, 每个乡镇): a guideline per unit. */
  /** Words before a total of the figures listed before it in the sentence (合计, 共计, 总计). */
  public final WordTable<Boolean> totalWords = WordTable.of(Boolean.TRUE, WordLists.array("TOTAL_WORDS"));
  public final WordTable<Boolean> perUnitScopes = WordTable.of(Boolean.TRUE, WordLists.array("PER_UNIT_SCOPES"));

  /** The rest of a set, right before a count whose things follow it (其他9条主干道路, 其余5个项目). */
  public final WordTable<Boolean> others = WordTable.of(Boolean.TRUE, WordLists.array("OTHERS"));

  /** Verbs that close a clause on what became of its subject (获批, 落地): a list mark after one ends the clause. */
  public final WordTable<Boolean> outcomes = WordTable.of(Boolean.TRUE, WordLists.array("OUTCOMES"));

  /**
   * Verbs that, after the noun a count is written before, open that noun's predicate: in "28家全国重点实验室完成优化重组"
   * the thing counted is 全国重点实验室.
   */
  public final WordTable<Boolean> postNounPredicates = WordTable.of(Boolean.TRUE, WordLists.array("POST_NOUN_PREDICATES"));

  /**
   * Verbs of a designation the things counted earn ({@code DESIGNATIONS}: 被认定为, 入选, 创建): what they are designated
   * as names them when it ends in their own head (4家博物馆成功创建国家一级博物馆 → 国家一级博物馆).
   */
  public final WordTable<Boolean> designations = WordTable.of(Boolean.TRUE, WordLists.array("DESIGNATIONS"));

  /** Verbs that place a thing in an order of priority: a rank right after them is none ("把安全放在第一位"). */
  public final WordTable<Boolean> priorityVerbs = WordTable.of(Boolean.TRUE, WordLists.array("PRIORITY_VERBS"));
  /** The titles and names of the country's leaders, after which a count of times is a tribute ({@code LEADERS}). */
  public final WordTable<Boolean> leaders = WordTable.of(Boolean.TRUE, WordLists.array("LEADERS"));
  /** The verbs of joining a named set, after which a count names the set's size ({@code SET_JOINED_VERBS}). */
  public final WordTable<Boolean> setJoinedVerbs = WordTable.of(Boolean.TRUE, WordLists.array("SET_JOINED_VERBS"));
  /** The verbs that say what an amount of money with no name of its own is for ({@code FUND_PURPOSES}: 用于, 实施). */
  public final WordTable<Boolean> fundPurposes = WordTable.of(Boolean.TRUE, WordLists.array("FUND_PURPOSES"));
  /** The nouns of money ({@code FUND_NOUNS}): the first names an amount for a purpose (资金), any already does. */
  public final ImmutableList<String> fundNouns = WordLists.list("FUND_NOUNS");
  /** Names of an investment alone, whose object a verb of purpose after it names ({@code INVESTMENT_NAMES}: 投资). */
  public final WordTable<Boolean> investmentNames = WordTable.of(Boolean.TRUE, WordLists.array("INVESTMENT_NAMES"));

  /**
   * Words of a figure for all the region's parts (各县, 各地): a count of one after them is each part's ("各县集中资源发展
   * 1-2个主导产业"), a larger one may be their total ("各县实施项目382个").
   */
  public final WordTable<Boolean> allPartsScopes = WordTable.of(Boolean.TRUE, WordLists.array("ALL_PARTS_SCOPES"));

  /** Clause words that say a target keeps pace with another indicator. */
  public final ImmutableList<String> inStep = WordLists.list("IN_STEP");

  /** Words that start the predicate of a clause without a figure (进出口 | 稳量提质). */
  public final ImmutableList<String> predicateStarts = WordLists.list("PREDICATE_STARTS");

  ListWords() {}

  /** The list ends, each checked to open with 等, which the project finder looks for first. */
  private static ImmutableList<String> opensWithDeng(ImmutableList<String> ends) {
    for (String e : ends) {
      if (e.isEmpty() || e.charAt(0) != Grammar.ETC) {
        throw new IllegalStateException("a project list end opens with " + Grammar.ETC + ": " + e);
      }
    }
    return ends;
  }

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
}
