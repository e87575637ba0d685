package io.github.govreport.internal.clause;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.NameEdges;
import io.github.govreport.internal.name.Ranks;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.SourceText;

/**
 * What a clause without figures offers the figures after it that name nothing: what it says changes, the thing a
 * programme it carries out grows, what a total after it adds up, what a task it sets builds, the ranking it names, or
 * the quoted topic a sentence opens with.
 */
final class ClauseOffers {

  private ClauseOffers() {}

  /**
   * What a clause without figures over {@code [from, to)} says changes, for a figure after it that names nothing:
   * a clause that ends with a change (企业退休人员养老金标准继续提高) or opens with one (下调城镇职工基本养老保险单位缴费
   * 比例), without that word; null for any other clause, or when what is left is no name ("提高城乡居民基础养老金最低
   * 标准，月人均提高20元": 城乡居民基础养老金最低标准).
   */
  static Subject ofClause(SourceText t, int from, int to, Subjects.Peel scratch, Vocabulary words) {
    Subjects.Peel p = Subjects.peel(t, from, to, scratch, words);
    boolean endsWithChange = p.cues.contains(Cue.RISE) || p.cues.contains(Cue.FALL);
    scratch.cues.clear();
    int start = from;
    int end = p.end;
    if (!endsWithChange) {
      WordTable.Match<Cue> front = words.cues.longestAt(t, from, to);
      if (front == null || front.value != Cue.RISE && front.value != Cue.FALL) {
        return null;
      }
      start = from + front.length;
      end = to;
    }
    for (WordTable.Match<NameWords.Role> w; end > start && (w = words.names.all.longestEndingAt(t, end, start)) != null
        && w.value == NameWords.Role.ADVERB; ) {
      end -= w.length; // "社区干部生活补贴、环卫工人工资再次提高": 再次 is the change's
    }
    String name = start < end ? Subjects.clean(t.text(start, end), words.names) : "";
    return name.length() < 2 || name.length() > FigureGroup.MAX_NAME || Subjects.isVerbOnly(t, start, end, words)
        ? null : new Subject(name, start);
  }

  /**
   * What a clause without figures over {@code [from, to)} offers a nameless figure after it, the first of: what it
   * says changes ({@link #ofClause}), the kind of thing a programme it carries out grows
   * ({@link #programmesThing}), the things a total after it adds up ({@link Totals#ofTheClauseBefore}), what a task
   * it sets builds ({@link #builtThing}), the ranking it names as a circumstance
   * ({@link Ranks#rankingOfCircumstance}); null for none.
   */
  static Subject offeredByClause(SourceText t, int from, int to, Subjects.Peel scratch, Vocabulary words) {
    Subject s = ofClause(t, from, to, scratch, words);
    if (s == null) {
      s = programmesThing(t, from, to, words); // "实施“规模以上工业企业倍增计划”，新增450家"
    }
    if (s == null) {
      s = Totals.ofTheClauseBefore(t, from, to, words); // "资助残疾人大学生和…子女大学生，合计6300名"
    }
    if (s == null) {
      s = builtThing(t, from, to, words); // "强力推进标准化厂房建设，新建、盘活90万平方米"
    }
    return s != null ? s : Ranks.rankingOfCircumstance(t, from, to, words); // "在…指数排名中，我市居全国77位"
  }

  /**
   * What a clause of a task without figures builds, for a figure after it that names nothing: a verb of a task after
   * adverbs or none, or adverbs alone, then the thing and a word of building that closes the clause ("强力推进标准化厂房
   * 建设" → 标准化厂房, "加快农村公路建设" → 农村公路; {@code CONSTRUCTION_WORDS}); null for any other clause.
   */
  static Subject builtThing(SourceText t, int from, int to, Vocabulary words) {
    WordTable.Match<Boolean> building = words.lists.constructionWords.longestEndingAt(t, to, from);
    if (building == null) {
      return null;
    }
    int end = to - building.length;
    int at = objectStart(t, from, end, words);
    if (at < 0) {
      return null;
    }
    String thing = Subjects.clean(t.text(at, end), words.names);
    return thing.length() < 2 || thing.length() > FigureGroup.MAX_NAME ? null : new Subject(thing, at);
  }

  /**
   * What a clause of a task without figures over {@code [from, to)} is about, for an investment named only so after
   * it: the subject of how the task went when a word of {@code PROGRESS_PREDICATES} closes the clause ("职教园区建设
   * 成效明显" → 职教园区建设, "交通事业快速发展" → 交通事业), else the object of a verb of a task, or of an adverb of pace
   * alone, that opens it ("大力发展第三产业" → 第三产业, "加快矿山生态修复" → 矿山生态修复); null for any other clause.
   */
  static Subject taskTopic(SourceText t, int from, int to, Vocabulary words) {
    WordTable.Match<Boolean> progress = words.lists.progressPredicates.longestEndingAt(t, to, from);
    int end = progress != null ? to - progress.length : to;
    int start = progress != null ? from : objectStart(t, from, end, words);
    if (start < 0) {
      return null; // a clause that opens with no verb and says nothing of how it went
    }
    // "实施了一批市政道路、园林绿化等基础设施项目": the things, not their examples
    String thing = NameEdges.withoutExamples(Subjects.clean(t.text(start, end), words.names), words.names);
    return thing.length() < 2 || thing.length() > FigureGroup.MAX_NAME || Subjects.isVerbOnly(t, start, end, words)
        ? null : new Subject(thing, start);
  }

  /**
   * Where the object of a clause of a task over {@code [from, end)} starts: after the adverbs that open it ("强力",
   * "大力") and a verb of a task after them, or after an adverb of pace that governs alone ("加快农村公路建设"); -1 when
   * the clause opens with neither.
   */
  private static int objectStart(SourceText t, int from, int end, Vocabulary words) {
    int start = from;
    for (WordTable.Match<NameWords.Role> w; start < end && (w = words.names.all.longestAt(t, start, end)) != null
        && w.value.adverbial(); ) {
      start += w.length;
    }
    WordTable.Match<Boolean> verb = words.names.taskVerbs.longestAt(t, start, end);
    return verb != null ? start + verb.length : start > from ? start : -1;
  }

  /** The longest predicate after a quoted name that opens a sentence and makes it the sentence's topic (成效显著). */
  private static final int TOPIC_PREDICATE_MAX = 6;

  /**
   * The quoted name a sentence opens with when its first clause says only how it went ("“四改一拆”成效显著，完成883.6万
   * 平方米": “四改一拆”), the topic of the figures after it that name nothing; null for any other clause.
   */
  static String quotedTopic(SourceText t, int open, int ce) {
    if (open >= ce || t.charAt(open) != '“') {
      return null;
    }
    int close = t.indexOf('”', open + 1, ce);
    int predicate = ce - close - 1;
    return close > open + 1 && predicate > 0 && predicate <= TOPIC_PREDICATE_MAX ? t.text(open, close + 1) : null;
  }

  /**
   * The kind of thing a quoted programme the clause carries out grows ("实施“规模以上工业企业倍增计划”，确保新增450家以上":
   * 规模以上工业企业), for a count after it that names nothing: the quote ends with a programme's word
   * ({@code PROGRAM_SUFFIXES}) and holds a generic noun of names.tsv (企业) after a modifier before it, up to which the
   * thing runs; null for any other clause.
   */
  static Subject programmesThing(SourceText t, int open, int ce, Vocabulary words) {
    int quote = t.indexOf('“', open, ce);
    int close = quote < 0 ? -1 : t.indexOf('”', quote + 1, ce);
    if (close < 0 || close + 1 != ce || !Subjects.isVerbOnly(t, open, quote, words)) {
      return null;
    }
    String program = t.text(quote + 1, close);
    ListWords lists = words.lists;
    for (String suffix : lists.programSuffixes) {
      if (program.endsWith(suffix) && program.length() > suffix.length()) {
        for (int end = program.length() - suffix.length(); end >= 2; end--) {
          WordTable.Match<NameWords.Role> noun = words.names.all.longestEndingAt(program, end, 0);
          if (noun != null && noun.value == NameWords.Role.GENERIC && end > noun.length) {
            return new Subject(program.substring(0, end), quote + 1);
          }
        }
      }
    }
    return null;
  }
}
