package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.NameEdges;
import io.github.govreport.internal.name.SharedHeads;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import java.util.function.Predicate;

/**
 * What a figure takes from the words before its own: the subject a clause without figures offers the nameless figure
 * after it, the subject a total or a borrowing name (增速, 年度投资) joins. Stateless.
 */
final class Borrowing {

  private Borrowing() {}

  /** Whether a name is only the word for a total (总量, 总规模), which is the total of the subject before. */
  static boolean isTotalOfLast(String name, ListWords lists) {
    return lists.totalNames.contains(name);
  }

  /**
   * The name of a total ({@code name}, 总量) after the subject before: empty, so that it is the subject before's
   * ("国内生产总值增长6.6%，总量突破90万亿元"), or after a flow the stock of what flows ("新增上市公司48家、总量达122家" →
   * 上市公司总量).
   */
  static String totalOfLast(String last, String name, NameWords names) {
    String stock = stockOfFlow(last, names);
    return stock.length() >= 2 ? stock + name : "";
  }

  /**
   * What a flow's name flows into: the name without the adverbs and the word of flow it opens with ("累计净增上市公司"
   * → 上市公司); "" when it opens with no word of flow.
   */
  private static String stockOfFlow(String last, NameWords names) {
    int at = Subjects.pastAdverbs(last, names);
    WordTable.Match<Boolean> flow = names.of(NameWords.Role.KEEP).longestAt(last, at, last.length());
    return flow == null ? "" : last.substring(at + flow.length);
  }

  /** The longest measure a total names after 总 (总里程, 总装机容量). */
  private static final int TOTAL_MEASURE_MAX = 5;

  /**
   * The stock a total of a measure ({@code name}, 总里程) is of after a flow of that measure: the flow's name without
   * its word of flow, with 总 before the measure ("新增地铁运营里程43公里、总里程达到879公里" → 地铁运营总里程); null when
   * the name is no such total or the subject before no such flow.
   */
  static String totalMeasureOfLast(String last, String name, NameWords names) {
    int m = name.length() - 1;
    if (m < 2 || m > TOTAL_MEASURE_MAX || name.charAt(0) != Grammar.TOTAL) {
      return null;
    }
    String stock = stockOfFlow(last, names);
    return stock.length() > m && stock.endsWith(name.substring(1))
        ? stock.substring(0, stock.length() - m) + name : null;
  }

  /**
   * A borrowing name with the subject before it: an amount of projects takes the projects without an amount of their
   * own at their end ("重点项目总投资…，年度投资…" → 重点项目年度投资, not 重点项目总投资年度投资); a measure takes the
   * subject without the measure at its end ("粮食播种面积83.3万亩，产量7.1亿斤" → 粮食产量); any other the whole subject
   * ("重点项目完成投资…，占年度计划…" → 重点项目完成投资占年度计划).
   */
  static String borrow(String subject, String name, ListWords lists) {
    if (lists.projectAmounts.contains(name)) {
      for (String w : lists.projectAmounts) {
        if (subject.endsWith(w) && subject.length() > w.length()) {
          return subject.substring(0, subject.length() - w.length()) + name;
        }
      }
    }
    WordTable.Match<Boolean> own = lists.heads.longestEndingAt(subject, subject.length(), 0);
    if (own != null && own.length < subject.length()
        && SharedHeads.isMeasure(subject.substring(subject.length() - own.length), lists)
        && SharedHeads.isMeasure(name, lists)) {
      return subject.substring(0, subject.length() - own.length) + name; // "粮食播种面积83.3万亩，产量7.1亿斤": 粮食产量
    }
    if (SharedHeads.isMeasure(name, lists)
        && (own != null && own.length == subject.length() || Chars.endsWith(subject, Grammar.RATE))) {
      return name; // "主营业务收入1671.8亿元、利润121.7亿元", "…转化率70%以上，产值突破2000亿元": no thing to measure
    }
    return subject + name;
  }

  /**
   * The subject a borrowing name takes: the subject before, but for an amount of projects after a rate or a share of
   * them, the subject of the last count ("…项目29个，开工率90%，完成投资12.4亿元" → 项目完成投资, not 开工率完成投资).
   */
  static String lender(String lastName, String name, SentenceState s, ListWords lists) {
    if (!lists.projectAmounts.contains(name)
        || !Chars.containsAny(lastName, lists.rateWords) && !Chars.containsAny(lastName, lists.shareWords)) {
      return lastName;
    }
    return s.lastCount != null ? s.lastCount.name : lastName;
  }

  /**
   * Whether a name is a word that names nothing alone and takes the subject before it ({@code BORROWING_NAMES} in
   * words.tsv: 增速, 占比 …), an amount of the projects named before ({@code PROJECT_AMOUNTS}: "重大项目1000个以上、
   * 年度投资1万亿元以上" → 重大项目年度投资), or a share (占…).
   */
  static boolean isGeneric(String name, ListWords lists) {
    return lists.borrowingNames.contains(name) || lists.projectAmounts.contains(name)
        || Chars.startsWith(name, Grammar.SHARE);
  }

  /**
   * Whether a percentage's name is only the share done of a plan or a task, after a verb or a cue at most ("完成全年
   * 计划", "超年度计划", "完成目标任务"): the subject before is what was done.
   */
  static boolean isShareOfPlan(String name, Vocabulary words) {
    WordTable.Match<Boolean> plan = words.lists.planNames.longestEndingAt(name, name.length(), 0);
    if (plan == null) {
      return false;
    }
    int rest = name.length() - plan.length;
    WordTable.Match<Cue> cue = words.cues.longestAt(name, 0, rest);
    WordTable.Match<Boolean> verb = words.names.taskVerbs.longestAt(name, 0, rest);
    return rest == 0 || cue != null && cue.length == rest || verb != null && verb.length == rest;
  }

  /**
   * The list clause {@code ci} of a sentence holds from {@code open}, when the next clause opens with 分别 and so
   * gives it its figures ("全市规上工业营业收入、利润，分别增长4.2%、8.6%"); null for any other clause.
   */
  static Subject listBeforeRespectively(SourceText t, Segmenter.Sentence sentence, int ci, int open, Vocabulary words) {
    int ce = sentence.clauseEnd(ci);
    if (ci + 1 >= sentence.clauses() || !t.startsWith(Grammar.RESPECTIVELY, sentence.clauseStart(ci + 1))
        || t.indexOf(LIST_MARK, open, ce) < 0) {
      return null;
    }
    return new Subject(Subjects.clean(t.text(open, listEnd(t, open, ce, words)), words.names), open);
  }

  /**
   * Where a list before 分别 ends: at the predicate said of its last item, a verb or a word of change
   * ("空气综合指数、PM2.5浓度实现“双下降”", "万亿产业、国家先进制造业集群从无到有"), else at the clause's end.
   */
  private static int listEnd(SourceText t, int open, int ce, Vocabulary words) {
    int lastItem = open;
    for (int i = t.indexOf(LIST_MARK, open, ce); i >= 0; i = t.indexOf(LIST_MARK, i + 1, ce)) {
      lastItem = i + 1;
    }
    int from = lastItem + 1; // an item keeps one char before its predicate
    WordTable.Match<Boolean> own = words.names.of(NameWords.Role.KEEP).longestAt(t, lastItem, ce);
    if (own != null) { // "新增转移农村劳动力就业": a verb after the indicator's own word is the indicator's
      WordTable.Match<Boolean> verb = words.names.taskVerbs.longestAt(t, lastItem + own.length, ce);
      from = lastItem + own.length + (verb == null ? 0 : verb.length);
    }
    for (int i = from; i < ce; i++) {
      WordTable.Match<NameWords.Role> w = words.names.all.longestAt(t, i, ce);
      WordTable.Match<Cue> c = words.cues.longestAt(t, i, ce);
      WordTable.Match<Boolean> head = words.lists.heads.longestAt(t, i, ce); // 增加值 is no 增加
      if (w != null && w.length >= 2 && w.value == NameWords.Role.VERB
          || c != null && (c.value == Cue.RISE || c.value == Cue.FALL) && (head == null || head.length <= c.length)) {
        return i;
      }
    }
    return ce;
  }

  /**
   * The subject of the value reached when the group is a value moved from: the words before 由 or 从
   * ("区域创新能力由全国第11位…": 区域创新能力); null when there are none.
   */
  static Subject formerSubject(FigureGroup g) {
    int from = g.first.start;
    while (from > g.subjectStart && !Grammar.FROM.has(g.t.charAt(from - 1))) {
      from--;
    }
    int end = from - 1;
    if (end - Grammar.RESPECTIVELY.length() > g.subjectStart
        && g.t.startsWith(Grammar.RESPECTIVELY, end - Grammar.RESPECTIVELY.length())) {
      end -= Grammar.RESPECTIVELY.length(); // "…事项分别由268项、36项增加到…": 分别 is no part of the name
    }
    String before = end > g.subjectStart ? Subjects.clean(g.t.text(g.subjectStart, end), g.words.names) : "";
    return before.isEmpty() ? null : new Subject(before, g.subjectStart);
  }

  /**
   * The indicator's own word ({@code KEEP} in names.tsv) written between a name and its figure, which opens the name
   * once cleaned ("高新技术企业新增300家" → 新增高新技术企业, "经营主体净增50万户" → 净增经营主体) and tells the flow from the
   * stock counted next to it; empty for none, or for a name that holds the word already.
   */
  static String ownWordAfter(String name, FigureGroup g) {
    for (int i = g.subjectEnd; !name.isEmpty() && i < g.first.start; i++) {
      WordTable.Match<NameWords.Role> own = g.words.names.all.longestAt(g.t, i, g.first.start); // a word where it stands
      own = own != null && OWN.test(own.value) ? own : null;
      WordTable.Match<Cue> cue = own == null ? null : g.words.cues.longestAt(g.t, i, g.first.start);
      if (own != null && (cue == null || cue.length <= own.length)) { // 净增加 is a word of change, no 净增
        String word = g.t.text(i, i + own.length);
        return name.contains(word) ? "" : word;
      }
    }
    return "";
  }

  /**
   * Gives a group with no name of its own the subject before it, with the word of the figure's own that stands alone
   * before it ({@link #ownWordAlone}) in front of the noun it borrows; a level reached after a flow is the stock of
   * the things, without the word of the flow ("新增经营主体105万户，达到920万户": 经营主体).
   */
  static void inherit(FigureGroup g, Subject last) {
    String kept = ownWordAlone(g);
    boolean reached = kept.isEmpty() && (g.peel.cues.contains(Cue.LEVEL) || g.peel.cues.contains(Cue.LEVEL_AT_LEAST));
    int flow = reached ? verbOrOwnWordEnd(last.name, 0, g.words.names, OWN) : -1; // "新增经营主体…，达到920万户"
    String stock = flow > 0 && last.name.length() - flow >= NameCleaner.MIN_NAME ? last.name.substring(flow) : last.name;
    if (!stock.equals(last.name)) {
      g.subject = new Subject(stock, last.start);
    } else {
      g.subject = kept.isEmpty() || last.name.startsWith(kept) ? last
          : new Subject(kept + borrowedNoun(last.name, g.words.names), last.start);
    }
    g.inherited = true;
    if (last.start >= 0) {
      g.spanStart = Math.min(g.spanStart, last.start);
    }
    g.resume = g.afterEnd;
  }

  /**
   * The word of the figure's own that stands alone before it, which stays with the noun it borrows, or "": a word of
   * the indicator's own ("制定自治区政府规章2件、废止22件": 废止, 新增), or a verb after adverbs only ("排查问题楼盘80个、
   * 化解44个": 化解; "新开工棚改项目96个，基本建成3.53万套": 建成).
   */
  static String ownWordAlone(FigureGroup g) {
    SourceText t = g.t;
    Vocabulary words = g.words;
    int subjectStart = g.subjectStart;
    int subjectEnd = g.subjectEnd;
    WordTable.Match<Boolean> own = words.names.of(NameWords.Role.KEEP).longestAt(t, subjectStart, subjectEnd);
    if (own != null && subjectStart + own.length == subjectEnd) {
      return t.text(subjectStart, subjectEnd);
    }
    WordTable.Match<Boolean> verb = words.names.taskVerbs.longestEndingAt(t, subjectEnd, subjectStart);
    if (verb == null || verb.length < 2 || !Subjects.isVerbOnly(t, subjectStart, subjectEnd, words)) {
      return "";
    }
    return t.text(subjectEnd - verb.length, subjectEnd);
  }

  /**
   * The noun of {@code name} that a word of the figure's own borrows: past its verbs when it opens with one (制定自治区
   * 政府规章 → 自治区政府规章), else past a word of the indicator's own it opens with (新开工保障性住房 → 保障性住房).
   */
  static String borrowedNoun(String name, NameWords names) {
    int i = 0;
    while (i < name.length()) {
      Predicate<NameWords.Role> verbOrOwn = i == 0 ? VERB_OR_OWN : VERB;
      int end = verbOrOwnWordEnd(name, i, names, verbOrOwn);
      if (end < 0) {
        end = NameWords.afterNew(name, i, name.length(), names.all, verbOrOwn); // "新开工…": 新 before a verb
      }
      if (end < 0 || end >= name.length()) {
        break;
      }
      i = end;
    }
    return name.substring(i);
  }

  /** A verb of a task. */
  private static final Predicate<NameWords.Role> VERB = r -> r == NameWords.Role.VERB;
  /** A word of the indicator's own (新增, 净增). */
  private static final Predicate<NameWords.Role> OWN = r -> r == NameWords.Role.KEEP;
  /** A verb of a task or a word of the indicator's own. */
  private static final Predicate<NameWords.Role> VERB_OR_OWN =
      r -> r == NameWords.Role.VERB || r == NameWords.Role.KEEP;

  /** Where a word of a role {@code accepted} at {@code i} ends; -1 for none. */
  private static int verbOrOwnWordEnd(String name, int i, NameWords names, Predicate<NameWords.Role> accepted) {
    WordTable.Match<NameWords.Role> w = names.all.longestAt(name, i, name.length());
    return w != null && accepted.test(w.value) ? i + w.length : -1;
  }

  /**
   * The head a list before 分别 shares: "省级财政、市县财政分别安排资金30亿元、20亿元" ends its list at 分别, and what the
   * predicate after it governs (资金) is the head each item takes; an amount opening with 分别 ("分别完成投资…") is each
   * subject's named before.
   */
  static void respectively(FigureGroup g, Subject last, WordTable<Boolean> verbs) {
    String name = g.name;
    int respectively = g.amounts.size() >= 2 ? name.indexOf(Grammar.RESPECTIVELY) : -1;
    if (respectively > 0 && name.lastIndexOf(LIST_MARK, respectively) >= 0) {
      String predicate = name.substring(respectively + Grammar.RESPECTIVELY.length());
      g.respectiveHead = NameEdges.withoutLeadingVerbs(predicate, g.words.names);
      if (g.respectiveHead.length() == predicate.length()
          || NameCleaner.onlyVerbs(g.respectiveHead, 0, g.words.names)) {
        g.respectiveHead = ""; // no verb before it, or nothing after the verb: no head to share
      } else {
        g.name = name.substring(0, respectively);
        if (g.first.unit.dimension() == Dimension.PERCENT) {
          g.respectiveHead = predicate; // "…分别完成年计划的118.2%、248.57%": a share of the plan done keeps its verb
        }
      }
    } else if (respectively == 0 && last != null
        && (isGeneric(name.substring(Grammar.RESPECTIVELY.length()), g.words.lists)
        || g.first.unit.dimension() == Dimension.PERCENT
            && opensWithALevel(name, Grammar.RESPECTIVELY.length(), g.words))) {
      // "95个省重点、1469个市重点项目，分别完成投资1250亿元、5868亿元": the amount of each subject named before;
      // "…，分别为年度计划的143%和144.5%": the share of a plan each subject before reached
      g.respectiveHead = name.substring(Grammar.RESPECTIVELY.length());
      g.name = "";
    }
  }

  /** Whether the name from {@code at} opens with a word of a level reached (为, 达到) and goes on. */
  private static boolean opensWithALevel(String name, int at, Vocabulary words) {
    WordTable.Match<Cue> cue = words.cues.longestAt(name, at, name.length());
    return cue != null && cue.value == Cue.LEVEL && at + cue.length < name.length();
  }

  /**
   * The words before a share of the things after it that say whose share it is, a subject and the verb that closes
   * them and 的, without the scope or breadth the share is of and the particle of the verb ("规模化供水工程覆盖94%的
   * 农村人口": 规模化供水工程覆盖的; "在川高校承担了全省近80%的…": 在川高校承担的); empty when the words before say no such thing.
   */
  static String whoseShare(String name, Vocabulary words) {
    String n = name.substring(0, Subjects.endBeforeScope(name, words.names));
    WordTable.Match<Boolean> breadth = words.names.of(NameWords.Role.BREADTH).longestEndingAt(n, n.length(), 0);
    n = breadth != null ? n.substring(0, n.length() - breadth.length) : n; // "…覆盖全国10%左右的县（市）"
    n = Chars.endsWith(n, Grammar.PERFECTIVE) ? n.substring(0, n.length() - 1) : n;
    WordTable.Match<NameWords.Role> verb = words.names.all.longestEndingAt(n, n.length(), 0);
    boolean saysWho = verb != null && verb.length < n.length()
        && (verb.value.verbal() || verb.value == NameWords.Role.REACH);
    return saysWho ? n + Grammar.OF : ""; // a subject and its verb, or nothing: "坚持把八成左右的财政支出…" says no one's
  }
}
