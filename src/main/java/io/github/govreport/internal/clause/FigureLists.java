package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.Punctuation;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import java.util.List;

/**
 * How the figures of a clause written side by side relate: items of one list read as a group (增长5%、6%), a count of
 * groups before a count of things (56项31569个), counts each of their own noun (19所高校115个学科), a count before the
 * threshold of the next item, the count that is a rate's scope, and the marks that separate them. Stateless.
 */
final class FigureLists {

  private FigureLists() {}

  /**
   * Whether figure {@code k + 1} of a clause's {@code figures} is an item of the list figure {@code k} is in: listed
   * together with it, and not the size of the things the count after it counts ("万人社区21个、5000人社区30个").
   */
  static boolean listedWithNext(SourceText t, List<Amount> figures, int k, Vocabulary words) {
    return k + 1 < figures.size() && listedTogether(t, figures.get(k), figures.get(k + 1))
        && !(k + 2 < figures.size() && sizesTheNext(t, figures.get(k + 1), figures.get(k + 2), words));
  }

  /** The longest counter written after a number in an item that states a figure of its own (小时, 个工作日). */
  private static final int COUNTER_MAX = 3;

  /**
   * Where the words of a name start in {@code [from, to)}: past every item of a list before it that ends in a
   * number and a counter of time or order the scanner reads no figure in ("…延长至240小时、接待入境过夜游客增长168%" →
   * 接待入境过夜游客, "举办大讲堂6期、…专题培训班12场" → …专题培训班), a statement of its own, never part of the next
   * item's name. A number without such a counter is a code (省道330、省道224, PM10、PM2.5) or a name's part
   * (中国企业500强、民营企业500强), and a number before 、 and another number a list of numbers (1、2号线): neither ends
   * an item. So does an item that ends in a project's status ({@link #endsInAStatus}).
   */
  static int pastItemsWithFigures(SourceText t, int from, int to, Vocabulary words) {
    int start = from;
    for (int i = from + 1; i < to; i++) {
      if (t.charAt(i) == LIST_MARK && !(i + 1 < to && Normalizer.isDigit(t.charAt(i + 1)))
          && (endsInDuration(t, from, i) || endsInAStatus(t, start, i, words))) {
        start = i + 1;
      }
    }
    return start;
  }

  /** The fewest chars an item names its things with before the status that ends it (…重点整车项目陆续投产). */
  private static final int STATUS_SUBJECT_MIN = 4;

  /**
   * Whether the item {@code [from, end)} is a statement of its own that ends in what became of its things, a
   * project's status ("北汽、小米、理想等重点整车项目陆续投产、在京生产新能源汽车约30万辆" → 在京生产新能源汽车), not a
   * status listed before another (新开工、续建项目: too short to name anything before its status).
   */
  private static boolean endsInAStatus(SourceText t, int from, int end, Vocabulary words) {
    WordTable.Match<?> status = words.lists.projectStatus.longestEndingAt(t, end, from);
    return status != null && end - status.length - from >= STATUS_SUBJECT_MIN;
  }

  /** Whether the words before {@code end} end in a number written after an ideograph and a counter of time. */
  private static boolean endsInDuration(SourceText t, int from, int end) {
    int k = end - 1;
    boolean ofTime = false;
    while (k >= from && end - k <= COUNTER_MAX && Chars.isCjk(t.charAt(k)) && !Numerals.isNumeral(t.charAt(k))) {
      ofTime |= Grammar.TIME_COUNTERS.has(t.charAt(k));
      k--;
    }
    if (!ofTime || k < from || !Normalizer.isDigit(t.charAt(k))) {
      return false;
    }
    while (k >= from && (Normalizer.isDigit(t.charAt(k)) || t.charAt(k) == '.')) {
      k--;
    }
    return k >= from && Chars.isCjk(t.charAt(k));
  }

  /**
   * Whether figure {@code b} sizes the things a count right after it counts ("…、5000人社区30个": communities of 5000
   * people), a short noun and nothing else between them: it is no item of a list before it.
   */
  private static boolean sizesTheNext(SourceText t, Amount b, Amount c, Vocabulary words) {
    int gap = c.start - b.suffixEnd;
    if (!c.isCount() || gap < 2 || gap > NOUN_IN_TURN_MAX) {
      return false;
    }
    for (int i = b.suffixEnd; i < c.start; i++) {
      char ch = t.charAt(i);
      if (!Chars.isCjk(ch) || Grammar.JOINERS.has(ch) || words.cues.longestAt(t, i, c.start) != null) {
        return false; // "41万人和39.5万人", "36项增加到…": a list or a change, no noun of things sized
      }
    }
    return true;
  }

  /**
   * Whether two figures one after the other are items of one list read as a group (…增长5%、6%): only separators
   * between them, and neither a count of groups before a count nor a count before the threshold of the next item.
   */
  private static boolean listedTogether(SourceText t, Amount a, Amount b) {
    return onlySeparators(t, a.suffixEnd, b.start) && !backToBackCounts(a, b) && !countThenAmount(a, b);
  }

  /**
   * Whether count {@code a} opens an item of a list: right after 、 ("所有贫困县摘帽出列、33万贫困人口脱贫"), or right
   * after a joiner when the figure before in the clause is a count too ("10个专项规划和7个分区规划").
   */
  static boolean opensAnItem(SourceText t, Amount a, Amount before) {
    char c = a.start > 0 ? t.charAt(a.start - 1) : 0;
    return a.isCount() && (c == LIST_MARK || Grammar.JOINERS.has(c) && (before == null || before.isCount()));
  }

  /**
   * A count of groups written with nothing between it and another count (56项31569个): no list, the first counts
   * the groups of the second's things. Two counts of one set ("贫困户301户611人") stay a list.
   */
  static boolean backToBackCounts(Amount a, Amount b) {
    String counter = a.unit.symbol();
    return a.suffixEnd == b.start && a.countedByAWord() && b.countedByAWord()
        && Grammar.GROUP_COUNTERS.has(counter.charAt(counter.length() - 1));
  }

  /** The longest noun between two counts that each count their own ("19所高校115个学科": 高校). */
  private static final int NOUN_IN_TURN_MAX = 3;

  /**
   * Whether a count of things, a short noun and another count follow each other with nothing else between ("19所高校
   * 115个学科进入…", "12个市28个县"): each counts its own noun, the first no qualifier of the second's. The noun is a
   * word or two of at most {@value #NOUN_IN_TURN_MAX} chars with no verb; people counted before a noun are a size
   * ("5000人社区30个").
   */
  static boolean countsInTurn(SourceText t, Amount a, Amount b, NameWords names) {
    int nounEnd = b.start;
    if (!a.countedByAWord() || !b.countedByAWord() || a.unit.dimension() != Dimension.COUNT
        || nounEnd - a.suffixEnd < 1 || nounEnd - a.suffixEnd > NOUN_IN_TURN_MAX) {
      return false;
    }
    for (int i = a.suffixEnd; i < nounEnd; i++) {
      WordTable.Match<NameWords.Role> w = names.all.longestAt(t, i, nounEnd);
      if (!Chars.isCjk(t.charAt(i)) || w != null && w.value != NameWords.Role.WHOLE) {
        return false;
      }
    }
    return true;
  }

  /**
   * A count and then a threshold of another measure after a 、 (亿元以上项目400个以上、10亿元以上项目90个): no list of
   * one name's figures, but the end of one item and the threshold that opens the next.
   */
  static boolean countThenAmount(Amount a, Amount b) {
    return a.isCount() && !b.isCount() && b.unit.dimension() != a.unit.dimension() && b.suffixBound != null;
  }

  /** Whether only a 、, a conjunction or a comma, two chars at most, stand in {@code [from, to)}. */
  static boolean onlySeparators(SourceText t, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c != LIST_MARK && !Grammar.JOINERS.has(c) && c != ',' && c != Grammar.RATIO_SIGN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a mark between items or clauses, or a conjunction that joins two items, stands outside brackets in
   * {@code [from, to)}.
   */
  static boolean hasSeparator(SourceText t, int from, int to) {
    int depth = 0; // a list in brackets is part of a name: 县（市、区）
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      depth = Segmenter.isOpen(c) ? depth + 1 : Segmenter.isClose(c) ? Math.max(0, depth - 1) : depth;
      // 和 right after a figure ("30个和…") or right before the next ("…研发和50项…") joins two items of a list.
      if (depth == 0 && (c == LIST_MARK || c == COMMA || c == SEMICOLON
          || Grammar.JOINERS.has(c) && (i == from || i == to - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a count is the scope of a rate named after it and joined to the next figure's name by 和
   * ("203个国考断面优良率和285个水功能区达标率均为100%"): what is counted only qualifies the rate, the figure is
   * the rate's.
   */
  static boolean countOfARate(SourceText t, Amount count, Amount next) {
    int end = next.start;
    while (end > count.suffixEnd && (Grammar.JOINERS.has(t.charAt(end - 1)) || t.charAt(end - 1) == LIST_MARK)) {
      end--;
    }
    return count.isCount() && end - count.suffixEnd >= 2 && t.charAt(end - 1) == Grammar.RATE;
  }

  /** Whether the group's words follow the figure before in its clause after a 、 alone, in the same unit. */
  static boolean inListAfterTheFigureBefore(FigureGroup g) {
    return listedAfterTheFigureBefore(g) && g.figureBefore.unit.equals(g.first.unit);
  }

  /** Whether the group's words follow the figure before in its clause after a 、 alone, in any unit. */
  static boolean listedAfterTheFigureBefore(FigureGroup g) {
    return g.figureBefore != null && g.subjectStart > 0 && g.t.charAt(g.subjectStart - 1) == LIST_MARK
        && onlySeparators(g.t, g.figureBefore.suffixEnd, g.subjectStart);
  }

  /** Whether the group's words open the clause right after the last figure read in the sentence, in the same unit. */
  static boolean inClauseAfterTheFigureBefore(FigureGroup g) {
    if (g.figureBefore != null || g.lastFigure == null || g.subjectStart <= 0 || !g.lastFigure.unit.equals(g.first.unit)
        || g.lastFigure.suffixEnd >= g.subjectStart) {
      return false;
    }
    char c = g.t.charAt(Math.max(1, g.wordsStart) - 1); // before the leading words: "…，尤其是高技术制造业增长15%"
    return c == COMMA || c == SEMICOLON;
  }

  /**
   * The length of the longest item of a list name, split at its list marks outside brackets; a name no longer than
   * {@link FigureGroup#MAX_NAME} is measured whole, as none of its items can pass that limit.
   */
  static int longestItem(String name) {
    if (name.length() <= FigureGroup.MAX_NAME) {
      return name.length(); // no scan on the path of every figure
    }
    int longest = 0;
    for (String item : Segmenter.splitTopLevel(name, Punctuation.LIST_MARKS)) {
      longest = Math.max(longest, item.length());
    }
    return longest;
  }
}
