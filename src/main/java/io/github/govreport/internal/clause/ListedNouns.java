package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Punctuation;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.ListNames;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

/** Whether the noun after a count goes on over a list mark: a list the count is of as a whole. */
final class ListedNouns {

  private ListedNouns() {}

  /**
   * Whether the noun after a count, from {@code from}, goes on over a list mark at {@code mark}: a one-char level
   * before the next ("588个省、市级美丽乡村"), a modifier beside another of its kind ("12个国家级、省级重点实验室"), or
   * nouns the count is of together ("新建200个智能车间、智能工厂").
   */
  static boolean goOn(SourceText t, int from, int mark, int limit, Vocabulary words) {
    return t.charAt(mark) == LIST_MARK && goOnOver(t, from, mark, limit, words);
  }

  private static boolean goOnOver(SourceText t, int from, int mark, int limit, Vocabulary words) {
    return mark - from == 1 && mark + 1 < limit && Chars.isCjk(t.charAt(mark + 1))
        || parallelModifiers(t, from, mark, limit) || nounsListedOn(t, from, mark, words);
  }

  /**
   * Whether {@code [from, mark)}, before the list mark at {@code mark}, is a modifier listed beside another of its kind
   * before one noun: at most {@link ListNames#LEVEL_MAX} chars closed by a char of {@code PARALLEL_MODIFIER_ENDS}, the
   * item after the mark closing a modifier with the same char soon after it and going on with a noun (国家级、省级重点
   * 实验室; 国控、省控断面).
   */
  private static boolean parallelModifiers(SourceText t, int from, int mark, int limit) {
    char end = t.charAt(mark - 1);
    if (mark - from > ListNames.LEVEL_MAX || !Grammar.PARALLEL_MODIFIER_ENDS.has(end)) {
      return false;
    }
    for (int j = mark + 2; j <= mark + ListNames.LEVEL_MAX && j + 1 < limit; j++) {
      if (t.charAt(j) == end) {
        return Chars.isCjk(t.charAt(j + 1));
      }
      if (!Chars.isCjk(t.charAt(j))) {
        return false;
      }
    }
    return false;
  }

  /** The most items after the first that a list of nouns one count is of may have. */
  private static final int LISTED_NOUNS_MAX = 4;
  /** How many chars longer than the first an item of such a list may be. */
  private static final int LISTED_NOUN_SLACK = 2;

  /**
   * Whether the list mark at {@code mark} goes on with nouns that the count before {@code from} is of together, to the
   * end of the clause (新建200个智能车间、智能工厂; 结对关爱21.9万名留守儿童、困境儿童): no figure, verb, predicate, cue or
   * 等 after {@code from}, and no item much longer than the first. A list of counts (完成6个乡镇、70个村改造), of things done
   * (10万亩无公害蔬菜、草莓基地建设) or of examples (…道路、供水、污水等配套基础设施) is none.
   */
  private static boolean nounsListedOn(SourceText t, int from, int mark, Vocabulary words) {
    int items = 0;
    int itemStart = mark + 1;
    int most = mark - from + LISTED_NOUN_SLACK;
    int i = from;
    for (; i < t.length() && !Punctuation.CLAUSE_MARKS.has(t.charAt(i)) && t.charAt(i) != '\n'; i++) {
      char c = t.charAt(i);
      if (Normalizer.isDigit(c) || c == Grammar.ETC || Subjects.verbAt(t, i, t.length(), words.names)
          || i > from && PostNoun.opensPredicate(t, i, t.length(), words, false)
          || i > mark && words.cues.longestAt(t, i, t.length()) != null) {
        return false;
      }
      if (c == LIST_MARK && i > mark) {
        if (++items > LISTED_NOUNS_MAX) {
          return false;
        }
        itemStart = i + 1;
      } else if (i > mark && i + 1 - itemStart > most) {
        return false; // an item much longer than the first; and so the scan stays short whatever follows
      }
    }
    return itemStart < i;
  }

  /**
   * Takes the things a count with no noun of its own counts from after the qualities listed after it ("抓好1600个、年度
   * 投资6000亿元以上的重大项目建设" → 重大项目): the count is followed by a list mark, a figure before the clause's last 的,
   * and the noun after that 的; or by short qualities and 的, or by the amount of the things and 的
   * ({@link #ofAfterItsAmount}). Whether it took them.
   */
  static boolean takeNounAfterItsQualities(FigureGroup g) {
    SourceText t = g.t;
    int at = g.afterEnd;
    if (!g.first.isCount() || at >= g.clauseEnd) {
      return false;
    }
    int of = g.postEnd <= at && t.charAt(at) == LIST_MARK ? ofAfterAFigure(t, at, g.clauseEnd)
        : g.postEnd < g.clauseEnd && t.charAt(g.postEnd) == LIST_MARK ? ofAfterShortQualities(t, at, g.clauseEnd)
        : ofAfterItsAmount(g);
    int end = of < 0 ? -1 : PostNoun.end(t, of + 1, g.clauseEnd, g.words);
    if (end <= of + 1) {
      return false;
    }
    String noun = PostNoun.countedNoun(Subjects.clean(t.text(of + 1, end), g.words.names), g.words.names,
        g.words.lists);
    WordTable.Match<Boolean> building = g.words.lists.constructionWords.longestEndingAt(noun, noun.length(), 0);
    if (building != null && noun.length() - building.length >= 2) {
      noun = noun.substring(0, noun.length() - building.length); // "…的示范镇建设": the towns
    }
    if (noun.length() < 2) {
      return false;
    }
    g.subject = new Subject(noun, of + 1);
    g.resume = at;
    return true;
  }

  /** The clause's last 的 after a figure written after {@code at}, or -1 ("1600个、年度投资6000亿元以上的"). */
  private static int ofAfterAFigure(SourceText t, int at, int clauseEnd) {
    int of = -1;
    boolean figure = false;
    for (int i = at + 1; i < clauseEnd; i++) {
      char c = t.charAt(i);
      figure |= of < 0 && Normalizer.isDigit(c);
      of = c == Grammar.OF && figure ? i : of;
    }
    return of;
  }

  /**
   * The 的 after the amount of the things a count counts, written between the count and them ("实施300个总投资3000万元
   * 以上的结构调整和基础设施项目": the 的 after 3000万元以上), or -1: an amount of a set of projects ({@code PROJECT_AMOUNTS})
   * right after the count, its figure, then 的.
   */
  private static int ofAfterItsAmount(FigureGroup g) {
    Amount next = g.next;
    return next != null && g.postEnd == next.start && g.postEnd > g.afterEnd && next.suffixEnd < g.clauseEnd
        && g.t.charAt(next.suffixEnd) == Grammar.OF
        && g.words.lists.projectAmounts.contains(g.t.text(g.afterEnd, g.postEnd)) ? next.suffixEnd : -1;
  }

  /** The longest quality listed before the noun the count counts (区位条件好). */
  private static final int QUALITY_MAX = 6;

  /**
   * The 的 that closes a list of short qualities written right after a count, or -1 ("10个区位条件好、产业基础强、发展潜力大
   * 的示范镇": each item at most {@value #QUALITY_MAX} chars, no figure, two items at least).
   */
  private static int ofAfterShortQualities(SourceText t, int at, int clauseEnd) {
    int itemStart = at;
    int items = 1;
    for (int i = at; i < clauseEnd && i - itemStart <= QUALITY_MAX; i++) {
      char c = t.charAt(i);
      if (Normalizer.isDigit(c)) {
        return -1;
      } else if (c == LIST_MARK) {
        items++;
        itemStart = i + 1;
      } else if (c == Grammar.OF) {
        return items >= 2 && i > itemStart ? i : -1;
      }
    }
    return -1;
  }

  /**
   * A count's noun without the building of the things counted at its end ({@link Grammar#BUILDING}: "加快4个国家骨干
   * 冷链物流基地建设" → 国家骨干冷链物流基地), unless a verb says what became of the building (2家全国重点实验室获批建设).
   */
  static String withoutTheirBuilding(String n, NameWords words) {
    int at = n.length() - Grammar.BUILDING.length();
    if (at < NameCleaner.MIN_NAME || !n.endsWith(Grammar.BUILDING)) {
      return n;
    }
    WordTable.Match<NameWords.Role> before = words.all.longestEndingAt(n, at, 0);
    return before != null && before.value.verbal() ? n : n.substring(0, at);
  }
}
