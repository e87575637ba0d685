package io.github.govreport.internal.name;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Punctuation;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.segment.Segmenter;

/**
 * The two ends of a name as written, cut without the catalog: a predicate inserted after the name, the verbs of a
 * task before it, and a count after a list that sums it up (两项指标). Stateless.
 */
public final class NameEdges {

  private NameEdges() {}

  /**
   * A name before its figure without a predicate inserted after it ("电动汽车、锂电池、光伏产品出口表现突出、增长77.6%":
   * 表现突出 is said of the exports): the name ends where a word of two chars or more that opens a predicate
   * ({@code OPENER}) stands after two chars of name, outside brackets.
   */
  public static String predicateCut(String name, NameWords words) {
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Segmenter.isOpen(c)) {
        depth++;
      } else if (Segmenter.isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && i >= NameCleaner.MIN_NAME) {
        WordTable.Match<NameWords.Role> w = words.all.longestAt(name, i, name.length());
        if (w != null && w.length >= 2 && w.value == NameWords.Role.OPENER) {
          return name.substring(0, i);
        }
      }
    }
    return name;
  }

  /** A name without the verbs of a task before it: 新认证绿色 → 绿色. */
  public static String withoutLeadingVerbs(String name, NameWords names) {
    int i = 0;
    while (i < name.length()) {
      int end = verbEnd(name, i, names);
      if (end < 0 || end >= name.length()) {
        break;
      }
      i = end;
    }
    return name.substring(i);
  }

  /** Whether {@code item} is only verbs of a task, each maybe after 新: 开工, 新开工, 新建. */
  public static boolean onlyVerbs(String item, NameWords names) {
    int i = 0;
    while (i < item.length()) {
      int end = verbEnd(item, i, names);
      if (end < 0) {
        return false;
      }
      i = end;
    }
    return i > 0;
  }

  /**
   * Where a verb of a task at {@code i} ends, the verb maybe written after 新 (新开工 as 开工, 新建 as 建): -1 for none,
   * and for a verb that starts a noun (保障性住房). A verb that starts with 新 is read whole first.
   */
  private static int verbEnd(String s, int i, NameWords names) {
    WordTable<Boolean> verbs = names.taskVerbs;
    WordTable.Match<Boolean> m = verbs.longestAt(s, i, s.length());
    int end = m != null ? i + m.length : NameWords.afterNew(s, i, s.length(), verbs, v -> true);
    return end >= 0 && names.verbStartsANoun(s, end) ? -1 : end;
  }

  /**
   * The noun too general to name a thing alone that starts at {@code at}: a generic noun (项目), a policy's articles
   * (措施) or a frame (领域); null for none.
   */
  public static WordTable.Match<NameWords.Role> generalNounAt(String n, int at, NameWords words) {
    WordTable.Match<NameWords.Role> w = words.all.longestAt(n, at, n.length());
    return w != null && (w.value == NameWords.Role.GENERIC || w.value == NameWords.Role.ARTICLES
        || w.value == NameWords.Role.FRAME) ? w : null;
  }

  /** Whether a generic noun (项目), not a policy's articles or a frame, runs from {@code at} to the end of {@code n}. */
  public static boolean genericToTheEnd(String n, int at, NameWords words) {
    WordTable.Match<NameWords.Role> w = generalNounAt(n, at, words);
    return w != null && w.value == NameWords.Role.GENERIC && at + w.length == n.length();
  }

  /**
   * The name without a count that sums up the names listed before it ({@code RESUMPTIVES} after a Chinese numeral:
   * 城镇和农村居民人均可支配收入两项指标 → 城镇和农村居民人均可支配收入; 全社会研发投入占比、研发人员占比两项指标增幅 →
   * 全社会研发投入占比增幅、研发人员占比增幅: what follows the sum is each item's), so that the list is read as its
   * names. A list mark or a joiner must stand before it.
   */
  public static String withoutResumptive(String n, ListWords lists) {
    for (int i = NameCleaner.MIN_NAME + 1; i < n.length() - 1; i++) {
      if (Numerals.digit(n.charAt(i)) < 0 && Numerals.unit(n.charAt(i)) < 0) {
        continue;
      }
      WordTable.Match<Boolean> r = lists.resumptives.longestAt(n, i + 1, n.length());
      if (r != null && listBefore(n, i)) {
        String tail = n.substring(i + 1 + r.length);
        String items = n.substring(0, i);
        // "…占比、研发人员占比三项指标增幅": what follows the sum is each item's (not inside brackets: 县（市、区）)
        return tail.isEmpty() ? items
            : String.join(tail + LIST_MARK, Segmenter.splitTopLevel(items, Punctuation.LIST_MARKS)) + tail;
      }
    }
    return n;
  }

  /** Whether a list mark or a joiner (和, 及) stands in {@code n} after its first char and before {@code end}. */
  private static boolean listBefore(String n, int end) {
    for (int i = 1; i < end; i++) {
      if (n.charAt(i) == LIST_MARK || Grammar.JOINERS.has(n.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name too long to tell apart without the examples it opens with: what follows its last 等, when that is a noun
   * of {@value NameCleaner#MIN_NAME} chars or more that names a thing alone (not 资金, 项目); the name as it is
   * otherwise (and then too long: a diagnostic).
   */
  public static String withoutExamples(String name, NameWords names) {
    int etc = name.lastIndexOf(Grammar.ETC);
    if (etc <= 0 || name.length() - etc - 1 < NameCleaner.MIN_NAME) {
      return name;
    }
    String noun = name.substring(etc + 1);
    return names.roleOf(noun) == NameWords.Role.GENERIC ? name : noun;
  }

  /**
   * The name without the words of will or plan between its subject and its verb ({@code MODALS}: 中央财政为此将投入 →
   * 中央财政投入, 中央财政拟安排资金 → 中央财政安排资金): each must be a word where it stands or open a verb written
   * with it (拟安排), after the subject's {@value NameCleaner#MIN_NAME} chars, and a verb or another such word must
   * follow it.
   */
  public static String withoutModals(String n, NameWords words, ListWords lists) {
    StringBuilder out = null; // made at the first word left out
    int kept = 0;
    int i = NameCleaner.MIN_NAME;
    while (i < n.length()) {
      WordTable.Match<Boolean> m = lists.modals.longestAt(n, i, n.length());
      if (m == null) {
        i++;
        continue;
      }
      WordTable.Match<NameWords.Role> w = words.all.longestAt(n, i, n.length());
      int after = i + m.length;
      // a longer word at i keeps the modal (将近), unless it is the modal and its verb as one (拟安排)
      boolean verbAfter = after < n.length() && (words.taskVerbs.longestAt(n, after, n.length()) != null
          || lists.modals.longestAt(n, after, n.length()) != null);
      if (w != null && w.length > m.length && w.value != NameWords.Role.VERB || !verbAfter) {
        i++;
        continue;
      }
      out = out != null ? out : new StringBuilder(n.length());
      out.append(n, kept, i);
      kept = after;
      i = after;
    }
    return out == null ? n : out.append(n, kept, n.length()).toString();
  }

  /**
   * What the things a count counts were designated as, when it ends in their own head ({@code DESIGNATIONS}:
   * "博物馆成功创建国家一级博物馆" → 国家一级博物馆, "县被认定为国家义务教育优质均衡发展县" → 国家义务教育优质均衡发展县);
   * {@code n} as it is otherwise ("单位入选全国首批重点培育中试平台": a platform is no unit). An adverb before the verb
   * (成功) goes with it.
   */
  public static String designated(String n, NameWords names, ListWords lists) {
    for (int i = 1; i < n.length() - NameCleaner.MIN_NAME; i++) {
      WordTable.Match<Boolean> d = lists.designations.longestAt(n, i, n.length());
      if (d == null || !topLevel(n, i)) {
        continue;
      }
      WordTable.Match<NameWords.Role> adverb = names.all.longestEndingAt(n, i, 0);
      int thingsEnd = adverb != null && adverb.value == NameWords.Role.ADVERB && i > adverb.length ? i - adverb.length
          : i;
      String as = n.substring(i + d.length);
      return as.length() > NameCleaner.MIN_NAME && sharesAHead(n.substring(0, thingsEnd), as) ? as : n;
    }
    return n;
  }

  /** Whether the last char of {@code as}, a closing quote or bracket aside, is one of the last two of {@code things}. */
  private static boolean sharesAHead(String things, String as) {
    int last = as.length() - 1;
    char head = Segmenter.isClose(as.charAt(last)) && last > 0 ? as.charAt(last - 1) : as.charAt(last);
    return things.indexOf(head, Math.max(0, things.length() - 2)) >= 0;
  }

  /** How many brackets are open in {@code n} before {@code at}. */
  public static int depthAt(String n, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = n.charAt(i);
      if (Segmenter.isOpen(c)) {
        depth++;
      } else if (Segmenter.isClose(c)) {
        depth = Math.max(0, depth - 1);
      }
    }
    return depth;
  }

  /** Whether {@code at} stands outside every bracket of {@code n}. */
  public static boolean topLevel(String n, int at) {
    return depthAt(n, at) == 0;
  }

  /**
   * The name after a clause that a list mark closes, as the figure is what follows it: the item before the last such
   * mark is a subject and what became of it ({@code OUTCOMES}, a project's status: "合肥中欧班列集结中心获批、全年开行班列"
   * → 全年开行班列), and a measure head alone after it is that subject's ("…重点产业项目落地、投资" → …重点产业项目投资).
   * Works listed as nouns (城市片区更新、社区改造省级项目), a time (年内开工、竣工项目) and a series of statuses close no
   * clause.
   */
  static String afterAClause(String n, NameWords words, ListWords lists) {
    int mark = n.lastIndexOf(LIST_MARK);
    while (mark > 0 && !topLevel(n, mark)) {
      mark = n.lastIndexOf(LIST_MARK, mark - 1);
    }
    if (mark <= 0 || mark + 1 >= n.length()) {
      return n;
    }
    WordTable.Match<Boolean> outcome = lists.outcomes.longestEndingAt(n, mark, 0);
    WordTable.Match<?> verb = outcome != null ? outcome : lists.projectStatus.longestEndingAt(n, mark, 0);
    int subjectEnd = verb == null ? -1 : mark - verb.length;
    if (subjectEnd < NameCleaner.MIN_NAME || n.charAt(subjectEnd - 1) == LIST_MARK
        || NameCleaner.onlyVerbs(n.substring(0, subjectEnd), 0, words) || verbListedAt(n, mark + 1, words)) {
      return n; // "新开工、竣工项目", "年内开工、竣工项目", "建成、投产、达效项目": no subject, or a series of statuses
    }
    String rest = n.substring(mark + 1);
    return SharedHeads.isMeasure(rest, lists) ? n.substring(0, subjectEnd) + rest : rest;
  }

  /** Whether a verb followed by a list mark starts at {@code i}: one of a series of verbs. */
  private static boolean verbListedAt(String n, int i, NameWords words) {
    WordTable.Match<NameWords.Role> w = words.all.longestAt(n, i, n.length());
    return w != null && w.value.verbal() && i + w.length < n.length() && n.charAt(i + w.length) == LIST_MARK;
  }
}
