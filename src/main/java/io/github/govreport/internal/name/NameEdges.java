package io.github.govreport.internal.name;

import io.github.govreport.internal.lexicon.Grammar;
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
      int from = name.charAt(i) == Grammar.NEW ? i + 1 : i;
      WordTable.Match<Boolean> m = verbs.longestAt(name, from, name.length());
      if (m == null || from + m.length >= name.length()) {
        break;
      }
      i = from + m.length;
    }
    return name.substring(i);
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
