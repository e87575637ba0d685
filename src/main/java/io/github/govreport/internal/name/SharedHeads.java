package io.github.govreport.internal.name;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.model.IndicatorCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The heads a list writes once for its items, read for {@link ListNames}: a head after the last item is each item's
 * ("装备制造业、高技术制造业增加值"), a list closed by 等 before its head gives it to each ("食品、石化等产业增加值"), levels
 * take the last item's noun ("国家级、省级创新平台"), and the first item's modifier reaches later bare heads ("技术合同
 * 登记数、成交额", "生产安全事故起数和死亡人数"). Immutable.
 */
public final class SharedHeads {

  /** The heads, entity heads and ordinal heads the items are read with. */
  private final ListWords lists;
  /** The verbs an item may open with (VERB, KEEP): a verb and its object are a whole name (接待游客). */
  private final NameWords names;
  /** The catalog whose indicators keep their own names. */
  private final IndicatorCatalog catalog;

  SharedHeads(Vocabulary words, IndicatorCatalog catalog) {
    this.lists = words.lists;
    this.names = words.names;
    this.catalog = catalog;
  }

  /**
   * Gives a head written once to every item: 装备制造业、高技术制造业增加值 → …增加值 each; an item the catalog knows as
   * it is keeps its own name ("城镇新增就业、新增发放创业担保贷款": 城镇新增就业 takes no 贷款).
   */
  List<String> share(List<String> parts) {
    String lastPart = parts.get(parts.size() - 1);
    List<String> closed = closedByEtc(parts, lastPart);
    if (closed != null) {
      return closed;
    }
    List<String> out = new ArrayList<>(parts);
    int shortest = Integer.MAX_VALUE;
    boolean sameLength = true;
    for (int i = 0; i < parts.size() - 1; i++) {
      shortest = Math.min(shortest, parts.get(i).length());
      sameLength &= parts.get(i).length() == parts.get(0).length();
    }
    String head = null;
    WordTable.Match<Boolean> m = headOf(lastPart);
    // "城镇、农村居民人均可支配收入", "一、二、三产业增加值": short items parallel to the last item's first chars, unless
    // the last item's own modifier is longer than theirs by a word or more ("家电、新能源汽车零售额": 零售额 is the
    // shared head; but "食品、药品抽检合格率" shares 抽检合格率).
    // "进、出口", "中、小学": one char parallel to a two-char word's first
    boolean parallel = sameLength && shortest <= 2 && lastPart.length() > shortest + (shortest == 1 ? 0 : 1)
        && !(shortest == 2 && m != null && m.length >= 2 && lastPart.length() - m.length >= shortest + 3);
    int place = placesBefore(parts, lastPart);
    if (place > 0) {
      head = lastPart.substring(place); // "中心城区、县城生活污水集中处理率": places sharing all after the last one
      parallel = true;
    } else if (parallel) {
      head = lastPart.substring(shortest);
    } else if (m != null && m.length < lastPart.length() && (m.length >= 2 || !sharesModifier(parts.get(0), lastPart))) {
      head = lastPart.substring(lastPart.length() - m.length); // a one-char head (率) only when no modifier is shared
    }
    boolean headShared = false;
    if (head != null) {
      headShared = giveHead(parts, out, head, sameLength && shortest <= 2);
      if (parallel && shortest == 1) {
        for (int i = 0; i < out.size(); i++) {
          out.set(i, ordinal(out.get(i)));
        }
      }
    }
    if (headShared) {
      firstModifierReachesBareHeads(parts, out, head);
    }
    if (headShared || parallel) {
      return out;
    } else if (levelsOnly(parts)) {
      // "国家级、部级创新平台": levels written before the last item's noun, which each level takes.
      String last = parts.get(parts.size() - 1);
      String noun = last.substring(last.indexOf(Grammar.LEVEL) + 1);
      for (int i = 0; i < out.size() - 1; i++) {
        out.set(i, parts.get(i) + noun);
      }
    } else if (parts.size() >= 2) {
      firstModifierReachesLaterHeads(parts, out);
    }
    return out;
  }

  /**
   * Gives {@code head} to every item of {@code out} before the last that has no head of its own, or an entity's, or
   * is as short as its parallels ({@code parallelItems}); an item the catalog knows, a verb with its object and an item with
   * the head keep their names, and a one-char head other than a rate's (数) goes to no item when the items are whole
   * without it, as one between them with a head of its own shows. Whether any item took it.
   */
  private boolean giveHead(List<String> parts, List<String> out, String head, boolean parallelItems) {
    boolean wholeItems = head.length() < 2 && !Chars.endsWith(head, Grammar.RATE) && headedItemBetween(parts);
    boolean shared = false;
    for (int i = 0; i < out.size() - 1; i++) {
      String p = out.get(i);
      WordTable.Match<Boolean> own = lists.heads.longestEndingAt(p, p.length(), 0);
      if (!p.endsWith(head) && catalog.resolve(p).isEmpty() && !verbAndObject(p)
          && (own == null || own.length >= p.length() || parallelItems || isEntityHead(p, own))) {
        String itsHead = nearestHead(parts, i, head);
        if (itsHead.length() >= 2 || !wholeItems) {
          out.set(i, joinHead(p, itsHead));
          shared = true;
        }
      }
    }
    return shared;
  }

  /**
   * The length of the kind of place or the group of people the last item opens with when every item before it is such
   * a place or group alone ({@code PLACES}: "中心城区、县城生活污水集中处理率"; {@code PEOPLE_GROUPS}: "职工、居民住院报销比例"),
   * so that all after it is what each one's is; 0 otherwise.
   */
  private int placesBefore(List<String> parts, String lastPart) {
    int place = kindsBefore(parts, lastPart, lists.places);
    return place > 0 ? place : kindsBefore(parts, lastPart, lists.peopleGroups);
  }

  private int kindsBefore(List<String> parts, String lastPart, WordTable<Boolean> kinds) {
    for (int i = 0; i < parts.size() - 1; i++) {
      String p = parts.get(i);
      WordTable.Match<NameWords.Role> time = i == 0 ? names.all.longestAt(p, 0, p.length()) : null;
      if (!kinds.contains(time != null && time.value == NameWords.Role.TIME ? p.substring(time.length) : p)) {
        return 0; // but "年底前中心城区、县城…": a time before the first place is the list's
      }
    }
    // the longest kind the last item opens with that leaves a noun of two chars or more after it
    WordTable.Match<Boolean> kind = kinds.longestAt(lastPart, 0, lastPart.length() - 2);
    return kind == null ? 0 : kind.length;
  }

  /**
   * Whether an item is a verb and its object, a whole name that takes no head ("接待游客、旅游总花费分别增长…":
   * 接待游客, not 接待游客花费).
   */
  private boolean verbAndObject(String item) {
    WordTable.Match<NameWords.Role> w = names.all.longestAt(item, 0, item.length());
    return w != null && w.value.verbal() && item.length() - w.length >= 2;
  }

  /**
   * 人民币存款、贷款余额: after the shared head is joined, a later item that is a head alone (贷款) takes the modifier
   * the first item writes before its word parallel to it, a word as long ending in the same char (人民币 before 存款).
   */
  private void firstModifierReachesBareHeads(List<String> parts, List<String> out, String head) {
    String firstPart = parts.get(0);
    int last = parts.size() - 1;
    for (int i = 1; i <= last; i++) {
      String bare = i < last ? parts.get(i) : parts.get(last).substring(0, parts.get(last).length() - head.length());
      int cut = firstPart.length() - bare.length();
      boolean parallel = cut > 0 && !bare.isEmpty() && firstPart.charAt(firstPart.length() - 1) == bare.charAt(bare.length() - 1);
      if (parallel && lists.heads.contains(bare)) {
        out.set(i, firstPart.substring(0, cut) + out.get(i));
      }
    }
  }

  /** 技术合同登记数、成交额: the first item's modifier belongs to the later bare heads and short-modified heads. */
  private void firstModifierReachesLaterHeads(List<String> parts, List<String> out) {
    String firstPart = parts.get(0);
    WordTable.Match<Boolean> own = lists.heads.longestEndingAt(firstPart, firstPart.length(), 0);
    if (own != null && own.length < firstPart.length()) {
      String prefix = firstPart.substring(0, firstPart.length() - own.length);
      for (int i = 1; i < out.size(); i++) {
        String p = out.get(i);
        WordTable.Match<Boolean> itsHead = lists.heads.longestEndingAt(p, p.length(), 0);
        if (lists.heads.contains(p) || itsHead != null && itsHead.length >= 2
            && p.length() - itsHead.length <= SHORT_MODIFIER && prefix.length() > 2 * SHORT_MODIFIER) {
          out.set(i, prefix + p); // "生产安全事故起数和死亡人数": 死亡人数 is the accidents' too
        } else if (sharesModifier(firstPart, p)) {
          out.set(i, firstPart.substring(0, firstPart.length() - p.length()) + p);
        }
      }
    }
  }

  /**
   * The items of a list closed by 等 before the head they share, each with that head ("食品、石化、医药、信息等产业增加值"
   * → 食品产业增加值 … 信息产业增加值); null when the last item holds no 等 after a word of two chars or more (高等教育).
   */
  private List<String> closedByEtc(List<String> parts, String lastPart) {
    int etc = lastPart.lastIndexOf(Grammar.ETC);
    if (etc < 2 || etc == lastPart.length() - 1) {
      return null;
    }
    String head = lastPart.substring(etc + 1);
    if (lists.heads.longestEndingAt(head, head.length(), 0) == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      out.add(joinHead(parts.get(i), head));
    }
    out.add(lastPart.substring(0, etc) + head);
    return out;
  }

  /** The longest modifier of a later item's head that still takes the first item's modifier (死亡 in 死亡人数). */
  private static final int SHORT_MODIFIER = 2;

  /** The longest later item that takes the first item's modifier: a short head of the same kind (诉求解决率、满意率). */
  private static final int SHORT_HEAD = 3;

  /**
   * Whether a later item is a short head of the same kind as the first item's, which it shares the first item's
   * modifier with ("群众诉求解决率、满意率" → 群众诉求满意率): as long as the first item's head, ending in the same char.
   */
  private static boolean sharesModifier(String first, String later) {
    return later.length() >= 2 && later.length() <= SHORT_HEAD && first.length() > later.length() + 1
        && first.charAt(first.length() - 1) == later.charAt(later.length() - 1) && !first.endsWith(later);
  }

  /** "一产业增加值" → 第一产业增加值: a numbered item before a head that is counted in order takes its 第. */
  String ordinal(String item) {
    if (item.length() > 1 && Numerals.plainDigit(item.charAt(0)) >= 1 && Numerals.plainDigit(item.charAt(0)) <= 3) {
      for (int hAt = 0; hAt < lists.ordinalHeads.size(); hAt++) { // indexed: no iterator on a hot path
        String h = lists.ordinalHeads.get(hAt);
        if (item.startsWith(h, 1)) {
          return Grammar.ORDINAL + item;
        }
      }
    }
    return item;
  }

  /** Whether every item but the last is a level only (国家级, 省级) and the last opens with a level of its own. */
  private static boolean levelsOnly(List<String> parts) {
    String last = parts.get(parts.size() - 1);
    int at = last.indexOf(Grammar.LEVEL);
    if (at < 0 || at >= ListNames.LEVEL_MAX || at + 2 >= last.length()) {
      return false;
    }
    for (int i = 0; i < parts.size() - 1; i++) {
      String p = parts.get(i);
      if (p.length() > ListNames.LEVEL_MAX || !Chars.endsWith(p, Grammar.LEVEL)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest head the last item ends in that leaves a modifier of it before: "普惠小微贷款余额" ends in 贷款余额, "贷款余额"
   * (after 存款、) in 余额, a head the items share. The longest head when none leaves one.
   */
  private WordTable.Match<Boolean> headOf(String lastPart) {
    WordTable.Match<Boolean> m = lists.heads.longestEndingAt(lastPart, lastPart.length(), 0);
    if (m == null || m.length < lastPart.length()) {
      return m;
    }
    for (int k = m.length - 1; k > 0; k--) {
      WordTable.Match<Boolean> shorter = lists.heads.endingAt(lastPart, lastPart.length(), k);
      if (shorter != null) {
        return shorter;
      }
    }
    return m;
  }

  /**
   * An item with the head it borrows, written once where they overlap: 城镇居民 and 居民人均可支配收入 make
   * 城镇居民人均可支配收入, not 城镇居民居民人均可支配收入.
   */
  static String joinHead(String item, String head) {
    for (int k = Math.min(item.length() - 1, head.length() - 1); k >= 2; k--) {
      if (item.endsWith(head.substring(0, k))) {
        return item + head.substring(k);
      }
    }
    return item + head;
  }

  /**
   * Whether an item's own head names what is measured rather than a measure (高新技术产业 in "…、高新技术产业、
   * 战略性新兴产业增加值"), so that it still takes the list's measure.
   */
  boolean isEntityHead(String item, WordTable.Match<Boolean> own) {
    return lists.entityHeads.contains(item.substring(item.length() - own.length));
  }

  /**
   * Whether an item between the first and the last has a head of its own: the items are names whole without the last
   * one's head, which a one-char head (数) is not given to ("PM10、PM2.5年均浓度、优良天数均居全省第二位": PM10, not PM10数).
   */
  private boolean headedItemBetween(List<String> parts) {
    for (int j = 1; j < parts.size() - 1; j++) {
      String p = parts.get(j);
      WordTable.Match<Boolean> own = lists.heads.longestEndingAt(p, p.length(), 0);
      if (own != null && own.length < p.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head an item borrows: the last item's ({@code fallback}), or a more specific form of it that a nearer
   * later item has ("农村卫生户厕、生活垃圾处理设施覆盖率和生活污水治理率": 覆盖率 rather than 率; but in "…制造业、
   * 高新技术产业、战略性新兴产业增加值" 产业 is no form of 增加值, so 增加值).
   */
  String nearestHead(List<String> parts, int i, String fallback) {
    for (int j = i + 1; j < parts.size() - 1; j++) {
      String p = parts.get(j);
      WordTable.Match<Boolean> own = lists.heads.longestEndingAt(p, p.length(), 0);
      if (own != null && own.length < p.length() && own.length > fallback.length() && p.endsWith(fallback)) {
        return p.substring(p.length() - own.length);
      }
    }
    return fallback;
  }

  /**
   * Whether {@code word} is a head that names a measure of an amount (产量, 金额, 面积), not what is measured, nor a share
   * or a rate of another measure (占比, 强度: 财政民生支出占比 keeps its 支出).
   */
  public static boolean isMeasure(String word, ListWords lists) {
    return lists.heads.contains(word) && !lists.entityHeads.contains(word) && !Chars.containsAny(word, lists.shareWords)
        && !Chars.containsAny(word, lists.rateWords);
  }
}
