package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARKS;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.ListNames;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.NameEdges;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.model.Dimension;
import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * What a count of a figure group counts, as the rules of structure ask it: the noun after the count or the name
 * before it, a list it restates the length of, the groups of the count next to it.
 */
final class Counted {

  /** Ten thousand: a count at least this large may be the region's people (960万人民). */
  static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /** The chars after a figure's unit a word of the people may start within (a nickname of the region: 保定, 天中). */
  private static final int PEOPLE_WINDOW = 3;

  private Counted() {}

  /**
   * Whether the group counts the region's people (PEOPLE in names.tsv right after a count in ten thousands or of
   * persons, a nickname of the region between them at most): "汇聚960万天中人民的智慧和力量".
   */
  static boolean thePeople(FigureGroup g, Vocabulary w) {
    Amount a = g.lastAmount;
    if (a.unit.dimension() != Dimension.PERSONS && a.unit.factor().compareTo(TEN_THOUSAND) < 0) {
      return false;
    }
    int limit = Math.min(g.clauseEnd, a.suffixEnd + PEOPLE_WINDOW);
    for (int i = a.start + 1; i < limit && !Subjects.endsANoun(g.t.charAt(i)); i++) {
      WordTable.Match<NameWords.Role> m = w.names.all.longestAt(g.t, i, g.clauseEnd);
      if (m != null && m.value == NameWords.Role.PEOPLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a count structures the text, in the shapes of {@link Rule#STRUCTURAL_COUNT}: the length of the list before
   * it, the groups of the next count, a count of categories or aspects, or after a word that counts the text's parts.
   */
  static boolean structuresTheText(FigureGroup g, Vocabulary w) {
    return restatesTheListBefore(g, w) || groupsOfTheNext(g, w)
        || g.first.isCount() && g.first.unit.symbol().equals(Grammar.CATEGORY) // "实施30类民生实事": kinds
        || g.first.isCount() && (g.t.startsWith(Grammar.ASPECT, g.afterEnd)
        || w.names.of(NameWords.Role.STRUCTURE).longestEndingAt(g.t, g.first.start, g.windowStart) != null);
  }

  /** Whether a count of 条 or 项 counts a policy's articles ({@link Rule#POLICY_ARTICLES}: 出台稳增长18条措施). */
  static boolean articlesOfAPolicy(FigureGroup g, Vocabulary w) {
    String counter = g.first.unit.symbol();
    return (counter.endsWith(Grammar.ARTICLE) || counter.endsWith(Grammar.ITEM)) && is(g, w, NameWords.Role.ARTICLES);
  }

  /**
   * Whether a count of times counts a leader's visits ({@link Rule#TRIBUTE}): a leader's title or name before it in
   * its clause, or a count of times so read right before it.
   */
  static boolean aLeadersVisits(FigureGroup g, Vocabulary w) {
    return g.first.isCount() && g.first.unit.symbol().equals(Grammar.TIMES)
        && (g.ruleBefore == Rule.TRIBUTE || w.lists.leaders.indexIn(g.t, g.windowStart, g.first.start) >= 0);
  }

  /**
   * The name of things counted that a generic noun and its predicate say, the predicate first as a statistician writes
   * it ("2000余家企业实施挥发性有机物等治理提升" → 实施挥发性有机物等治理提升企业, "3部作品获“骏马奖”" → 获“骏马奖”作品), or
   * null: the words after a count open with a noun of {@code GENERIC} (企业 alone names nothing) and a verb of a name or
   * of {@code OBJECT_VERBS} with an object after it.
   */
  static String predicateFirst(String counted, NameWords names, ListWords lists) {
    WordTable.Match<NameWords.Role> g = names.all.longestAt(counted, 0, counted.length());
    if (g == null || g.value != NameWords.Role.GENERIC || counted.length() - g.length <= NameCleaner.MIN_NAME) {
      return null;
    }
    if (!NameEdges.designated(counted, names, lists).equals(counted)) {
      return null; // "2个项目获评全市“十佳项目”": the designation they earned names them
    }
    WordTable.Match<NameWords.Role> v = names.all.longestAt(counted, g.length, counted.length());
    int verb = v != null && v.value == NameWords.Role.VERB ? v.length
        : v == null ? lengthOf(lists.objectVerbs.longestAt(counted, g.length, counted.length())) : 0;
    return verb > 0 && counted.length() - g.length - verb >= NameCleaner.MIN_NAME
        ? counted.substring(g.length) + counted.substring(0, g.length) : null;
  }

  private static int lengthOf(WordTable.Match<?> m) {
    return m == null ? 0 : m.length;
  }

  /** The longest scope or batch between a verb of joining a set and the set's size (国家首批, 河北省). */
  private static final int SET_SCOPE_MAX = 6;

  /**
   * Whether a count with its noun after it names the size of a set the region joined: a verb of
   * {@code SET_JOINED_VERBS} before it, and between them at most {@value #SET_SCOPE_MAX} chars of ideographs, no
   * verb of a task among them ("入围国家首批20个…试点城市", not "获批国产创新药械22个" nor "入选…优秀案例3个").
   */
  static boolean sizeOfASetJoined(FigureGroup g, Vocabulary w) {
    if (!g.first.isCount() || g.amounts.size() != 1 || g.postEnd <= g.afterEnd) {
      return false;
    }
    int at = g.first.start;
    for (int from = at; from >= Math.max(g.windowStart, at - SET_SCOPE_MAX); from--) {
      if (w.lists.setJoinedVerbs.longestEndingAt(g.t, from, g.windowStart) != null) {
        return PostNoun.nounOnly(g.t, from, at, w);
      }
      if (from < at && !Chars.isCjk(g.t.charAt(from))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a group after a list closed by 等, or counting as many as the list's items, restates the list's length: no
   * bound or 多 says it is a quantity, and no verb of things made governs the list.
   */
  static boolean restatesTheListBefore(FigureGroup g, Vocabulary w) {
    return g.shapedName.indexOf(LIST_MARK) >= 0 && (Chars.endsWith(g.shapedName, Grammar.ETC) || countsItsItems(g, w))
        && g.lastAmount.suffixBound == null && !g.first.more && !madeByItsVerb(g.shapedName, w)
        && w.lists.makingVerbs.longestEndingAt(g.t, g.postEnd, g.afterEnd) == null // "等23条道路新建": things built
        && w.lists.projectNouns.longestEndingAt(g.t, g.postEnd, g.afterEnd) == null; // "等6个高铁项目": projects
  }

  /**
   * Whether a count with its noun after it is exactly the number of items of the list right before it ("开展…市民化、
   * 县城城镇化水平提升、长春都市圈培育、城市更新和安全韧性提升4项行动", "长白山、三江、吉光3个省实验室挂牌运行"): the
   * designated set the list describes in words, counted. A list of places with a verb after it says where the things
   * counted are made ("在易县、…、曲阳新建5个规模化牧场"), and a count after 、 is an item of its own.
   */
  private static boolean countsItsItems(FigureGroup g, Vocabulary w) {
    if (g.amounts.size() != 1 || !g.first.isCount() || g.postEnd <= g.afterEnd || g.first.upper != null
        || g.first.start > 0 && g.t.charAt(g.first.start - 1) == LIST_MARK) {
      return false;
    }
    WordTable.Match<NameWords.Role> last = w.names.all.longestEndingAt(g.shapedName, g.shapedName.length(), 0);
    if (last != null && last.value.verbal()) {
      return false;
    }
    int items = Segmenter.splitTopLevel(g.shapedName, LIST_MARKS).size(); // not the 、 of “省市共建、一室一策” or 县（市、区）
    return g.first.value.compareTo(BigDecimal.valueOf(items)) == 0;
  }

  /**
   * Whether a count is written right before another count whose noun follows it (56项31569个民生实事项目): the
   * groups the other's things are in. After their noun ("保交房项目561个10.3万套") each counts that noun its way.
   */
  static boolean groupsOfTheNext(FigureGroup g, Vocabulary w) {
    return g.amounts.size() == 1 && g.next != null && FigureLists.backToBackCounts(g.first, g.next)
        && PostNoun.end(g.t, g.next.suffixEnd, g.clauseEnd, w) > g.next.suffixEnd;
  }

  /**
   * Whether a name opens with a verb of things made (启动建设芯片、机器人等), after the adverbs before it and a 新 that
   * makes no word of its own (新开通海拉尔至香港、上海等).
   */
  private static boolean madeByItsVerb(String name, Vocabulary w) {
    int at = Subjects.pastAdverbs(name, w.names);
    return w.lists.makingVerbs.longestAt(name, at, name.length()) != null
        || NameWords.afterNew(name, at, name.length(), w.lists.makingVerbs, made -> true) >= 0;
  }

  /**
   * Whether a group counts things named by a word of {@code role}: the noun after its count (10项…改革), or the name
   * before it when none follows (…改革10项).
   */
  static boolean is(FigureGroup g, Vocabulary w, NameWords.Role role) {
    if (!g.first.isCount()) {
      return false;
    }
    int end = g.postEnd > g.afterEnd ? g.postEnd : g.first.start;
    int from = g.postEnd > g.afterEnd ? g.afterEnd : g.windowStart;
    if (w.names.of(role).longestEndingAt(g.t, end, from) != null) {
      return true;
    }
    WordTable.Match<Boolean> first =
        g.postEnd > g.afterEnd ? w.names.of(role).longestAt(g.t, g.afterEnd, g.postEnd) : null;
    if (first != null) { // "“三项改革”新20条措施落地实施": the noun, then what is said of it
      WordTable.Match<NameWords.Role> then = w.names.all.longestAt(g.t, g.afterEnd + first.length, g.postEnd);
      if (then != null && then.value.verbal()) {
        return true;
      }
    }
    // "实施17条稳就业、8条青年就业创业政策措施": counts in a list, each of the noun the last one ends in
    Amount next = g.next;
    if (g.postEnd > g.afterEnd && g.postEnd < g.clauseEnd && g.t.charAt(g.postEnd) == LIST_MARK && next != null
        && next.start == g.postEnd + 1 && next.unit.equals(g.first.unit)) {
      int nextEnd = PostNoun.end(g.t, next.suffixEnd, g.clauseEnd, w);
      return nextEnd > next.suffixEnd && w.names.of(role).longestEndingAt(g.t, nextEnd, next.suffixEnd) != null;
    }
    return false;
  }

  /** Past the figure and the noun it counts, where the next group's words begin. */
  static int past(FigureGroup g) {
    return Math.max(g.afterEnd, g.postEnd);
  }

  /**
   * The level (省级612项…) or the place (…保护区内3家企业: LOCATIVES; 城区486家餐饮企业: PLACES) naming a count's things
   * after it, or null.
   */
  static String qualifier(FigureGroup g, boolean borrows, String atLevel) {
    if (borrows || g.postEnd <= g.afterEnd) {
      return null;
    }
    if (g.first.start > 0 && g.t.charAt(g.first.start - 1) == Grammar.LEVEL) {
      String level = ListItems.levelAlone(g.name, g.words.names);
      if (level != null) {
        return level;
      }
    }
    ListWords lists = g.words.lists;
    boolean placed = lists.locatives.longestEndingAt(g.name, g.name.length(), 0) != null
        || lists.places.contains(NameEdges.withoutLeadingVerbs(g.name, g.words.names));
    return atLevel == null && g.first.isCount() && placed ? g.name : null;
  }

  /** The shortest subject before a verb inside a name, and the shortest object after it, read as such. */
  private static final int SUBJECT_MIN = 2;
  private static final int OBJECT_MIN = 3;

  /**
   * A name that is a category of the things a breakdown counts, with those things: the things the last count of the
   * sentence counts, after their own category ("重点项目105个，其中，工业类3个、城市建设类28个" → 工业类重点项目,
   * 城市建设类重点项目); the name as it is anywhere else.
   */
  static String ofItsCategory(String name, FigureGroup g, SentenceState s) {
    if (!s.amongThem || !g.first.isCount() || s.lastCount == null || !name.endsWith(Grammar.CATEGORY)
        || name.length() <= Grammar.CATEGORY.length()) {
      return name;
    }
    String things = s.lastCount.name;
    int category = things.lastIndexOf(Grammar.CATEGORY);
    int from = category < 0 ? 0 : category + Grammar.CATEGORY.length();
    WordTable<NameWords.Role> all = g.words.names.all;
    for (WordTable.Match<NameWords.Role> w; from < things.length()
        && (w = all.longestAt(things, from, things.length())) != null && leavesTheFront(w, things, from, all); ) {
      from += w.length; // "我区安排重点项目": 重点项目
    }
    return things.length() - from >= NameCleaner.MIN_NAME ? name + things.substring(from) : name;
  }

  /**
   * Whether the word {@code w} at {@code at} leaves the front of a name the things counted are read from: a scope, the
   * speaker, a time, a verb, and an adverb before a verb (加快推进; 重点 before a noun stays: 重点项目).
   */
  private static boolean leavesTheFront(WordTable.Match<NameWords.Role> w, String n, int at,
      WordTable<NameWords.Role> all) {
    NameWords.Role r = w.value;
    if (r.adverbial()) {
      WordTable.Match<NameWords.Role> next = all.longestAt(n, at + w.length, n.length());
      return next != null && next.value.verbal();
    }
    return r == NameWords.Role.SCOPE || r == NameWords.Role.SUBJECT || r == NameWords.Role.TIME || r.verbal();
  }

  /** Whether a name is only the groups the things counted fall in, after a verb or none (实施十大类30项民生实事). */
  static boolean groupsOnly(String name, WordTable<Boolean> verbs) {
    int at = Subjects.countInWordsAt(name);
    return at == 0 || at > 0 && verbs.longestEndingAt(name, at, 0) != null;
  }

  /** The longest name of who owns the things counted after it (湖南自贸试验区, 高新区). */
  private static final int OWNER_MAX = 10;

  /**
   * Where the noun ends that the group's count counts when its name is who owns the things, not what is counted: a
   * count of things with a noun of two chars or more after it and then a predicate (a verb or an adverb), and the
   * name of a place or a park ({@code OWNER_ENDS}) of at most {@value #OWNER_MAX} chars with no verb, adverb or
   * preposition in it ("湖南自贸试验区2项创新成果入选全国最佳实践案例": 创新成果, of 湖南自贸试验区); -1 otherwise, and
   * for a noun too general to name a thing alone (企业), which is read with its predicate.
   */
  static int ownedNounEnd(FigureGroup g) {
    String name = g.name;
    if (g.first.unit.dimension() != Dimension.COUNT || g.amounts.size() != 1 || name.length() < NameCleaner.MIN_NAME
        || name.length() > OWNER_MAX || !Grammar.OWNER_ENDS.has(name.charAt(name.length() - 1))
        || ListNames.isLevel(name) || g.words.names.firstWord(name, 0, name.length(), ACTS) >= 0) {
      return -1;
    }
    WordTable.Match<NameWords.Role> generic = g.words.names.all.longestAt(g.t, g.afterEnd, g.postEnd);
    if (generic != null && generic.value == NameWords.Role.GENERIC) {
      // "明月湖科创园8家企业亮相…": the place's 企业; read with its predicate where it says one (PostNoun.takeNounAfter)
      return g.afterEnd + generic.length <= g.postEnd ? g.afterEnd + generic.length : -1;
    }
    int verb = g.words.names.firstWord(g.t, g.afterEnd + NameCleaner.MIN_NAME, g.postEnd, ACTS);
    if (verb < 0 && g.postEnd - g.afterEnd >= NameCleaner.MIN_NAME && g.postEnd < g.postLimit
        && !Subjects.endsANoun(g.t.charAt(g.postEnd)) && g.words.cues.longestAt(g.t, g.afterEnd, g.postEnd) == null) {
      verb = g.postEnd; // "资兴市4112户受灾群众全部住进新房": the noun ends where its predicate was read to start
    }
    if (verb < 0) {
      return -1;
    }
    WordTable.Match<NameWords.Role> before = g.words.names.all.longestEndingAt(g.t, verb, g.afterEnd);
    return before != null && before.length == 1 ? -1 : verb; // "4种模式全覆盖": 全 is the predicate's
  }

  /** A word that acts or says how: a verb, an adverb, a preposition; none stands in an owner's name. */
  private static final Predicate<NameWords.Role> ACTS =
      r -> r.verbal() || r.adverbial() || r == NameWords.Role.PREPOSITION;

  /**
   * What a count of things written after a name counts when a verb of {@code OBJECT_VERBS} stands inside it between
   * who acted and an object (中国（安徽）自贸试验区推出全国首创制度创新成果12项 → 全国首创制度创新成果, 北京地区获评国家科学技术奖
   * 58项 → 国家科学技术奖): the verb's object; the name when no such verb stands there.
   */
  static String objectOfItsVerb(String name, Vocabulary words) {
    for (int i = SUBJECT_MIN; i + OBJECT_MIN < name.length(); i++) {
      WordTable.Match<Boolean> v = words.lists.objectVerbs.longestAt(name, i, name.length());
      if (v != null && name.length() - i - v.length >= OBJECT_MIN && NameEdges.topLevel(name, i)
          && !insideALongerWord(name, i, v.length, words.names)) {
        return name.substring(i + v.length);
      }
    }
    return name;
  }

  /** Whether a name word longer than {@code length} chars covers {@code [at, at + length)}: 获 of 获批 or 斩获. */
  private static boolean insideALongerWord(String name, int at, int length, NameWords names) {
    WordTable.Match<NameWords.Role> from = names.all.longestAt(name, at, name.length());
    WordTable.Match<NameWords.Role> to = names.all.longestEndingAt(name, at + length, Math.max(0, at - 3));
    return from != null && from.length > length || to != null && to.length > length;
  }

  /**
   * The persons a count of persons serves when its name opens with a preposition of benefit ("为残疾儿童免费提供康复训练
   * 1.2万人" counts 残疾儿童): the noun after the preposition, up to the first verb or adverb; {@code name} otherwise.
   */
  static String beneficiaries(String name, NameWords names) {
    WordTable.Match<NameWords.Role> prep = names.all.longestAt(name, 0, name.length());
    if (prep == null || prep.value != NameWords.Role.PREPOSITION) {
      return name;
    }
    for (int i = prep.length + MIN_BENEFICIARY; i < name.length(); i++) {
      WordTable.Match<NameWords.Role> w = names.all.longestAt(name, i, name.length());
      if (w != null && (w.value == NameWords.Role.VERB || w.value.adverbial())) {
        return name.substring(prep.length, i);
      }
    }
    return name;
  }

  /** The shortest noun a preposition of benefit is read to govern (残疾儿童 is four chars; 儿童, two). */
  private static final int MIN_BENEFICIARY = 2;

  /** Whether a name ends with 等方面, the aspects an open list names (…公共卫生和社会安全等方面). */
  static boolean endsWithAspectsOfAList(String name) {
    int etc = name.length() - Grammar.ASPECT.length() - 1;
    return etc > 0 && name.charAt(etc) == Grammar.ETC && name.endsWith(Grammar.ASPECT);
  }

  /**
   * Whether a name before a count is only 以, alone or after a verb, which opens the frame the things counted after
   * the count stand in and names nothing ("以12个片区、65个社区中心为重点", "办好以10件民生实事为引领的…").
   */
  static boolean opensAFrame(String name, WordTable<Boolean> verbs) {
    return Chars.endsWith(name, Grammar.BY)
        && (name.length() == 1 || verbs.longestEndingAt(name, name.length() - 1, 0) != null);
  }
}
