package io.github.govreport.internal.lexicon;

/**
 * The function chars and words of Chinese that the stages test for by what they do ({@code grammar.tsv}): the
 * particle 的, the conjunctions 和与及, the year's 年, the ordinal's 第 … each named by its role, with a line in the
 * file that says what it does. The parser's code names these constants instead of writing the chars. Loaded once;
 * a name the file lacks, or a char that is not one char, fails at load.
 */
public final class Grammar {

  private static final NamedChars VALUES = new NamedChars("grammar.tsv");

  private Grammar() {}

  /** Closes a year's digits (2024年) and a count of years. */
  public static final char YEAR = ch("YEAR");
  /** Closes a month's digits (6月). */
  public static final char MONTH = ch("MONTH");
  /** After a year's 年, the year as a term of account or plan (2019年度). */
  public static final char ANNUAL = ch("ANNUAL");
  /** Closes a day's digits (6日). */
  public static final char DAY = ch("DAY");
  /** The particle of attribution (60%的城市). */
  public static final char OF = ch("OF");
  /** Opens an ordinal (第4位). */
  public static final char ORDINAL = ch("ORDINAL");
  /** Closes the name of a ratio (城乡居民收入比): a number without a unit after it and a cue is the ratio to one. */
  public static final char RATIO_NAME = ch("RATIO_NAME");
  /** Between the parts of a ratio (2.21∶1, 7.4∶39.6∶53). */
  public static final char RATIO_SIGN = ch("RATIO_SIGN");
  /** A colon written for the ratio sign between two digits (22.2：46.4：31.4, 3.6:48:48.4). */
  public static final CharClass RATIO_WRITTEN = chars("RATIO_WRITTEN");
  /** Between a count of units and the capacity of each (2×30万千瓦机组): a specification. */
  public static final char UNITS_OF = ch("UNITS_OF");
  /** Closes the number of a congress (十八届), whose session's number may follow (九届十三次全会): no figure. */
  public static final char SESSION = ch("SESSION");
  /** Closes an open list (A、B等34个项目). */
  public static final char ETC = ch("ETC");
  /** Opens the total of a measure (总里程): after a flow of that measure, the stock it flows into. */
  public static final char TOTAL = ch("TOTAL");
  /** "New" before a verb of a task (新实施). */
  public static final char NEW = ch("NEW");
  /** "There are" right before a count (全市有3家企业上市): the things counted follow the figure. */
  public static final char EXISTS = ch("EXISTS");
  /** "Each": 每年 right after 每人 (每人每年670元) is the year of a rate, not a run of years. */
  public static final char PER = ch("PER");
  /** Opens a circumstance closed by {@link #UNDER} (在…支持下). */
  public static final char AT = ch("AT");
  /** Opens the partner a measure of trade is told for (对东盟增长15%). */
  public static final char PARTNER = ch("PARTNER");
  /** Closes a circumstance opened by {@link #AT}. */
  public static final char UNDER = ch("UNDER");
  /** Closes a circumstance opened by {@link #AT} (在…排名中). */
  public static final char IN = ch("IN");
  /** Closes a circumstance opened by 在 before its verb (在省运动会上获得金牌31枚). */
  public static final char ON = ch("ON");
  /** Before 上 makes 以上, a bound, no close of a circumstance. */
  public static final char BY = ch("BY");
  /** Closes a level of government or grade (省级). */
  public static final char LEVEL = ch("LEVEL");
  /** The copula after a label or a year that opens a sentence (一是, 2012年是). */
  public static final char IS = ch("IS");
  /** Opens who benefits from the verb after (为经营主体减负). */
  public static final char BENEFICIARY = ch("BENEFICIARY");
  /** Closes a photo caption's credit. */
  public static final char PHOTO_CREDIT = ch("PHOTO_CREDIT");
  /** Before a rank's number (前5位), after a deadline (6月底前). */
  public static final char BEFORE = ch("BEFORE");
  /** A tenth, the unit after a numeral (两成). */
  public static final char TENTHS = ch("TENTHS");
  /** Closes the name of a rate (就业率). */
  public static final char RATE = ch("RATE");
  /** "Accounts for": opens a share (占全省比重). */
  public static final char SHARE = ch("SHARE");
  /** The perfective particle closing a verb (完成了). */
  public static final char PERFECTIVE = ch("PERFECTIVE");
  /** The last char of 报告, a title's end, after which a heading may follow on the same line. */
  public static final char REPORT_END = ch("REPORT_END");

  /** After a year, a period running to now (2020年以来). */
  public static final String SINCE = word("SINCE");
  /** "In a row", before a count of years or times (连续5年). */
  public static final String STREAK = word("STREAK");
  /** Distributes a list's figures over its items. */
  public static final String RESPECTIVELY = word("RESPECTIVELY");
  /** After the noun of things counted, their building (4个…基地建设): the count counts the things. */
  public static final String BUILDING = word("BUILDING");
  /** Opens a breakdown of the figures before it in the sentence (其中). */
  public static final String AMONG_THEM = word("AMONG_THEM");
  /** A count of aspects (三个方面) is the text's structure. */
  public static final String ASPECT = word("ASPECT");
  /** The batches a count in words before a figure counts (两批次67名). */
  public static final String BATCHES = word("BATCHES");
  /** The counter of a policy's articles (10条措施). */
  public static final String ARTICLE = word("ARTICLE");
  /** The counter of items, a policy's measures among them (30项举措). */
  public static final String ITEM = word("ITEM");
  /** The counter of categories (30类民生实事): a count of kinds is structure. */
  public static final String CATEGORY = word("CATEGORY");
  /** A comparison with the same months a year before (同比): a total it follows is the year's so far. */
  public static final String YEAR_ON_YEAR = word("YEAR_ON_YEAR");
  /** The counter of times (9次考察). */
  public static final String TIMES = word("TIMES");
  /** The word every phrase of the main targets passage ends with. */
  public static final String GOAL = word("GOAL");
  /** The phrase that names the plan year's main targets in the speech. */
  public static final String EXPECTED_TARGETS = word("EXPECTED_TARGETS");
  /** How the speech addresses the congress, opening its first paragraph. */
  public static final String ADDRESS = word("ADDRESS");
  /** Before a month of the year under review at a sentence's opening (截至11月底): the months up to it. */
  public static final String UNTIL = word("UNTIL");
  /** Closes a base of comparison opened by a joiner of {@link #IN_STEP_JOINERS} (与2020年相比, 和上年相比). */
  public static final String COMPARED_WITH = word("COMPARED_WITH");
  /** What a target keeps pace with when the clause names nothing else (与经济增长同步). */
  public static final String ECONOMIC_GROWTH = word("ECONOMIC_GROWTH");
  /** After a region's stem, the region as an area (北京地区), which a name leaves like 全市. */
  public static final String AREA = word("AREA");
  /** A percentage written in words (百分之五). */
  public static final String PERCENT = word("PERCENT");

  /** The last chars of a noun of a property (含油量, 达标率, 纯度). */
  public static final CharClass PROPERTY_ENDS = chars("PROPERTY_ENDS");
  /**
   * The last chars of a modifier listed beside another of its kind before one noun: 国家级、省级重点实验室, 国控、省控断面.
   */
  public static final CharClass PARALLEL_MODIFIER_ENDS = chars("PARALLEL_MODIFIER_ENDS");
  /** Conjunctions that join the items of a list. */
  public static final CharClass JOINERS = chars("JOINERS");
  /** Conjunctions that join two predicates. */
  public static final CharClass CLAUSE_JOINERS = chars("CLAUSE_JOINERS");
  /** "From", before a former value. */
  public static final CharClass FROM = chars("FROM");
  /** "To", between a range's ends, before the value reached. */
  public static final CharClass TO = chars("TO");
  /** "Than, compared with", before a base (比上年). */
  public static final CharClass COMPARE = chars("COMPARE");
  /** Chars before a year that make it a base of comparison (比2020年). */
  public static final CharClass BASE_MARKS = chars("BASE_MARKS");
  /** After a year or a month, its end (年底, 月末). */
  public static final CharClass YEAR_END = chars("YEAR_END");
  /** After a month, a part of it (6月底前, 9月中旬). */
  public static final CharClass MONTH_PARTS = chars("MONTH_PARTS");
  /** After a number, "more than" (30多个, 100余家). */
  public static final CharClass MORE_THAN = chars("MORE_THAN");
  /** After a number, a date, an age, a term or an edition: no figure. */
  public static final CharClass TIME_COUNTERS = chars("TIME_COUNTERS");
  /** What may stand between 由 or 从 and a former value. */
  public static final CharClass FORMER_FILLERS = chars("FORMER_FILLERS");
  /** Join a target to the indicator it keeps pace with. */
  public static final CharClass IN_STEP_JOINERS = chars("IN_STEP_JOINERS");
  /** Chars of a measure that close an indicator's name (总量, 增长率). */
  public static final CharClass MEASURE_CHARS = chars("MEASURE_CHARS");
  /** After a count in a list, what the count collects (三大, 四市). */
  public static final CharClass COLLECTIVES = chars("COLLECTIVES");
  /** Counters of groups: a count so written right before another counts the groups the other's things fall in. */
  public static final CharClass GROUP_COUNTERS = chars("GROUP_COUNTERS");
  /** Chars that, right after a verb, make it the start of a noun (保障性, 服务业). */
  public static final CharClass NOUN_SUFFIXES = chars("NOUN_SUFFIXES");
  /** Chars that close the name of a place or a park, which may own the things counted after it (湖南自贸试验区). */
  public static final CharClass OWNER_ENDS = chars("OWNER_ENDS");
  /** Before a level's char, the speaker's own region (全市, 我县, 本省). */
  public static final CharClass SELF_MARKS = chars("SELF_MARKS");
  /** After 第 and a number, a rank (第4位, 第2名). */
  public static final CharClass RANK_COUNTERS = chars("RANK_COUNTERS");

  private static String word(String name) {
    return VALUES.word(name);
  }

  private static char ch(String name) {
    return VALUES.ch(name);
  }

  private static CharClass chars(String name) {
    return VALUES.chars(name);
  }
}
