package io.github.govreport.internal.clause;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.internal.name.NameEdges;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Unit;

/**
 * A count with no noun of its own named by what its things do, the predicate after it: persons ("实现4377人稳定脱贫":
 * 稳定脱贫), or the things of a count of the same kind before it in the sentence ("20家企业签约、15家入驻": 企业入驻).
 * Stateless.
 */
final class Doers {

  /** The longest predicate after a count that names what its things do (稳定脱贫, 返乡创业, 建成投产). */
  private static final int PREDICATE_MAX = 8;

  /** The longest name of who gives money before a verb of giving (省财政, 中央财政). */
  private static final int AGENT_MAX = 4;

  private Doers() {}

  /**
   * Whether the name before the group's figure is who gives or does, and the noun after the figure what is given or
   * done ("省财政安排20亿元专项资金", "…市场完成100万批次农产品快检"): a verb read as a cue between them, a name of money's giver
   * {@value #AGENT_MAX} chars at most (any for a count, but not a place reached: "改革扩大到29个省"), and a noun with no
   * verb after the figure.
   */
  static boolean agentGives(FigureGroup g) {
    SourceText t = g.t;
    return g.subjectEnd < g.first.start
        && (g.first.isCount() ? !Grammar.TO.has(t.charAt(g.first.start - 1)) : g.name.length() <= AGENT_MAX)
        && Subjects.verbAt(t, g.subjectEnd, g.first.start, g.words.names) && g.postEnd - g.afterEnd > NameCleaner.MIN_NAME
        && !Subjects.verbAt(t, g.afterEnd, g.postEnd, g.words.names)
        && PostNoun.nounOnly(t, g.afterEnd, g.postEnd, g.words);
  }

  /**
   * What the things a group counts with no noun of their own do, when a predicate ending at {@code end} follows the
   * count in its clause ("实现4377人稳定脱贫": 稳定脱贫; "15家入驻": 入驻), cleaned as a name; null when no such predicate
   * follows.
   */
  private static String whatTheyDo(FigureGroup g, int end) {
    if (end - g.afterEnd < 2 || end - g.afterEnd > PREDICATE_MAX) {
      return null;
    }
    String predicate = Subjects.clean(g.t.text(g.afterEnd, end), g.words.names);
    return predicate.length() >= 2 ? predicate : null;
  }

  /**
   * Takes what persons counted with no noun do as the subject ("实现4377人稳定脱贫": 稳定脱贫), of the subject before
   * when 其中 opens the group ("…贫困户301户611人全部脱贫，其中173户349人稳定脱贫": 贫困户稳定脱贫); false when no predicate
   * follows a count of persons.
   */
  static boolean takesWhatPersonsDo(FigureGroup g, Subject last) {
    if (g.lastAmount.unit.dimension() != Dimension.PERSONS) { // "1914户、4377人稳定脱贫": both
      return false;
    }
    int end = g.afterEnd < g.postLimit ? PostNoun.pastPredicate(g.t, g.afterEnd, g.postLimit) : g.afterEnd;
    String done = whatTheyDo(g, end);
    if (done == null) {
      return false;
    }
    boolean ofTheSubjectBefore = last != null && g.t.startsWith(Grammar.AMONG_THEM, g.subjectStart);
    g.subject = new Subject(ofTheSubjectBefore ? last.name + done : done, g.afterEnd);
    g.spanEnd = end;
    g.resume = end;
    return true;
  }

  /**
   * Takes the work done to the things counted with no noun of their own, when a word of building closes the clause
   * right after the count ({@code CONSTRUCTION_WORDS}), named by what the clause of a task before it, which states no
   * figure, is about ("大力推进农村气代煤，今年再完成3万户改造": 农村气代煤改造); false without such a clause.
   */
  static boolean takesWorkDone(FigureGroup g, SentenceState s) {
    WordTable.Match<Boolean> work = s.beforeFrom < 0 || !g.first.isCount() ? null
        : g.words.lists.constructionWords.longestAt(g.t, g.afterEnd, g.postLimit);
    if (work == null || g.afterEnd + work.length != g.clauseEnd) {
      return false;
    }
    Subject topic = ClauseOffers.taskTopic(g.t, s.beforeFrom, s.beforeTo, g.words);
    if (topic == null) {
      return false;
    }
    String done = g.t.text(g.afterEnd, g.afterEnd + work.length);
    String thing = topic.name.substring(topic.name.lastIndexOf(Grammar.OF) + 1); // "全市最大规模的“气代煤”改造工程"
    g.subject = new Subject(thing.contains(done) ? thing : thing + done, topic.start);
    g.spanEnd = g.afterEnd + work.length;
    g.resume = g.spanEnd;
    return true;
  }

  /**
   * Takes what things counted with no noun do, after a count of the same things in the sentence, as the subject: the
   * things before with the predicate after this count ("20家企业签约、15家入驻": 企业入驻; "我县确定的18项惠民实事，5项基本
   * 完成": 惠民实事基本完成); false when the count is of other things than the one before, or no verb follows it.
   */
  static boolean takesWhatCountedDo(FigureGroup g, String before, Unit unitBefore) {
    if (before == null || !g.first.isCount() || g.amounts.size() != 1 || !Totals.sameKind(g.lastAmount.unit, unitBefore)
        || g.afterEnd >= g.postLimit) {
      return false;
    }
    if (!opensAPredicate(g.t, g.afterEnd, g.postLimit, g.words.names)) {
      return false;
    }
    int end = PostNoun.pastPredicate(g.t, g.afterEnd, g.postLimit);
    String done = whatTheyDo(g, end);
    String things = thingsOnly(NameEdges.withoutLeadingVerbs(Subjects.clean(before, g.words.names),
        g.words.names), g.words.names);
    if (done == null || things.isEmpty()) {
      return false;
    }
    g.subject = new Subject(things + done, g.afterEnd);
    g.things = things;
    g.spanEnd = end;
    g.resume = end;
    return true;
  }

  /**
   * Whether the words at {@code at} open a predicate, not a noun: a verb not followed by a generic noun (入驻, 建成投产;
   * not 续建项目), or an adverb followed by a verb (基本完成, 如期启动; not 重点实验室).
   */
  private static boolean opensAPredicate(SourceText t, int at, int limit, NameWords names) {
    WordTable.Match<NameWords.Role> w = names.all.longestAt(t, at, limit);
    if (w == null || !w.value.verbal() && !w.value.adverbial()) {
      return false;
    }
    WordTable.Match<NameWords.Role> next = names.all.longestAt(t, at + w.length, limit);
    return w.value.verbal() ? next == null || next.value != NameWords.Role.GENERIC : next != null && next.value.verbal();
  }

  /** The things a name counts, without the predicate after them (企业签约入驻 → 企业): up to its first verb. */
  private static String thingsOnly(String name, NameWords names) {
    int predicate = names.firstWord(name, NameCleaner.MIN_NAME, name.length(), r -> r.verbal() || r.adverbial());
    return predicate < 0 ? name : name.substring(0, predicate);
  }

  /**
   * Whether the group counts who benefits: a count right after 为 whose noun a predicate follows ("…服务体为30万群众提供
   * “家门口”的服务": 群众), so that the noun after the count names it, not the giver before 为.
   */
  static boolean forWhom(FigureGroup g) {
    return countsAfterBeneficiaryMark(g) && g.postEnd - g.afterEnd >= NameCleaner.MIN_NAME && g.postEnd < g.clauseEnd
        && Subjects.verbAt(g.t, g.postEnd, g.clauseEnd, g.words.names);
  }

  /**
   * The end of the noun of who benefits, counted right after 为: the first verb of a task after it ends it
   * ("为7000户困难老年人家庭实施适老化改造" → 困难老年人家庭), as what is done for them is no part of who they are, but not
   * one that starts a noun (为1000家社区卫生服务中心); {@code postEnd} when no such count or no verb stands in the noun.
   */
  static int beneficiaryEnd(FigureGroup g, int postEnd) {
    if (!countsAfterBeneficiaryMark(g)) {
      return postEnd;
    }
    for (int i = g.afterEnd + NameCleaner.MIN_NAME; i < postEnd; i++) {
      if (g.words.names.taskVerbAt(g.t, i, postEnd) >= 2) { // but "…社区卫生服务中心": 服务 starts a noun
        return i;
      }
      WordTable.Match<NameWords.Role> w = g.words.names.all.longestAt(g.t, i, postEnd);
      i += w == null ? 0 : w.length - 1; // a word is read where it stands, not from inside it
    }
    return postEnd;
  }

  /** Whether the group's first figure is a count written right after 为, the mark of who benefits. */
  private static boolean countsAfterBeneficiaryMark(FigureGroup g) {
    return g.first.start > 0 && g.t.charAt(g.first.start - 1) == Grammar.BENEFICIARY && g.first.isCount();
  }
}
