package io.github.govreport.internal.clause;

import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;

/**
 * What an amount of money with no name of its own is for, when the words right after it say so ({@code FUND_PURPOSES}
 * in words.tsv): "今年拟安排430亿元，用于补助低保住房困难家庭的实物住房配租" names 实物住房配租资金, "统筹20亿元，实施6个重大
 * 科技专项" 重大科技专项资金. Stateless.
 */
final class Purpose {

  /** The longest purpose read, in chars: the object of one clause. */
  private static final int PURPOSE_MAX = 30;

  private Purpose() {}

  /**
   * Takes what a nameless amount of money is for as its subject: the object of the verb of purpose after it, from its
   * last 的 and past a count right after the verb, with the first noun of money unless it holds one; false when
   * the group is no amount of money or no verb of purpose follows it. The object ends at the next figure; the words
   * after the amount stay to be read.
   */
  static boolean take(FigureGroup g) {
    return take(g, null);
  }

  /**
   * Takes what an investment named only so ({@code INVESTMENT_NAMES}) is in: the object of a verb of purpose after it
   * ("投资1.3亿元实施自来水管网改造工程" → 自来水管网改造工程投资), else what the clause of a task before it is about
   * ({@link #takeTaskBefore}); false otherwise, and the name stays.
   */
  static boolean takeInvestment(FigureGroup g, SentenceState s) {
    WordTable.Match<Boolean> alone = g.words.lists.investmentNames.longestAt(g.name, 0, g.name.length());
    return alone != null && alone.length == g.name.length() && take(g, g.name) || takeTaskBefore(g, s);
  }

  /**
   * Takes what an investment named only so ({@code INVESTMENT_NAMES}) is in from the clause of a task before it, which
   * states no figure ("加快矿山生态修复，投资755万元" → 矿山生态修复投资; "职教园区建设成效明显，完成投资12亿元以上" →
   * 职教园区建设完成投资: {@link ClauseOffers#taskTopic}); false otherwise, and the name stays.
   */
  private static boolean takeTaskBefore(FigureGroup g, SentenceState s) {
    String investment = s.beforeFrom < 0 ? null : investmentAlone(g.name, g.words);
    Subject topic = investment == null ? null : ClauseOffers.taskTopic(g.t, s.beforeFrom, s.beforeTo, g.words);
    if (topic == null) {
      return false;
    }
    g.subject = new Subject(topic.name + investment, g.subjectStart);
    g.resume = g.afterEnd;
    return true;
  }

  /** The investment's name alone ({@code INVESTMENT_NAMES}) that {@code name} is, after a scope at most (全市完成投资); or null. */
  private static String investmentAlone(String name, Vocabulary words) {
    WordTable.Match<Boolean> m = words.lists.investmentNames.longestEndingAt(name, name.length(), 0);
    int scope = m == null ? -1 : name.length() - m.length;
    return scope == 0 || scope > 0 && words.names.roleOf(name.substring(0, scope)) == NameWords.Role.SCOPE
        ? name.substring(scope) : null;
  }


  /** Takes the purpose of a nameless amount ({@code named} null) or of one named {@code named}, an investment. */
  private static boolean take(FigureGroup g, String named) {
    Dimension d = g.lastAmount.unit.dimension();
    SourceText t = g.t;
    int at = g.afterEnd < t.length() && t.charAt(g.afterEnd) == COMMA ? g.afterEnd + 1 : g.afterEnd;
    if (d != Dimension.YUAN && d != Dimension.US_DOLLARS || at >= t.length()) {
      return false;
    }
    ListWords lists = g.words.lists;
    WordTable.Match<NameWords.Role> adverb = g.words.names.all.longestAt(t, at, t.length());
    if (adverb != null && adverb.value == NameWords.Role.ADVERB) {
      at += adverb.length; // "全年投入14.5亿元，重点实施了40个…项目"
    }
    WordTable.Match<Boolean> verb = lists.fundPurposes.longestAt(t, at, t.length());
    if (verb == null) {
      return false;
    }
    int from = at + verb.length;
    if (from < t.length() && t.charAt(from) == Grammar.PERFECTIVE) {
      from++;
    }
    if (from < t.length() && t.charAt(from) == Grammar.OF) {
      return false; // "投资9600万元实施的向阳幼儿园等6个项目": the money qualifies what was done with it
    }
    Amount next = g.next;
    if (next != null && next.start == from) {
      from = next.suffixEnd; // "实施6个重大科技专项": the projects, not their count
    }
    int end = from;
    while (end < t.length() && end - from <= PURPOSE_MAX
        && (!Subjects.endsANoun(t.charAt(end)) || named != null && t.charAt(end) == LIST_MARK) // a list it is in
        && !(end - from >= 2 && Normalizer.isDigit(t.charAt(end)))) { // "新建光伏扶贫联村电站2个": the plants
      end++;
    }
    String object = Subjects.clean(t.text(from, end), g.words.names);
    object = object.substring(object.lastIndexOf(Grammar.OF) + 1);
    if (end - from > PURPOSE_MAX || object.length() < 2) {
      return false;
    }
    if (named == null && at == g.afterEnd && lists.fundNouns.contains(object)) {
      return false; // "安排30亿元建设资金": the noun after the amount is the money's own
    }
    g.subject = new Subject(named != null ? object + named : withMoney(object, lists), g.subjectStart);
    g.spanEnd = end;
    g.resume = g.afterEnd;
    return true;
  }

  /** The purpose as the money's name: with the first noun of money, unless it holds one ("财政衔接资金项目"). */
  private static String withMoney(String object, ListWords lists) {
    for (String noun : lists.fundNouns) {
      if (object.contains(noun)) {
        return object;
      }
    }
    return object + lists.fundNouns.get(0);
  }
}
