package io.github.govreport.internal.name;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARKS;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Distributes a name over the figures of a list, the clause reader's third job: "城镇和农村居民人均可支配收入分别增长
 * 5.2%、7.3%" names two figures, "装备制造业、高技术制造业增加值" gives its head to both items, "一、二、三产业增加值"
 * numbers its items (第一产业增加值), a scope written once ("农村卫生户厕、生活垃圾处理设施覆盖率") carries to the items
 * after, and a count that is the number of the names listed ("长白山、三江、吉光3个") is one figure. Immutable.
 */
public final class ListNames {

  /** The heads, contractions and list scopes the lists are read with. */
  private final ListWords lists;
  /** The verbs of a task, left off an item before its head is told. */
  private final WordTable<Boolean> verbs;
  /** The name words, whose verbs of a task leave an item's front. */
  private final NameWords names;
  /** The words of a stretch goal (力争), which open a new predicate inside a list. */
  private final WordTable<Boolean> stretch;
  /** The heads a list's items share or give one another. */
  private final SharedHeads heads;
  /** The catalog whose indicators keep their own names. */
  private final IndicatorCatalog catalog;
  /** Each contraction written with a list mark after its first char (存、贷款), with the words it stands for. */
  private final java.util.Map<String, List<String>> markedContractions = new java.util.LinkedHashMap<>();

  /** Lists read with the words of {@code words}; an item {@code catalog} knows as it is keeps its name. */
  public ListNames(Vocabulary words, IndicatorCatalog catalog) {
    this.lists = words.lists;
    this.verbs = words.names.taskVerbs;
    this.names = words.names;
    this.stretch = words.names.of(NameWords.Role.STRETCH);
    this.catalog = catalog;
    this.heads = new SharedHeads(words, catalog);
    lists.contractions.forEach((key, stands) -> markedContractions.put(key.charAt(0) + String.valueOf(LIST_MARK)
        + key.substring(1), stands));
  }

  /**
   * The names of a list that one figure is given to, each ("城镇居民和农村居民人均可支配收入均增长8%": both incomes;
   * "城乡居民人均可支配收入均增长7%左右": 城镇… and 农村…); the subject alone when it lists nothing.
   */
  public List<String> each(String subject) {
    List<String> contracted = expandContraction(subject, 0, true);
    if (contracted != null) {
      return contracted; // "本外币存、贷款余额双双突破6万亿元": both balances
    }
    List<String> listed = distribute(subject, 1);
    if (listed.size() > 1) {
      return listed; // "开工率、入统率和投资完成率均为100%"
    }
    int items = Segmenter.splitTopLevel(subject, Grammar.JOINERS.chars()).size();
    if (items == 1) {
      for (var e : lists.contractions.entrySet()) {
        if (subject.contains(e.getKey())) {
          items = e.getValue().size();
          break;
        }
      }
    }
    return items > 1 ? distribute(subject, items) : List.of(subject);
  }

  /**
   * The names one figure of a list belongs to: each indicator's when every item is one the catalog knows
   * ("社会消费品零售总额、固定资产投资增长4%左右") or a rate the percentage is of, else the list's together
   * ("电动汽车、锂电池、光伏产品出口增长77.6%": the three's exports as one).
   */
  public List<String> together(String listed, Amount figure) {
    List<String> items = distribute(listed, 1);
    // "办结率、满意率100%": a percentage after a list of rates, each written whole, is each rate's
    boolean rates = items.size() >= 2 && figure.unit.dimension() == Dimension.PERCENT && listed.indexOf(LIST_MARK) > 0
        && Chars.endsWith(listed, Grammar.RATE);
    List<String> written = rates ? Segmenter.splitTopLevel(listed, LIST_MARKS) : List.of();
    rates &= written.size() == items.size();
    for (int k = 0; k < written.size() && rates; k++) {
      rates = Chars.endsWith(written.get(k), Grammar.RATE);
    }
    for (int k = 0; k < items.size() && !rates; k++) { // indexed: no iterator for every figure
      if (catalog.resolve(items.get(k)).isEmpty()) {
        return items.size() == 1 && items.get(0).equals(listed) ? items : List.of(listed);
      }
    }
    return items;
  }

  public List<String> distribute(String subject, int k) {
    if (k == 1 && subject.indexOf(LIST_MARK) < 0) {
      return List.of(subject);
    }
    List<String> parts = Segmenter.splitTopLevel(subject, LIST_MARKS);
    if (Chars.endsWith(subject, Grammar.ETC) || k == 1 && collective(parts.get(parts.size() - 1))) {
      parts = List.of(subject);
    }
    if (parts.size() > 1 && (k == 1 || parts.size() < k)) {
      List<String> more = andInLastItem(parts);
      if (k >= 2 ? more.size() == k : more.size() > parts.size() && bothHeaded(more, parts.size() - 1)) {
        parts = more;
      }
    }
    if (k >= 2) {
      List<String> contracted = expandContraction(subject, k, true);
      if (contracted != null) {
        return contracted; // "人民币存、贷款余额": 存贷款 written with a list mark
      }
      if (parts.size() == k) {
        return heads.share(parts);
      }
      if (parts.size() == 1) {
        List<String> and = Segmenter.splitTopLevel(subject, Grammar.JOINERS.chars());
        if (and.size() == k) {
          return heads.share(and);
        }
        List<String> quoted = quotedInARow(subject);
        if (quoted.size() == k) {
          return quoted;
        }
        List<String> expanded = expandContraction(subject, k, false);
        if (expanded != null) {
          return expanded;
        }
      }
      List<String> same = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        same.add(subject);
      }
      return same;
    }
    if (parts.size() > 1) {
      List<String> shared = heads.share(parts);
      for (int i = 0; i < parts.size() - 1; i++) {
        if (NameEdges.withoutLeadingVerbs(parts.get(i), names).length() <= 2 && shared.get(i).equals(parts.get(i))) {
          return List.of(subject); // 绿色、有机、名特优新农产品: qualities of one thing, not several things
        }
      }
      return shared;
    }
    return List.of(subject);
  }

  /**
   * The {@code k} names a contraction in {@code subject} stands for, each in its place (人民币存贷款余额 → 人民币存款余额,
   * 人民币贷款余额), or null for none; {@code k} 0 for any number of names; {@code marked}, the contraction written
   * with a list mark after its first char (存、贷款).
   */
  private List<String> expandContraction(String subject, int k, boolean marked) {
    for (var e : marked ? markedContractions.entrySet() : lists.contractions.entrySet()) {
      String written = e.getKey();
      int at = subject.indexOf(written);
      if (at >= 0 && (k == 0 || e.getValue().size() == k)) {
        List<String> out = new ArrayList<>();
        for (String v : e.getValue()) {
          out.add(subject.substring(0, at) + v + subject.substring(at + written.length()));
        }
        return out;
      }
    }
    return null;
  }

  /**
   * Carries a scope written once before a list to the items after the first ("农村卫生户厕、生活垃圾处理设施覆盖率"
   * → 农村生活垃圾处理设施覆盖率), except to an item that has a scope of its own or that the catalog knows as it is
   * ("城镇调查失业率、居民消费价格涨幅": the price index is not an urban one); nothing is carried when the first item
   * is an indicator the catalog knows with its scope (城镇新增就业).
   */
  public List<String> carryScope(List<String> names) {
    if (names.size() < 2) {
      return names;
    }
    String first = names.get(0);
    String scope = null;
    for (int k = 0; k < lists.listScopes.size(); k++) {
      String s = lists.listScopes.get(k);
      if (first.startsWith(s) && first.length() > s.length() + 1) {
        scope = s;
      }
    }
    if (scope == null || catalog.resolve(first).isPresent()) {
      return names; // "城镇新增就业、…": 城镇 is the indicator's own word, not the list's
    }
    List<String> out = new ArrayList<>(names);
    for (int i = 1; i < out.size(); i++) {
      String n = out.get(i);
      boolean scoped = false;
      for (int k = 0; k < lists.listScopes.size(); k++) {
        scoped |= n.startsWith(lists.listScopes.get(k));
      }
      if (!scoped && !n.equals(first) && catalog.resolve(n).isEmpty()) {
        out.set(i, scope + n);
      }
    }
    return out;
  }

  /**
   * The names of quoted items written in a row, with no mark between them, before the head they share ("“最多跑一次”
   * “零跑动”事项" → “最多跑一次”事项, “零跑动”事项): each quote with the words before the first and after the last; an
   * empty list when fewer than two quotes stand in a row.
   */
  static List<String> quotedInARow(String subject) {
    int first = subject.indexOf('“');
    if (first < 0) {
      return List.of();
    }
    List<String> quotes = new ArrayList<>();
    int at = first;
    while (at < subject.length() && subject.charAt(at) == '“') {
      int close = subject.indexOf('”', at + 1);
      if (close < 0) {
        return List.of();
      }
      quotes.add(subject.substring(at, close + 1));
      at = close + 1;
    }
    if (quotes.size() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>(quotes.size());
    for (String q : quotes) {
      out.add(subject.substring(0, first) + q + subject.substring(at));
    }
    return out;
  }

  /** The list with its last item split at 和, 与 or 及 ("A、B和C" → A, B, C); the same list when it has none. */
  static List<String> andInLastItem(List<String> parts) {
    List<String> last = Segmenter.splitTopLevel(parts.get(parts.size() - 1), Grammar.JOINERS.chars());
    if (last.size() < 2) {
      return parts;
    }
    List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
    out.addAll(last);
    return out;
  }

  /** Whether the items from {@code from} on each end with a head of their own (…覆盖率, …治理率). */
  boolean bothHeaded(List<String> items, int from) {
    for (int i = from; i < items.size(); i++) {
      String p = items.get(i);
      WordTable.Match<Boolean> own = lists.heads.longestEndingAt(p, p.length(), 0);
      if (own == null || own.length >= p.length()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a listed name ends by gathering the list into one ("集成电路、生物医药、人工智能三大先导产业规模",
   * "黄山、池州、安庆、宣城四市规上服务业营收"): a count of kinds or places (三大, 两个, 四市) after the last item, so
   * one figure is for all of them together.
   */
  static boolean collective(String last) {
    for (int i = 0; i + 1 < last.length(); i++) {
      if (isSmallCount(last.charAt(i)) && Grammar.COLLECTIVES.has(last.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code c} is a count of two to ten as a count writes it: 两, 三 … 十 (二 is an ordinal's: 二类). */
  private static boolean isSmallCount(char c) {
    return Numerals.kind(c) == Numerals.Kind.COUNT_DIGIT || Numerals.plainDigit(c) >= 3 || c == Numerals.TEN;
  }

  /**
   * The name after a list item that opens with 力争 or 争取 ("做实打响“旅居云南”新品牌、力争旅居人数" → 旅居人数): such
   * an item starts a new predicate, so what comes before it is not part of the figure's name.
   */
  public String afterStretchItem(String name) {
    int end = -1;
    for (int at = name.indexOf(LIST_MARK); at >= 0; at = name.indexOf(LIST_MARK, at + 1)) {
      WordTable.Match<Boolean> w = stretch.longestAt(name, at + 1, name.length());
      if (w != null) {
        end = Math.max(end, at + 1 + w.length);
      }
    }
    return end < 0 || end >= name.length() ? name : name.substring(end);
  }

  /** "长白山、三江、吉光3个", "水产和林下经济2个": a count of the names listed (the last two maybe joined by 和), not each's. */
  public static boolean countsTheList(String subject, Amount a) {
    if (subject.indexOf(LIST_MARK) < 0 || !a.isCount() || a.upper != null || a.value.signum() <= 0
        || a.value.stripTrailingZeros().scale() > 0 || a.unit.factor().compareTo(BigDecimal.ONE) != 0) {
      return false;
    }
    List<String> items = Segmenter.splitTopLevel(subject, LIST_MARKS);
    return items.size() == a.value.intValue() || andInLastItem(items).size() == a.value.intValue();
  }

  /**
   * Lends the head of the name before to names that are only modifiers: after "全体居民人均可支配收入增长5.3%",
   * "其中城镇、农村分别增长4.5%、6.2%" is about 城镇居民人均可支配收入 and 农村居民人均可支配收入.
   */
  public List<String> borrowHead(List<String> names, String before) {
    if (names.size() < 2) {
      return names;
    }
    for (String n : names) {
      if (n.length() > 2) {
        return names;
      }
    }
    WordTable.Match<Boolean> head = lists.heads.longestEndingAt(before, before.length(), 0);
    if (head == null) {
      return names;
    }
    String h = before.substring(before.length() - head.length);
    List<String> out = new ArrayList<>(names.size());
    for (String n : names) {
      out.add(n + h);
    }
    return out;
  }

  /** Every item with {@code head} after it, written once where they overlap (省级财政 + 资金 → 省级财政资金). */
  public static List<String> withHead(List<String> items, String head) {
    List<String> out = new ArrayList<>(items.size());
    for (String item : items) {
      out.add(item.endsWith(head) ? item : SharedHeads.joinHead(item, head));
    }
    return out;
  }

  /** The verbs of a list that share the object of its last item, one per item, and that object. */
  public record VerbList(List<String> verbs, String object) {}

  /** The length of a verb of a task this vocabulary does not know, after 新 or not (竣工, 投产, 新开工). */
  private static final int UNKNOWN_VERB = 2;

  /**
   * The verbs of {@code listed} when it lists verbs that share the object of the last item ("开工、投产新能源项目",
   * "新建和改造农村公路"): every item before the last only verbs of a task, the last a verb and the object; null for
   * any other list. The last item's verb is the verbs of a task it opens with, else its first two chars (after 新).
   * Each name of such a list keeps its verb, which is all that tells the figures apart.
   */
  public VerbList verbList(String listed) {
    if (listed.isEmpty()) {
      return null;
    }
    int from = listed.charAt(0) == Grammar.NEW ? 1 : 0;
    if (verbs.longestAt(listed, 0, listed.length()) == null && verbs.longestAt(listed, from, listed.length()) == null) {
      return null; // the cheap test first: a list of verbs opens with one
    }
    List<String> parts = Segmenter.splitTopLevel(listed, LIST_MARKS);
    if (parts.size() < 2) {
      parts = Segmenter.splitTopLevel(listed, Grammar.JOINERS.chars());
    }
    if (parts.size() < 2) {
      return null;
    }
    for (int i = 0; i < parts.size() - 1; i++) {
      if (!NameEdges.onlyVerbs(parts.get(i), names)) {
        return null;
      }
    }
    String last = parts.get(parts.size() - 1);
    int verb = last.length() - NameEdges.withoutLeadingVerbs(last, names).length();
    if (verb == 0) {
      verb = (last.charAt(0) == Grammar.NEW ? 1 : 0) + UNKNOWN_VERB;
    }
    if (last.length() - verb < 2) {
      return null;
    }
    List<String> each = new ArrayList<>(parts.subList(0, parts.size() - 1));
    each.add(last.substring(0, verb));
    return new VerbList(each, last.substring(verb));
  }

  /** The longest level a list item may be (国家级, 自治区级), written before the noun of the last. */
  public static final int LEVEL_MAX = 4;

  /** Whether {@code word} is a level and nothing else: two to {@link #LEVEL_MAX} chars, its one 级 the last (省级). */
  public static boolean isLevel(String word) {
    int n = word.length();
    return n >= 2 && n <= LEVEL_MAX && word.indexOf(Grammar.LEVEL) == n - 1;
  }

}
