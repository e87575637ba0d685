package io.github.govreport.internal.name;

import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.segment.Segmenter;

/**
 * The two ends of a name as written, cut without the catalog: a predicate inserted after the name, and the verbs of a
 * task before it. Stateless.
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
  public static String withoutLeadingVerbs(String name, WordTable<Boolean> verbs) {
    int i = 0;
    while (i < name.length()) {
      int end = verbEnd(name, i, verbs);
      if (end < 0 || end >= name.length()) {
        break;
      }
      i = end;
    }
    return name.substring(i);
  }

  /** Whether {@code item} is only verbs of {@code verbs}, each maybe after 新: 开工, 新开工, 新建. */
  public static boolean onlyVerbs(String item, WordTable<Boolean> verbs) {
    int i = 0;
    while (i < item.length()) {
      int end = verbEnd(item, i, verbs);
      if (end < 0) {
        return false;
      }
      i = end;
    }
    return i > 0;
  }

  /**
   * Where a verb of {@code verbs} at {@code i} ends, the verb maybe written after 新 (新开工 as 开工, 新建 as 建): -1 for
   * none. A verb that starts with 新 is read whole first.
   */
  private static int verbEnd(String s, int i, WordTable<Boolean> verbs) {
    WordTable.Match<Boolean> m = verbs.longestAt(s, i, s.length());
    if (m != null) {
      return i + m.length;
    }
    return NameWords.afterNew(s, i, s.length(), verbs, v -> true);
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
}
