package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence as the clause reader reads it: the text, the parse's context, the sink the readings go to, the
 * parser's words, and what the clauses read so far said (the subject of the last figure, the indicator the sentence
 * opened with). One per parse, held by its {@link ClauseReader.Context} and {@linkplain #start started} again for
 * every sentence, so that reading a sentence allocates no state; not shared between threads.
 */
final class SentenceState {

  final ClauseReader.Context ctx;
  SourceText t;
  ClauseReader.Sink sink;
  Vocabulary words;
  /** The subject of the figure before in the sentence, or null. */
  Subject last;
  /** The figure before in the clause being read, or null for its first. */
  Amount figureBefore;
  /** Whether a verb of a fall written before its name governs the figure before (压减钢铁产能1400万吨、…). */
  boolean fallBefore;
  /** The rule that kept the figure before out (a plant's capacity: 年产30万吨纯碱和…; a value moved from), or null. */
  Rule ruleBefore;
  /** The indicator the sentence's first clause opened with and stated no figure of, or null. */
  String topic;
  /** What the clause just before offers, once read ({@link #before()}). */
  private Subject before;
  /** Whether the clause just before offers a nameless figure what it is about, not yet read or read to a subject. */
  private boolean offers;
  /** Scratch space for reading an offer, apart from the clause reader's own. */
  private final Subjects.Peel offerScratch = new Subjects.Peel();
  /** The words of the clause just before when it states no figure, after its label; -1 after a clause with figures. */
  int beforeFrom = -1;
  int beforeTo = -1;
  /** The end of the clause being read. */
  int clauseEnd;
  /**
   * Where the first word of a figure per part of the region (每个县) stands in the clause being read, or -1: found
   * once per clause, so that each group's rule asks in constant time.
   */
  int perUnitAt;
  /** Where the first word of a figure for all the region's parts (各县) stands in the clause being read, or -1. */
  int allPartsAt;
  /** Whether the sentence is of the plan year and names its targets outside the passage: each figure restated. */
  boolean restated;
  /** Whether the clause being read is a breakdown (其中…, or the clause after a 其中 alone) of the figures before. */
  boolean breakdown;
  /** Whether the clause being read opens with 其中, or follows a 其中 alone, in any period. */
  boolean amongThem;
  /** Whether the clauses before the breakdown gave a percentage, and whether an amount or count. */
  boolean percentBefore;
  boolean amountBefore;
  /**
   * The subjects of the figures read one group at a time in the sentence so far, all in units of the kind of
   * {@link #runUnit}, in order: a nameless total after them (…幼儿园12所，合计17所) is of them all.
   */
  final List<Subject> run = new ArrayList<>(8);
  Unit runUnit;
  /**
   * The things the last group read in the sentence counts, its noun after the count or else its name: what a
   * nameless count of the same things after it is of (20家企业签约、15家入驻: 企业); null before any. The noun after
   * the count is kept as its span and cleaned only when a later count asks ({@link #thingsBefore()}).
   */
  private String thingsName;
  private int thingsFrom = -1;
  private int thingsTo;
  /** The subject of the last count read in the sentence, or null: what an amount of projects after a rate is of. */
  Subject lastCount;
  /** The last figure of the last group read in the sentence, or null: a clause after it may repeat its measure. */
  Amount lastFigure;
  /** The group of figures being read, started again for each group. */
  final FigureGroup group = new FigureGroup();

  SentenceState(ClauseReader.Context ctx) {
    this.ctx = ctx;
  }

  /**
   * What the clause just before, which states no figure, is about ("下调城镇职工基本养老保险单位缴费比例", "企业退休人员
   * 养老金标准继续提高"), for a figure of this clause that names nothing; null after a clause with figures. Read when a
   * figure first asks, since most clauses without figures are followed by figures with names of their own.
   */
  Subject before() {
    if (before == null && offers) {
      before = ClauseOffers.offeredByClause(t, beforeFrom, beforeTo, offerScratch, words);
      offers = before != null;
    }
    return before;
  }

  /** Notes the clause over {@code [from, to)}, which states no figure, as the clause just before. */
  void withoutFiguresAt(int from, int to) {
    before = null;
    offers = false;
    beforeFrom = from;
    beforeTo = to;
  }

  /** Notes the clause just before as one that offers a nameless figure its subject ({@link #before()}). */
  void offer() {
    before = null;
    offers = true;
  }

  /** Forgets the clause just before: a clause with figures came after it. */
  void noOffer() {
    before = null;
    offers = false;
    beforeFrom = -1;
  }

  /** This state, emptied for a sentence of {@code t} whose readings go to {@code sink}. */
  SentenceState start(SourceText t, ClauseReader.Sink sink, Vocabulary words) {
    this.t = t;
    this.sink = sink;
    this.words = words;
    this.last = null;
    this.topic = null;
    noOffer();
    this.beforeTo = -1;
    this.clauseEnd = 0;
    this.breakdown = false;
    this.amongThem = false;
    this.percentBefore = false;
    this.amountBefore = false;
    this.run.clear();
    this.runUnit = null;
    this.thingsName = null;
    this.thingsFrom = -1;
    this.lastCount = null;
    this.lastFigure = null;
    return this;
  }

  /** The things the last group read counts (see {@link #thingsName}), or null before any group. */
  String thingsBefore() {
    if (thingsName == null && thingsFrom >= 0) {
      thingsName = PostNoun.countedNoun(Subjects.clean(t.text(thingsFrom, thingsTo), words.names), words.names,
          words.lists);
    }
    return thingsName;
  }

  /** Adds the group read to the run of figures a total may follow, or starts the run again with it. */
  void extendRun(FigureGroup g) {
    Unit unit = g.lastAmount.unit;
    boolean single = g.amounts.size() == 1 && !g.inherited;
    if (!single || runUnit == null || !Totals.sameKind(unit, runUnit)) {
      run.clear();
    }
    runUnit = unit;
    lastFigure = g.lastAmount;
    if (g.first.isCount()) {
      lastCount = g.subject;
    }
    boolean nounAfter = g.things == null && g.postEnd > g.afterEnd;
    thingsName = g.things != null ? g.things : nounAfter ? null : g.subject.name;
    thingsFrom = nounAfter ? g.afterEnd : -1;
    thingsTo = g.postEnd;
    if (single) {
      run.add(g.subject);
    }
  }
}
