package io.github.govreport.internal.name;

import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.SourceText;

/**
 * What a rank (居全国第5位, 稳居全国前十强) is of: the subject before its word of rank, whether 均 gives it to each item
 * of a list, and a rank inserted in a chain of figures that names nothing. Stateless.
 */
public final class Ranks {

  private Ranks() {}

  /**
   * Whether a name between two figures of a chain is an inserted predicate without a figure of its own
   * ("稳居全国前十强"): it opens with a word of rank, so it names nothing and the chain's subject carries on.
   */
  public static boolean insertedPredicate(String name, ListWords lists) {
    WordTable.Match<Boolean> rank = lists.rankCues.longestAt(name, 0, name.length());
    // A one-char word of rank (居, 排, 列) also starts nouns: 居民消费价格.
    return rank != null && rank.length >= 2 && name.length() > rank.length && name.indexOf(LIST_MARK) < 0
        && name.indexOf(COMMA) < 0;
  }

  /**
   * The subject of a rank: the words before the first word of rank, cleaned, without the fillers a rank ends with;
   * "" for a rank moved from (由上年居世界第四位); the name without the scope written last when no word of rank stands
   * there ("营商环境评价全省第七位": 营商环境评价).
   */
  public static String rankSubject(SourceText t, int from, int to, String name, Vocabulary words) {
    ListWords lists = words.lists;
    int i = rankCueAt(t, from, to, words);
    if (i >= 0) {
      String n = Subjects.clean(t.text(from, i), words.names);
      if (!n.isEmpty() && Grammar.FROM.has(n.charAt(0))) {
        return ""; // "…总额1.15万亿美元，由上年居世界第四位上升为第三位": the rank moved from, the subject before's
      }
      for (int tailAt = 0; tailAt < lists.rankFillers.size(); tailAt++) { // indexed: no iterator on a hot path
        String tail = lists.rankFillers.get(tailAt);
        if (n.endsWith(tail)) {
          n = n.substring(0, n.length() - tail.length());
        }
      }
      n = NameEdges.withoutResumptive(n, lists); // "城镇和农村居民人均可支配收入两项指标均居全省第一位"
      return !n.isEmpty() && onlyScope(n, words.names) ? rankedList(t, i, to, words) : n;
    }
    return withoutTrailingScope(name, words.names); // "营商环境评价全省第七位": 营商环境评价
  }

  /** The shortest circumstance that names a ranking: 在, two chars, 中. */
  private static final int CIRCUMSTANCE_MIN = 4;

  /**
   * The ranking a clause without figures names as a circumstance ("在中国城市商业信用环境指数排名中": 中国城市商业信用
   * 环境指数排名), for a rank after it whose subject is only the region (我市居全国77位); null for any other clause.
   */
  public static Subject rankingOfCircumstance(SourceText t, int from, int to, Vocabulary words) {
    if (to - from < CIRCUMSTANCE_MIN || t.charAt(from) != Grammar.AT || t.charAt(to - 1) != Grammar.IN) {
      return null;
    }
    String ranking = t.text(from + 1, to - 1);
    return Chars.containsAny(ranking, words.lists.rankings) ? new Subject(ranking, from + 1) : null;
  }

  /**
   * The list the region itself is ranked in, written between the word of rank and the place ("我市位居全国地级城市品牌百强
   * 第83名": 全国地级城市品牌百强), when the subject is only the region (我市, 全市); "" when only a scope stands there
   * (居全国第5位).
   */
  private static String rankedList(SourceText t, int cue, int to, Vocabulary words) {
    WordTable.Match<Boolean> m = words.lists.rankCues.longestAt(t, cue, to);
    int from = cue + (m == null ? 0 : m.length);
    String list = t.text(from, to);
    WordTable.Match<NameWords.Role> scope = words.names.all.longestAt(list, 0, list.length());
    return list.length() - (scope == null ? 0 : scope.length) < 2 || onlyScope(list, words.names) ? "" : list;
  }

  /** Whether {@code name} is one word of scope or breadth and nothing else (全市, 我市, 全国). */
  private static boolean onlyScope(String name, NameWords names) {
    WordTable.Match<NameWords.Role> w = names.all.longestAt(name, 0, name.length());
    return w != null && w.length == name.length()
        && (w.value == NameWords.Role.SCOPE || w.value == NameWords.Role.BREADTH);
  }

  /**
   * Where the first word of rank (居, 位居, 排名) stands in {@code [from, to)}, or -1: not where a word kept whole
   * starts with it (居民 is no 居, 排放 no 排).
   */
  private static int rankCueAt(SourceText t, int from, int to, Vocabulary words) {
    for (int i = from; i < to; i++) {
      WordTable.Match<Boolean> cue = words.lists.rankCues.longestAt(t, i, to);
      if (cue != null && !Subjects.wholeWordOver(t, i, to, cue.length, words.names)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a word giving one figure to each of a list (均, 各) stands right before the word of rank, where the peel
   * before the figure does not reach it ("PM10、PM2.5年均浓度、优良天数均居全省第二位": each ranks second).
   */
  public static boolean eachBeforeRank(SourceText t, int from, int to, Vocabulary words) {
    int i = rankCueAt(t, from, to, words);
    WordTable.Match<Cue> each = i > from ? words.cues.longestEndingAt(t, i, from) : null;
    return each != null && each.value == Cue.EACH;
  }

  /** A rank's subject without the scope or breadth the rank is in, written last (…全省, …全国). */
  private static String withoutTrailingScope(String name, NameWords names) {
    WordTable.Match<NameWords.Role> w = names.all.longestEndingAt(name, name.length(), 0);
    return w != null && (w.value == NameWords.Role.SCOPE || w.value == NameWords.Role.BREADTH)
        && name.length() - w.length >= NameCleaner.MIN_NAME ? name.substring(0, name.length() - w.length) : name;
  }
}
