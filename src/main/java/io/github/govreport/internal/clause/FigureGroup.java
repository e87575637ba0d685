package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.ListNames;
import io.github.govreport.internal.name.NameEdges;
import io.github.govreport.internal.name.Ranks;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import java.util.ArrayList;
import java.util.List;

/**
 * What one group of figures of a clause (a figure, or a list of figures joined by 、 和) is read with: the words
 * before it and what they say (its cues, its subject, whether they are only a verb), the noun written after it,
 * and the name it takes, step by step as a reader makes it out. Read once per group, then read by every
 * {@link Rule} and by the reading that follows when no rule keeps the group out. One instance per parse, held by
 * its {@link SentenceState} and {@linkplain #read read} again for every group, so that a group allocates no state
 * of its own; nothing keeps it past its group.
 */
final class FigureGroup {

  /** Names are short: the words looked back over for a name, so that a clause of many figures stays linear. */
  static final int NAME_WINDOW = 80;
  /** A name longer than this is no name the reader could tell apart. */
  static final int MAX_NAME = 40;

  SourceText t;
  /** The figures of the group, in order: one list per parse, filled again for each group. */
  final List<Amount> amounts = new ArrayList<>();
  Amount first;
  Amount lastAmount;
  /** The next figure of the clause after the group, or null. */
  Amount next;
  int clauseEnd;
  /** Where the words after the group's figures end: the next figure of the clause, or the clause's end. */
  int postLimit;
  /** Whether a figure with a bound right after the count opens the noun it counts (87万名80岁以上老年人). */
  private boolean qualifiedNoun;
  /** Where a word of a figure per part of the region stands in the clause, or -1. */
  int perUnitAt;
  /** Where a word of all the region's parts (各县) stands in the clause, or -1. */
  int allPartsAt;
  /** Whether the sentence restates the year's targets (a plan-year sentence naming them outside the passage). */
  boolean restated;
  int windowStart;
  Subjects.Peel peel;
  /** Whether no cue at all was read between the name and the figure (before a cue after the figure was read). */
  boolean bareBefore;
  /** Whether the words before the figure are only a verb, as read before the noun after the figure was. */
  boolean verbOnlyBefore;
  /** Where the group's words start, before the leading words (其中, 尤其是) left off the name's front. */
  int wordsStart;
  int subjectStart;
  int subjectEnd;
  boolean verbOnly;
  int spanStart;
  int spanEnd;
  /** Past the figure and a change word written after it ("40%以上增长"). */
  int afterEnd;
  /** The end of a noun written after the figure, or {@link #afterEnd}. */
  int postEnd;
  /** The name as read and cleaned, before a subject is taken. */
  String name;
  /** The name as shaped, before a change against a base (比上年) leaves it: what the rules read. */
  String shapedName;
  /** The head a 分别 list's items take from its predicate ("分别安排资金": 资金), or empty. */
  String respectiveHead = "";
  /** The subject the group takes: its own name, the noun after it, the subject before, or the topic; or null. */
  Subject subject;
  /** Where the next group's words begin when this one is read. */
  int resume;
  /** Whether a threshold is written after the figure (突破3000亿元大关): no thing counted. */
  boolean milestone;
  /** Whether the subject is the one before in the sentence, the group naming nothing of its own. */
  boolean inherited;
  /** Whether the subject's name is whole as the group shaped it, its verbs part of it (实施…治理提升企业). */
  boolean namedInFull;
  /** The name that names nothing alone and took the subject before (占年度计划, 增速), or empty. */
  String generic = "";
  /** The indicator's own word written between the name and the figure (高新技术企业新增300家: 新增), or empty. */
  String ownWord = "";
  /** The things a count named by what they do counts (5项基本完成: 惠民实事), or null. */
  String things;
  /** Whether the figure is a threshold passed before the level the text gives next (突破万元，达到10234元). */
  boolean passed;
  /** Whether the figure is a share of the things written after it and its 的 (60%的城市污水处理厂). */
  boolean share;
  /** Whether the figure is the size of a task or a problem written after it and its 的 (10万人次的培训任务). */
  boolean taskSize;
  /** The name before the count when it is who owns the things counted after it (湖南自贸试验区2项创新成果…), or null. */
  String owner;
  /** Whether the group breaks down the figures before 其中 in the sentence, measured as none of them is. */
  boolean detail;
  /** Whether the group is read in the main targets passage. */
  boolean main;
  /** The figure before in the clause, or null: a bare item after it in a list takes its measure only in its unit. */
  Amount figureBefore;
  /** The last figure of the last group read in the sentence, or null. */
  Amount lastFigure;
  /** The rule that kept the figure before in the clause out (年产30万吨…和…, 由162个整合为…), or null. */
  Rule ruleBefore;
  /** Whether a verb of a fall before its name governs the figure before in the clause. */
  boolean fallBefore;
  /** Whether a verb of a fall before the name governs this group's figure, its own or the list's. */
  boolean fallGoverned;
  /** The parser's words: cues, periods and the name words among them. */
  Vocabulary words;
  /** What a passage's target is set against ("增速高于全省平均水平2个百分点左右": 全省平均水平), or null. */
  String reference;

  /** Forgets what the group read of the figures before: every field a reading sets. */
  private void clear() {
    this.respectiveHead = "";
    this.spanStart = 0;
    this.spanEnd = 0;
    this.afterEnd = 0;
    this.postEnd = 0;
    this.things = null;
    this.name = null;
    this.shapedName = null;
    this.subject = null;
    this.resume = 0;
    this.milestone = false;
    this.inherited = false;
    this.namedInFull = false;
    this.generic = "";
    this.ownWord = "";
    this.passed = false;
    this.share = false;
    this.taskSize = false;
    this.owner = null;
    this.fallGoverned = false;
    this.qualifiedNoun = false;
    this.reference = null;
  }

  /**
   * Reads the group {@code all[from, to)} of the clause of {@code s}, whose words start at or after {@code segStart}:
   * the words before its first figure, where its name starts, whether only a verb stands there.
   */
  private void start(SentenceState s, List<Amount> all, int from, int to, int segStart) {
    clear();
    this.main = s.ctx.main;
    this.t = s.t;
    amounts.clear();
    for (int k = from; k < to; k++) {
      amounts.add(all.get(k));
    }
    this.first = all.get(from);
    this.lastAmount = all.get(to - 1);
    this.next = to < all.size() ? all.get(to) : null;
    this.clauseEnd = s.clauseEnd;
    this.postLimit = next == null ? clauseEnd : next.start;
    if (next != null && next.start == lastAmount.suffixEnd && next.suffixBound != null && next.suffixEnd < clauseEnd) {
      // "为87万名80岁以上老年人发放高龄津贴": a figure with a bound right after the count qualifies the noun it counts
      this.postLimit = to + 1 < all.size() ? Math.min(clauseEnd, all.get(to + 1).start) : clauseEnd;
      this.qualifiedNoun = true;
    }
    this.perUnitAt = s.perUnitAt;
    this.allPartsAt = s.allPartsAt;
    this.restated = s.restated;
    this.detail = s.breakdown && (s.percentBefore || s.amountBefore)
        && !(Measures.percentLike(first) ? s.percentBefore : s.amountBefore);
    this.figureBefore = s.figureBefore;
    this.lastFigure = s.lastFigure;
    this.fallBefore = s.figureBefore != null && s.fallBefore;
    this.ruleBefore = s.figureBefore != null ? s.ruleBefore : null;
    this.words = s.words;
    this.windowStart = Math.max(segStart, first.start - NAME_WINDOW);
    int words = FigureLists.pastItemsWithFigures(t, Labels.pastOrdinalWithIs(t, windowStart, first.start), first.start,
        s.words);
    this.wordsStart = words;
    this.peel = Subjects.peel(t, words, first.start, s.ctx.peel, s.words);
    this.subjectStart = peel.opened ? peel.end : Subjects.stripLeading(t, words, peel.end, peel, s.words);
    this.subjectEnd = peel.end;
    this.bareBefore = peel.cues.isEmpty();
    // "由162个整合为123个": after a value moved from, the words before the value reached are the change's verb
    this.verbOnlyBefore = subjectStart >= subjectEnd || ruleBefore == Rule.FORMER_VALUE
        || Subjects.isVerbOnly(t, subjectStart, subjectEnd, s.words);
    this.verbOnly = verbOnlyBefore;
  }

  /**
   * Reads the group {@code all[from, to)} of the clause of {@code s}, whose words start at or after {@code segStart};
   * the subject of the figure before in the sentence, {@code s.last}, may be null.
   */
  static FigureGroup read(SentenceState s, List<Amount> all, int from, int to, int segStart) {
    FigureGroup g = s.group;
    g.start(s, all, from, to, segStart);
    g.readAround();
    g.shapeName(s.last, g.words.names.taskVerbs);
    g.takeSubject(s);
    if (g.subject != null && g.subject.name.length() > MAX_NAME) { // "举办“…杯”U系列比赛、…等品牌赛事": 品牌赛事
      g.subject = new Subject(NameEdges.withoutExamples(g.subject.name, g.words.names), g.subject.start);
    }
    Subject offered = g.subject == null ? s.before() : null;
    if (offered != null) {
      g.subject = offered; // "提高城乡居民基础养老金最低标准，月人均提高20元": what the clause before is about
      g.inherited = true;
      g.resume = g.afterEnd;
    }
    return g;
  }

  /** The span, a change word after the figure, the name as written and the noun after the figure. */
  private void readAround() {
    WordTable<Boolean> milestones = words.names.of(NameWords.Role.MILESTONE);
    spanStart = subjectStart < subjectEnd ? subjectStart : Subjects.firstCueStart(peel, first.start);
    spanEnd = lastAmount.suffixEnd;
    afterEnd = lastAmount.suffixEnd;
    // "40%以上增长": the verb after the figure makes it a change.
    WordTable.Match<Cue> after = words.cues.longestAt(t, afterEnd, postLimit);
    if (after != null && (after.value == Cue.RISE || after.value == Cue.FALL)
        && !Subjects.wholeWordOver(t, afterEnd, clauseEnd, after.length, words.names)) {
      peel.cues.add(after.value);
      afterEnd += after.length;
      spanEnd = afterEnd;
    }
    int shareEnd = FigureOf.shareEnd(this, postLimit);
    if (shareEnd >= 0) {
      share = true; // "60%的城市污水处理厂完成提标改造": the figure is the share of what follows 的
      afterEnd++;
    }
    int taskEnd = shareEnd < 0 ? FigureOf.taskEnd(this, postLimit) : -1;
    if (taskEnd >= 0) {
      taskSize = true; // "完成10万人次的培训任务": the figure is the task's size
      afterEnd++;
      shareEnd = taskEnd;
    }
    int nameStart = subjectStart + Measures.fallVerbBefore(this);
    NameWords names = words.names;
    name = nameStart < subjectEnd ? NameEdges.withoutResumptive(
        NameEdges.predicateCut(Subjects.clean(t.text(nameStart, subjectEnd), names), names), words.lists) : "";
    // The end of a noun written after the figure, read once: every rule below asks for it.
    postEnd = share || taskSize ? shareEnd : qualifiedNoun ? PostNoun.end(t, next.suffixEnd, postLimit, words)
        : PostNoun.end(t, afterEnd, postLimit, words, PostNoun.keepsItsPredicate(lastAmount.unit.dimension()));
    postEnd = share || taskSize ? postEnd : Doers.beneficiaryEnd(this, postEnd); // "为7000户…家庭实施…"
    if (qualifiedNoun && postEnd == next.suffixEnd) {
      postEnd = afterEnd; // no noun after the qualifying figure either
    }
    if (postEnd > afterEnd && milestones.longestAt(t, afterEnd, postEnd) != null) {
      milestone = true; // "首次突破3000亿元大关": 大关 names no thing
      spanEnd = postEnd;
      postEnd = afterEnd;
    }
    if (peel.cues.contains(Cue.LEVEL_AT_LEAST) && Milestones.passedOnTheWay(t, milestone ? spanEnd : afterEnd, words)) {
      milestone = true; // "突破万元，达到10234元", "跨越4万元大关，达到4.1万元": the level reached is the result
      passed = true;
    }
    if (subjectEnd > subjectStart && t.charAt(subjectEnd - 1) == Grammar.OF && postEnd > afterEnd) {
      verbOnly = true; // "总投资1.78万亿元的289个省重点项目": the name follows the figure.
    }
  }

  /** The name as a reader shapes it: a rank's subject, an inserted predicate, a 分别 list's head, a time. */
  private void shapeName(Subject last, WordTable<Boolean> verbs) {
    if (first.isRank()) {
      name = Ranks.rankSubject(t, subjectStart, subjectEnd, name, words);
      if (Ranks.eachBeforeRank(t, subjectStart, subjectEnd, words)) {
        peel.cues.add(Cue.EACH);
      }
    } else if (last != null && Ranks.insertedPredicate(name, words.lists)) {
      name = ""; // "地区生产总值达到X万亿元、稳居全国前十强、增长Y%": the growth is still the product's
    }
    name = Measures.withTheMeasureOfItsChange(Subjects.afterCircumstance(name, words), this);
    ownWord = Borrowing.ownWordAfter(name, this); // "高新技术企业新增300家": 新增高新技术企业
    if (first.unit.dimension() == Dimension.PERSONS) {
      name = Counted.beneficiaries(name, words.names);
    } else if (first.unit.dimension() == Dimension.COUNT && amounts.size() == 1) {
      name = Counted.objectOfItsVerb(name, words); // "…自贸试验区推出全国首创制度创新成果12项": the results
    }
    String nextNoun = ListItems.nounOfTheNextItem(this);
    if (nextNoun != null) {
      name += nextNoun; // "推进省级400个、市级3000个重点项目建设": 省级重点项目
    }
    Borrowing.respectively(this, last, verbs);
    if (last != null && Borrowing.isTotalOfLast(name, words.lists)) {
      name = Borrowing.totalOfLast(last.name, name, words.names);
    } else if (last != null) {
      String stock = Borrowing.totalMeasureOfLast(last.name, name, words.names);
      name = stock != null ? stock : name; // "新增地铁运营里程…、总里程达到879公里": 地铁运营总里程
    }
    if (name.length() <= Subjects.TIME_MAX && Subjects.isTimeOnly(name, words)) {
      name = ""; // "一季度增长5.3%", "全年增长5.5%": a time, not what is measured
    }
    if (postEnd > afterEnd) {
      nounAfterCounts(verbs);
    }
  }

  /**
   * Whether the noun written after the figure is what it counts, not the name before it: after a verb, 了, examples, a
   * change of a count, an item's opening, a giver, a frame or an owner; then the group is read by that noun
   * ({@link #verbOnly}) and a change said before it is the count's own word.
   */
  private void nounAfterCounts(WordTable<Boolean> verbs) {
    // "要重点抓好11个…", "整体提升100所…", "在全市2000所…": a verb before a count whose noun follows it.
    WordTable.Match<Boolean> verb = verbs.longestEndingAt(name, Subjects.endBeforeScope(name, words.names), 0);
    // "浙江健儿夺得了51枚亚运金牌": 了 follows a verb, and the things counted follow their count word
    boolean perfective = name.length() > 1 && Chars.endsWith(name, Grammar.PERFECTIVE) && first.isCount();
    // "提速高青至商河等34个续建项目", "建成投用重庆东站、渝湘复线高速等340个市级重点项目": examples before 等, the
    // things counted after the count
    boolean example = name.length() > 1 && first.isCount() && (Chars.endsWith(name, Grammar.ETC)
        || Counted.endsWithAspectsOfAList(name)); // "应对自然灾害…等方面105个专项和部门应急预案"
    boolean actOnCount = (peel.cues.contains(Cue.RISE) || peel.cues.contains(Cue.FALL))
        && first.isCount() && amounts.size() == 1;
    // "…摘帽出列、33万贫困人口脱贫", "10个专项规划和7个分区规划": a count opening a list's item counts the noun after it
    boolean opensAnItem = FigureLists.opensAnItem(t, first, figureBefore);
    boolean framed = Counted.opensAFrame(name, verbs); // "以12个片区、65个社区中心为重点"
    boolean agentGives = Doers.agentGives(this); // "省财政安排20亿元专项资金": who gives, and the money's noun after
    int ownedEnd = verbOnly || verb != null || perfective || example || framed ? -1 : Counted.ownedNounEnd(this);
    boolean owned = ownedEnd > 0;
    if (owned) {
      owner = name; // "湖南自贸试验区2项创新成果入选…": 创新成果, of 湖南自贸试验区
      postEnd = ownedEnd;
    }
    if (verbOnly ? actOnCount
        : name.isEmpty() || share || taskSize || owned || verb != null || perfective || example || actOnCount
            || opensAnItem || agentGives || framed || Counted.groupsOnly(name, verbs) || Doers.forWhom(this)
            || amounts.size() == 1 && ListNames.countsTheList(name, first)) {
      verbOnly = true;
      peel.cues.remove(Cue.RISE);
      peel.cues.remove(Cue.FALL);
    }
  }

  /** Whether the group has no name of its own before it: nothing, or only a verb. */
  boolean nameless() {
    return name.isEmpty() || verbOnly;
  }

  /**
   * The subject the group takes, and where the next group's words begin: its own name (a generic noun joined to
   * the subject before: "新登记" after 经营主体), else the noun after the figure (with the indicator's own verb: 新增),
   * else the subject before, else the sentence's or paragraph's topic; none when nothing names it.
   */
  private void takeSubject(SentenceState s) {
    Subject last = s.last;
    String sentenceTopic = s.topic;
    String topic = s.ctx.topic();
    shapedName = name;
    if (main) {
      MainTargetsReader.setAgainstReference(this);
    }
    if (!name.isEmpty() && Grammar.COMPARE.has(name.charAt(0))) {
      name = ""; // "比上年增加1000亿元": a change of the name before, against a base.
    }
    if (!nameless() && last == null && Purpose.takeInvestment(this, s)) {
      return; // "投资1.3亿元实施自来水管网改造工程", "加快矿山生态修复，投资755万元": what the investment is in
    } else if (!nameless()) {
      boolean borrows = last != null && (Borrowing.isGeneric(name, words.lists)
          || first.unit.dimension() == Dimension.PERCENT && Borrowing.isShareOfPlan(name, words));
      generic = borrows ? name : "";
      String atLevel = last == null || borrows ? null : ListItems.atLevel(last.name, name, words, s.amongThem);
      atLevel = atLevel == null && last != null && !borrows ? ListItems.partOfTheWhole(this, last.name, s) : atLevel;
      if (atLevel == null && last != null && !borrows && FigureLists.listedAfterTheFigureBefore(this)) {
        atLevel = ListItems.afterTheItemBefore(this, last.name);
      } else if (atLevel == null && last != null && !borrows && FigureLists.inClauseAfterTheFigureBefore(this)) {
        atLevel = ListItems.withMeasureOfTheClauseBefore(last.name, name, words.lists);
      }
      String own = borrows ? Borrowing.borrow(Borrowing.lender(last.name, name, s, words.lists), name, words.lists)
          : atLevel != null ? atLevel : Counted.ofItsCategory(name, this, s);
      String qualifier = Counted.qualifier(this, borrows, atLevel);
      if (qualifier != null) {
        own = qualifier + PostNoun.countedNoun(this);
        spanEnd = postEnd;
      }
      subject = new Subject(own, subjectStart);
      resume = qualifier != null ? PostNoun.pastPredicate(t, postEnd, postLimit) : PostNoun.pastItemNoun(this);
    } else if (Doers.takesWhatCountedDo(this, s.thingsBefore(), s.runUnit)) {
      return; // "20家企业签约、15家入驻": 企业入驻
    } else if (Purpose.take(this) || ListedNouns.takeNounAfterItsQualities(this)) {
      return; // "安排430亿元，用于…住房配租": 住房配租资金; "抓好1600个、…的重大项目": 重大项目
    } else if (Doers.takesWorkDone(this, s)) {
      return; // "大力推进农村气代煤，今年再完成3万户改造": 农村气代煤改造
    } else if (postEnd > afterEnd) {
      PostNoun.takeNounAfter(this);
    } else if (Doers.takesWhatPersonsDo(this, last)) {
      return; // "实现4377人稳定脱贫": 稳定脱贫
    } else if (Totals.take(this, s.run, s.runUnit)) {
      return; // "新建学校5所、幼儿园12所，合计17所": 新建学校、幼儿园
    } else if (last != null) {
      Borrowing.inherit(this, last); // "新开工棚改项目96个，基本建成3.53万套": 建成棚改项目
    } else if (sentenceTopic != null || topic != null) {
      subject = new Subject(sentenceTopic != null ? sentenceTopic : topic, -1);
      resume = afterEnd;
    }
  }
}
