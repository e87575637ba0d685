package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.ListNames;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.NameEdges;
import io.github.govreport.internal.name.SharedHeads;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item of a list takes from its neighbours when it is written short: the head of the next item's noun
 * (95个省重点、1469个市重点项目), the noun of the next item at another level (省级400个、市级3000个重点项目), the
 * measure of the item before (钢铁产能1400万吨、煤炭1000万吨), the subject before at its own level (国家级…2家、省级8家).
 * Stateless.
 */
final class ListItems {

  private ListItems() {}

  /**
   * The noun a count at a level borrows from the next item of its list, which writes it after its own count at
   * another level ("推进省级400个、市级3000个重点项目建设": 省级 borrows 重点项目; "清理规范市级51项、县级216项行政备案事项"), or
   * null: a count with no noun of its own right before 、, a name ending in a level, and the next item a level, a count
   * in the same unit and a noun.
   */
  static String nounOfTheNextItem(FigureGroup g) {
    Amount next = g.next;
    int comma = g.afterEnd;
    if (next == null || !g.first.isCount() || !next.isCount() || g.amounts.size() != 1 || g.postEnd > g.afterEnd
        || comma >= g.clauseEnd || g.t.charAt(comma) != LIST_MARK || !Chars.endsWith(g.name, Grammar.LEVEL)
        || !next.unit.equals(g.first.unit) || !ListNames.isLevel(g.t.text(comma + 1, next.start))) {
      return null;
    }
    int end = PostNoun.end(g.t, next.suffixEnd, g.clauseEnd, g.words);
    if (end <= next.suffixEnd) {
      return null;
    }
    NameWords names = g.words.names;
    String noun = PostNoun.countedNoun(Subjects.clean(g.t.text(next.suffixEnd, end), names), names, g.words.lists);
    return noun.isEmpty() ? null : noun;
  }

  /**
   * A counted noun with the head of the next count's noun, when the two are items of one list written once: the
   * next noun opens as this one ends, on the same chars ("95个省重点、1469个市重点项目": 省重点项目), or this one is a
   * level and the next a level with its noun, after 、 or a conjunction ("5个省级、3个国家级开发区", "20个省级和50个
   * 市级示范村": 省级开发区, 省级示范村); the noun as it is otherwise.
   */
  static String headOfTheNextItem(FigureGroup g, String noun) {
    Amount next = g.next;
    SourceText t = g.t;
    if (next == null || noun.length() < 2 || g.postEnd >= t.length()
        || t.charAt(g.postEnd) != LIST_MARK && !Grammar.JOINERS.has(t.charAt(g.postEnd))
        || next.start != g.postEnd + 1 || !next.countedByAWord()) {
      return noun;
    }
    NameWords names = g.words.names; // the next noun without the predicate after it: "…示范基地提档升级"
    String nextNoun = PostNoun.countedNoun(Subjects.clean(t.text(next.suffixEnd,
        PostNoun.end(t, next.suffixEnd, g.clauseEnd, g.words)), names), names, g.words.lists);
    int n = noun.length();
    if (t.charAt(g.postEnd) == LIST_MARK && nextNoun.length() > n + 1 && nextNoun.regionMatches(n - 2, noun, n - 2, 2)
        && isHead(nextNoun.substring(n), g.words.names)) {
      return noun + nextNoun.substring(n);
    }
    int level = nextNoun.indexOf(Grammar.LEVEL);
    if (Chars.endsWith(noun, Grammar.LEVEL) && n <= ListNames.LEVEL_MAX && level > 0 && level + 1 < nextNoun.length()
        && isNoun(nextNoun.substring(level + 1), FigureGroup.MAX_NAME, g.words.names)) { // as long as a level's noun
      return noun + nextNoun.substring(level + 1);
    }
    return noun;
  }

  /**
   * The name of an item of a list after the figure of the item before it, named {@code before}: with that item's
   * measure in the same unit ({@link #withMeasureBefore}), else with the word of the indicator's own it opens with
   * ({@link #withKeptWordBefore}); null when neither applies.
   */
  static String afterTheItemBefore(FigureGroup g, String before) {
    boolean listed = FigureLists.inListAfterTheFigureBefore(g);
    String measured = listed ? withMeasureBefore(before, g.name, g.words.lists) : null;
    measured = measured == null && listed ? anotherMeasureOf(before, g.name, g.words.lists) : measured;
    return measured != null ? measured : withKeptWordBefore(g, before);
  }

  /**
   * An item of a list that is another measure alone, of what the item before measures ("一般预算收入29.3亿元、支出143.6
   * 亿元" → 一般预算支出; "规模以上工业增加值…、利润…" → 规模以上工业利润): {@code before} without the measure head it ends in,
   * and {@code name}; null when {@code name} is no measure head alone or {@code before} is one (主营业务收入…、利润…).
   */
  static String anotherMeasureOf(String before, String name, ListWords lists) {
    if (!SharedHeads.isMeasure(name, lists)) {
      return null;
    }
    String measure = measureHeadOf(before, lists);
    int subject = measure == null ? 0 : before.length() - measure.length();
    return subject >= NameCleaner.MIN_NAME ? before.substring(0, subject) + name : null;
  }

  /**
   * An item of a list with the word of the indicator's own that opens the item before it ({@code KEEP} in names.tsv:
   * "新增智慧养老院30家、家庭养老床位1万张" → 新增家庭养老床位, "新建学校5所、幼儿园12所" → 新建幼儿园): the word alone
   * before the item's noun (not 新建改建, 新建、改扩建), the figures measured alike, no cue between the item and its
   * figure, and the item opening with no word of a role (a verb, a word of its own) nor a total (总里程 is the stock
   * after the flow); null otherwise.
   */
  static String withKeptWordBefore(FigureGroup g, String before) {
    NameWords names = g.words.names;
    WordTable.Match<Boolean> kept = names.of(NameWords.Role.KEEP).longestAt(before, 0, before.length());
    if (kept == null || kept.length >= before.length() || before.charAt(kept.length) == LIST_MARK
        || opensWithAWordOfItsOwn(before, kept.length, names) || g.name.length() < 2 || !g.peel.cues.isEmpty()
        || g.figureBefore.unit.dimension() != g.first.unit.dimension() || Grammar.TOTAL == g.name.charAt(0)) {
      return null;
    }
    return opensWithAWordOfItsOwn(g.name, 0, names) ? null : before.substring(0, kept.length) + g.name;
  }

  /** Whether a verb of a task ({@code VERB}) starts at {@code at} and ends by {@code limit}. */
  private static boolean opensWithAVerb(String name, int at, int limit, NameWords names) {
    WordTable.Match<NameWords.Role> verb = names.all.longestAt(name, at, limit);
    return verb != null && verb.value == NameWords.Role.VERB;
  }

  /**
   * Whether a name from {@code at} opens with a verb, an adverb, a time or a word of its own (改建, 新增, 年内), or a word
   * kept whole that opens with a verb (带动就业).
   */
  private static boolean opensWithAWordOfItsOwn(String name, int at, NameWords names) {
    WordTable.Match<NameWords.Role> opening = names.all.longestAt(name, at, name.length());
    return opening != null && (opening.value.verbal() || opening.value.adverbial()
        || opening.value == NameWords.Role.KEEP || opening.value == NameWords.Role.TIME
        || opening.value == NameWords.Role.WHOLE && opensWithAVerb(name, at, at + opening.length - 1, names));
  }

  /** The longest item of a list that takes the head of the item before it (煤炭, 平板玻璃). */
  private static final int BARE_ITEM_MAX = 4;

  /**
   * A bare item of a list with the measure of the item before it ("压减钢铁产能1400万吨、煤炭1000万吨" → 煤炭产能;
   * "粮食产量300万吨、油料20万吨" → 油料产量): the shortest measure head {@code before} ends with, after {@code name}
   * when it is short and has no head of its own; null otherwise.
   */
  static String withMeasureBefore(String before, String name, ListWords lists) {
    if (name.length() < 2 || name.length() > BARE_ITEM_MAX
        || lists.heads.longestEndingAt(name, name.length(), 0) != null) {
      return null;
    }
    for (int k = 2; k < before.length() - 1; k++) {
      if (lists.heads.endingAt(before, before.length(), k) != null) { // a head of k chars: no copy of every tail
        String head = before.substring(before.length() - k);
        if (SharedHeads.isMeasure(head, lists)) {
          return name + head;
        }
      }
    }
    return null;
  }

  /**
   * The name of a clause that repeats the clause before for another place of the same kind, with the measure the
   * clause before names ("市产业集聚区主营业务收入在350亿元以上，…泌阳产业集聚区在200亿元以上" → 泌阳产业集聚区主营业务收入;
   * "A县财政收入达到10亿元，B县达到8亿元" → B县财政收入): {@code name} has no head of its own and ends as the words of
   * {@code before} end right before a tail that closes with a measure head; the shortest such tail. Null otherwise
   * ("粮食产量…，棉花…" ends otherwise: no telling what 棉花 repeats).
   */
  static String withMeasureOfTheClauseBefore(String before, String name, ListWords lists) {
    if (name.length() < 2 || lists.heads.longestEndingAt(name, name.length(), 0) != null) {
      return null;
    }
    if (measureHeadOf(before, lists) == null) {
      return null;
    }
    char end = name.charAt(name.length() - 1);
    for (int k = before.length() - 2; k >= 1; k--) { // the shortest tail of two chars or more
      if (before.charAt(k - 1) == end) {
        return name + before.substring(k);
      }
    }
    return null;
  }

  /** The longest partner a measure of trade is told for, after 对 (对共建“一带一路”国家). */
  private static final int PARTNER_MAX = 12;

  /** The longest part of a whole a breakdown names before its figure (高速公路, 干线公路). */
  private static final int PART_MAX = 8;

  /**
   * The name of a part of what the subject before measures: a partner of trade ({@link #forAPartner}), or a part in a
   * breakdown that 其中 opens, in the unit of the figure before ({@link #inABreakdown}); null for neither.
   */
  static String partOfTheWhole(FigureGroup g, String before, SentenceState s) {
    String partner = forAPartner(before, g.name, g.words.lists);
    return partner != null || !s.amongThem || g.lastFigure == null
        || g.lastFigure.unit.dimension() != g.first.unit.dimension() ? partner
        : inABreakdown(before, g.name, g.words.lists); // "…其中高速公路6.4亿元": 高速公路投资
  }

  /**
   * The name of a partner's part of the measure before: a name that is 对 and a partner with no head of its own takes
   * the measure {@code before} ends in ("进出口总值增长12.3%，其中对中亚五国增长48.1%" → 对中亚五国进出口总值;
   * "…对东盟增长15%、对欧盟增长3%"). Null when {@code name} is no partner alone or {@code before} ends in no measure.
   */
  static String forAPartner(String before, String name, ListWords lists) {
    return name.length() >= 2 && name.length() <= PARTNER_MAX + 1 && name.charAt(0) == Grammar.PARTNER
        ? withTheMeasureOfTheWhole(before, name, lists) : null;
  }

  /**
   * The name of a part in a breakdown that 其中 opens, in the unit of the figure it breaks down: a short name with no
   * head of its own takes the measure {@code before} ends in ("交通完成投资27.19亿元，其中高速公路6.4亿元" → 高速公路投资).
   * Null when {@code name} is longer or has a head, or {@code before} ends in no measure.
   */
  static String inABreakdown(String before, String name, ListWords lists) {
    return name.length() >= 2 && name.length() <= PART_MAX ? withTheMeasureOfTheWhole(before, name, lists) : null;
  }

  /** {@code name} with the longest measure head {@code before} ends in, when it has no head of its own; or null. */
  private static String withTheMeasureOfTheWhole(String before, String name, ListWords lists) {
    if (lists.heads.longestEndingAt(name, name.length(), 0) != null) {
      return null;
    }
    String measure = measureHeadOf(before, lists);
    return measure != null ? name + measure : null;
  }

  /** The longest head {@code name} ends in when that head names a measure (增加值, 进出口总额), else null. */
  private static String measureHeadOf(String name, ListWords lists) {
    WordTable.Match<Boolean> head = lists.heads.longestEndingAt(name, name.length(), 0);
    String tail = head == null ? null : name.substring(name.length() - head.length);
    return tail != null && SharedHeads.isMeasure(tail, lists) ? tail : null;
  }

  /**
   * The name of the subject before at the level a name that is only a level gives ("新增国家级专精特新企业2家、省级8家":
   * 省级 is 新增省级专精特新企业): the word of the indicator's own it opens with, the level, and what follows its own
   * level; a subject with no level of its own takes the level in front of its noun only when the level opens a
   * breakdown of it ({@code among}: "重点龙头企业达410家，其中国家级6家" → 国家级重点龙头企业). Null when {@code name} is no
   * level alone or {@code before} has no noun to take it.
   */
  static String atLevel(String before, String name, Vocabulary words, boolean among) {
    NameWords names = words.names;
    int level = before.indexOf(Grammar.LEVEL);
    boolean ownLevel = level >= 1 && level + 2 < before.length()
        && isNoun(before.substring(level + 1), FigureGroup.MAX_NAME, names);
    boolean brokenDown = level < 0 && among && isNoun(before, FigureGroup.MAX_NAME, names);
    if (!ListNames.isLevel(name) || !ownLevel && !brokenDown) {
      return null;
    }
    WordTable.Match<Boolean> own = names.of(NameWords.Role.KEEP).longestAt(before, 0, level < 0 ? before.length() : level);
    String kept = own == null ? "" : before.substring(0, own.length);
    if (level < 0) {
      return kept + name + before.substring(kept.length());
    }
    WordTable.Match<?> bound = words.lists.suffixBounds.longestAt(before, level + 1, before.length());
    int noun = level + 1 + (bound == null ? 0 : bound.length); // "省级以上农业产业化龙头企业": its own level's bound stays
    return kept + name + before.substring(noun);
  }

  /**
   * Whether the end of a listed noun is a head two items share: short, no 等, no predicate in it (a verb with an
   * object after it: 入选首批中国消费名品; a verb that only opens a noun is the noun's: 开发区).
   */
  private static boolean isHead(String tail, NameWords names) {
    return isNoun(tail, HEAD_MAX, names);
  }

  /** Whether {@code tail} is a noun of at most {@code max} chars: no 等, no predicate in it. */
  private static boolean isNoun(String tail, int max, NameWords names) {
    if (tail.length() > max || tail.indexOf(Grammar.ETC) >= 0) {
      return false;
    }
    for (int i = 0; i < tail.length(); i++) {
      WordTable.Match<NameWords.Role> w = names.all.longestAt(tail, i, tail.length());
      // a verb opening the tail (入选首批…, not 开发区); one after a noun is the noun's (新农村建设示范村)
      if (w != null && (w.value == NameWords.Role.VERB && i == 0 && tail.length() - w.length >= 2
          || w.value == NameWords.Role.PREDICATE || w.value == NameWords.Role.OPENER)) {
        return false;
      }
    }
    return true;
  }

  /** The longest head two listed counted nouns are read to share (项目, 开发区, 临床重点专科). */
  private static final int HEAD_MAX = 6;

  /**
   * The level a name is, after the verbs before it ("清理规范县级" → 县级, "省级"): a word of at most
   * {@link ListNames#LEVEL_MAX} chars closed by 级; null for any other name. The caller asks only when the level is
   * written right before the figure.
   */
  static String levelAlone(String name, NameWords names) {
    String level = NameEdges.withoutLeadingVerbs(name, names);
    return ListNames.isLevel(level) ? level : null;
  }

  /**
   * The names of the figures of {@code name} when it gives as many as the list before gave, with one name: each with
   * its item's own words of that list before it ("中心城区、县城生活污水集中处理率分别达到95%和90%以上，污泥无害化处理率
   * 达到100%和80%": 中心城区污泥无害化处理率, 县城污泥无害化处理率); {@code name} for each when the names before share no
   * tail of two chars or more.
   */
  static List<String> itemsOfTheListBefore(List<String> before, String name) {
    int shared = 0;
    String first = before.get(0);
    while (shared < first.length() && sameCharFromTheEnd(before, shared + 1)) {
      shared++; // the tails matched so far stay matched: one char more at a time
    }
    List<String> out = new ArrayList<>(before.size());
    for (String b : before) {
      out.add(shared >= 2 && b.length() > shared ? b.substring(0, b.length() - shared) + name : name);
    }
    return out;
  }

  /** Whether every name of {@code names} has the first name's char {@code k} chars from its end. */
  private static boolean sameCharFromTheEnd(List<String> names, int k) {
    String first = names.get(0);
    char c = first.charAt(first.length() - k);
    for (String n : names) {
      if (n.length() < k || n.charAt(n.length() - k) != c) {
        return false;
      }
    }
    return true;
  }
}
