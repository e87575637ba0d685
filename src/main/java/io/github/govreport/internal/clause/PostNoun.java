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
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import java.util.EnumSet;
import java.util.Set;

/**
 * The noun written after a figure, the thing a count counts ("新增50家以上先进智能工厂": 先进智能工厂) or the whole a
 * share is of: it ends at a mark between items, or where its predicate starts (an opener, a verb of
 * {@code POST_NOUN_PREDICATES}, an adverb of manner, a time, an adverb and a verb that close the clause), with the
 * adverbs, verbs and times just before that start. Stateless.
 */
final class PostNoun {

  private PostNoun() {}

  /**
   * Whether a word that opens a predicate starts at {@code i} (以, 被, 予以, 投入使用: {@code OPENER} in names.tsv; 完成,
   * 开展: a verb of {@code POST_NOUN_PREDICATES}), read longest first, so that 以上 and 以及 are not 以.
   */
  static boolean opensPredicate(SourceText t, int i, int limit, Vocabulary words, boolean share) {
    WordTable.Match<NameWords.Role> w = words.names.all.longestAt(t, i, limit);
    if (w != null && w.value == NameWords.Role.OPENER && w.length == 1 && endsAWord(t, i, words)) {
      return false; // "…厂区植被恢复工作": 被 ends the word 植被, it opens nothing
    }
    if (w != null && (w.value == NameWords.Role.OPENER || w.value == NameWords.Role.TIME && w.length >= 2)) {
      return true; // "…贫困人口今年上半年全部脱贫": a time after the thing counted is its predicate's
    }
    if (!share && w != null && w.value == NameWords.Role.VERB) {
      WordTable.Match<Boolean> p = words.lists.postNounPredicates.longestAt(t, i, limit);
      if (p != null && p.length == w.length) {
        return true; // "28家全国重点实验室完成优化重组"
      }
    }
    if (!share && w != null && w.value == NameWords.Role.ADVERB && w.length >= 2
        && endsWithAVerb(t, i + w.length, limit, words)) {
      return true; // "352个行政村重点打造": an adverb and a verb that close the clause are its predicate
    }
    if (!share && words.lists.modals.longestAt(t, i, limit) != null) {
      return true; // "21个贫困县将脱贫出列": a word of will or time opens what is said of the things counted
    }
    if (!share && closesWithAStatus(t, i, limit, words)) {
      return true; // "76个冬奥项目开工", "39家养殖企业粪污处理设施全部竣工": what became of the things counted
    }
    // An adverb of manner is the predicate's too: "17种抗癌药大幅降价", "3个古城保护更新快速推进"; and one of each
    // thing counted: "剩余9项问题均取得突破性进展"
    WordTable.Match<Cue> cue = w != null && w.value == NameWords.Role.WHOLE ? null : words.cues.longestAt(t, i, limit);
    return cue != null
        && (cue.value == Cue.MANNER || !share && cue.value == Cue.EACH && !cueGoesOn(t, i - 1, limit, words));
  }

  /** Whether a cue of two chars or more starts at {@code k} and goes on past it (平均 over the 均 after 平). */
  private static boolean cueGoesOn(SourceText t, int k, int limit, Vocabulary words) {
    WordTable.Match<Cue> cue = words.cues.longestAt(t, k, limit);
    return cue != null && cue.length >= 2;
  }

  /** Whether the char at {@code i} ends a word kept whole that starts before it (植被). */
  private static boolean endsAWord(SourceText t, int i, Vocabulary words) {
    WordTable.Match<NameWords.Role> w = words.names.all.longestEndingAt(t, i + 1, Math.max(0, i - 3));
    return w != null && w.length >= 2 && w.value == NameWords.Role.WHOLE;
  }

  /**
   * Whether a project's status ({@code PROJECT_STATUS}: 开工, 竣工, 建成投产), alone or after an adverb, starts at
   * {@code i} and the clause or the item ends right after it.
   */
  private static boolean closesWithAStatus(SourceText t, int i, int limit, Vocabulary words) {
    WordTable.Match<NameWords.Role> adverb = words.names.all.longestAt(t, i, limit);
    int at = adverb != null && adverb.value == NameWords.Role.ADVERB ? i + adverb.length : i;
    WordTable.Match<?> status = words.lists.projectStatus.longestAt(t, at, limit);
    return status != null && (at + status.length >= limit || Subjects.endsANoun(t.charAt(at + status.length)));
  }

  /** Whether a verb of a task starts at {@code i} and the clause or the item ends right after it. */
  private static boolean endsWithAVerb(SourceText t, int i, int limit, Vocabulary words) {
    WordTable.Match<Boolean> v = words.names.taskVerbs.longestAt(t, i, limit);
    return v != null && (i + v.length >= limit || Subjects.endsANoun(t.charAt(i + v.length)));
  }

  /** Where the predicate that an opener at {@code opener} belongs to starts: before the adverbs, verbs, times (年内), 均 and 并 before it. */
  private static int predicateStart(SourceText t, int from, int opener, Vocabulary words) {
    int i = opener;
    for (int guard = 0; guard < 4 && i - from > MIN_POST_NOUN; guard++) {
      if (Grammar.CLAUSE_JOINERS.has(t.charAt(i - 1))) {
        i--;
        continue;
      }
      WordTable.Match<Cue> each = words.cues.longestEndingAt(t, i, from);
      if (each != null && each.value == Cue.EACH && i - each.length - from >= MIN_POST_NOUN) {
        i -= each.length; // "80%的国家级和省级园区均完成循环化改造": 均 is the predicate's
        continue;
      }
      WordTable.Match<NameWords.Role> w = words.names.all.longestEndingAt(t, i, from);
      if (w == null || w.length < 2 || i - w.length - from < MIN_POST_NOUN
          || w.value != NameWords.Role.ADVERB && w.value != NameWords.Role.VERB && w.value != NameWords.Role.TIME
          || w.value == NameWords.Role.ADVERB && words.names.roleAt(t, i) == NameWords.Role.ADVERB) {
        break; // "15个…传承试点稳步推进": a word of manner right before another is the noun's (试点)
      }
      i -= w.length;
    }
    return i;
  }

  /**
   * Whether a name word or a cue of two chars or more starts at {@code i}: after a noun of one char (村, 县, 户) only
   * such a word opens its predicate ("1000个村开展…", "16个区首次全部获评…").
   */
  private static boolean wordOfTwoAt(SourceText t, int i, int limit, Vocabulary words) {
    WordTable.Match<NameWords.Role> w = words.names.all.longestAt(t, i, limit);
    if (w != null) {
      return w.length >= 2;
    }
    WordTable.Match<Cue> cue = words.cues.longestAt(t, i, limit);
    return cue != null && cue.length >= 2;
  }

  /** A noun after a figure keeps at least this many chars before a predicate is cut off it (one before a longer word). */
  private static final int MIN_POST_NOUN = 2;

  /** Whether no verb of a task stands in {@code [from, to)}: a noun alone ("救灾款", not "资金支持再就业"). */
  static boolean nounOnly(SourceText t, int from, int to, Vocabulary words) {
    for (int i = from; i < to; i++) {
      WordTable.Match<NameWords.Role> w = words.names.all.longestAt(t, i, to);
      if (w != null && w.value == NameWords.Role.VERB && w.length >= 2) {
        return false;
      }
    }
    return true;
  }

  /** The longest noun read after a figure; longer ones are cut here rather than run on into the next clause. */
  static final int POST_NOUN_MAX = 40;

  /** The end of a noun written after a count ("…50家以上先进智能工厂"), or {@code from} when there is none. */
  static int end(SourceText t, int from, int limit, Vocabulary words) {
    return end(t, from, limit, words, false);
  }

  /**
   * The end of a noun written after a figure, or {@code from} when there is none; for the noun a percentage is the
   * {@code share} of, a verb of {@code POST_NOUN_PREDICATES} stays in it ("60%的城市污水处理厂完成提标改造": the share
   * of plants that did).
   */
  static int end(SourceText t, int from, int limit, Vocabulary words, boolean share) {
    if (from >= limit) {
      return from;
    }
    char c = t.charAt(from);
    int digits = from;
    while (digits < limit && Normalizer.isDigit(t.charAt(digits))) {
      digits++; // "87万名80岁以上老年人", "100个3A级景区": an age or a grade that opens the noun counted is the noun's
    }
    if (digits > from
        && (digits == limit || !Chars.isCjk(t.charAt(digits)) && !Normalizer.isAsciiLetter(t.charAt(digits)))) {
      return from;
    }
    c = t.charAt(digits);
    if (!(Chars.isCjk(c) || c == '“' || Normalizer.isAsciiLetter(c)) || c == Grammar.OF || c == Grammar.ETC) {
      return from; // "…提高到10万元等税收优惠政策": what follows 等 is what the figure is an example of
    }
    WordTable.Match<Cue> cue = words.cues.longestAt(t, from, limit);
    if (cue != null && !cue.value.passedOver() && !words.names.wordOver(t, from, limit, cue.length)) {
      return from; // but "4个共建产业集群": a word of a name longer than the cue (共建 over 共) is the noun's
    }
    int i = from;
    int depth = 0;
    while (i < limit && i - from < POST_NOUN_MAX) {
      char d = t.charAt(i);
      if (Segmenter.isOpen(d)) {
        depth++;
      } else if (Segmenter.isClose(d)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Subjects.endsANoun(d) && !ListedNouns.goOn(t, from, i, limit, words)) {
        break; // but "588个省、市级美丽乡村", "12个国家级、省级重点实验室", "新建200个智能车间、智能工厂" go on
      } else if (depth == 0 && (i - from >= MIN_POST_NOUN || i - from == 1 && wordOfTwoAt(t, i, limit, words))
          && opensPredicate(t, i, limit, words, share)) {
        // "5个城市以主办姿态扛起协办责任", "50个优势产品予以重点扶持": the noun is 城市, 优势产品; the adverbs and
        // verbs just before the opener are the predicate's too ("…超市全部投入使用", "…仓储库建成并投入使用")
        int predicate = predicateStart(t, from, i, words);
        if (words.lists.designations.longestAt(t, i, limit) == null) {
          return predicate; // the cheap test first: most predicates are no designation
        }
        int item = pastPredicate(t, predicate, limit); // "11个县被认定为国家…发展县": what they became names them
        return NameEdges.designated(t.text(from, item), words.names, words.lists).length() < item - from ? item
            : predicate;
      }
      i++;
    }
    if (i == limit && i - 1 > from && Grammar.JOINERS.has(t.charAt(i - 1))
        && (limit == t.length() || !Subjects.endsANoun(t.charAt(limit)))) {
      // "70项前沿技术研发和50项…": the 和 joins the next item, it is not part of this noun; nor is a conjunction
      // that ends with one ("9个产粮大县以及8个…": 以及); but a word that ends the clause keeps its last char (普及)
      WordTable.Match<NameWords.Role> w = words.names.all.longestEndingAt(t, i, from);
      i -= w != null && w.value == NameWords.Role.WHOLE && w.length < i - from ? w.length : 1;
    }
    return i;
  }

  /** The noun written after the group's figure, cleaned as the thing counted ("新增9家先进智能工厂": 先进智能工厂). */
  static String countedNoun(FigureGroup g) {
    String n = countedNoun(Subjects.clean(g.t.text(g.afterEnd, g.postEnd), g.words.names), g.words.names,
        g.words.lists);
    return g.first.isCount() ? ListedNouns.withoutTheirBuilding(n, g.words.names) : n;
  }

  /**
   * The noun of a thing named after its count ("形成10个营业收入超千亿元的先进制造业集群" → 先进制造业集群,
   * "支持96个省级开发区提质升级" → 省级开发区): what follows the last 的, without a predicate at its end; when the
   * words before 的 are the thing counted itself, not a quality of it, with what is done to it ("完成16条背街巷道的
   * 综合改造" → 背街巷道综合改造, "解决40万农村人口的安全饮水问题" → 农村人口安全饮水问题).
   */
  static String countedNoun(String post, NameWords words, ListWords lists) {
    String n = beforePredicate(NameEdges.designated(post, words, lists), words);
    for (int guard = 0; guard < 3; guard++) {
      WordTable.Match<Boolean> p = words.of(NameWords.Role.PREDICATE).longestEndingAt(n, n.length(), 0);
      if (p == null || n.length() - p.length < NameCleaner.MIN_NAME) {
        break;
      }
      n = n.substring(0, n.length() - p.length);
    }
    int etc = n.lastIndexOf(Grammar.ETC);
    if (etc >= NameCleaner.MIN_NAME && NameEdges.topLevel(n, etc) && etc + 1 < n.length()
        && NameEdges.genericToTheEnd(n, etc + 1, words)) {
      n = n.substring(0, etc); // "6座抽水蓄能电站等项目": the stations, of which the projects are examples
    }
    int de = n.lastIndexOf(Grammar.OF);
    if (de >= 0 && n.length() - de - 1 >= NameCleaner.MIN_NAME && NameEdges.topLevel(n, de)) {
      String before = n.substring(0, de);
      n = isThingCounted(before, words, lists) ? before + n.substring(de + 1) : n.substring(de + 1);
    }
    return n;
  }

  /** The roles of a word a noun may open with: a scope, a breadth, a word kept whole, a generic noun. */
  private static final Set<NameWords.Role> NOUN_FRONTS = EnumSet.of(NameWords.Role.SCOPE,
      NameWords.Role.BREADTH, NameWords.Role.WHOLE, NameWords.Role.GENERIC);

  /**
   * Whether the words before a counted noun's 的 are the thing counted (背街巷道, 农村贫困人口): CJK chars only, no
   * verb, adverb or preposition at their front, and no mark of a quality (超, 以上, 有: "投资超亿元的", "有一定规模的").
   */
  private static boolean isThingCounted(String before, NameWords words, ListWords lists) {
    if (before.length() < NameCleaner.MIN_NAME) {
      return false;
    }
    for (int i = 0; i < before.length(); i++) {
      if (!Chars.isCjk(before.charAt(i)) || lists.qualityMarks.longestAt(before, i, before.length()) != null) {
        return false;
      }
    }
    WordTable.Match<NameWords.Role> front = words.all.longestAt(before, 0, before.length());
    return front == null || NOUN_FRONTS.contains(front.value);
  }

  /** A noun after its count is at least this long before a predicate after it is cut off. */
  private static final int MIN_COUNTED = 4;
  /** A verb alone at the end of a noun is a predicate only when it is a compound this long (开工建设, 建成投用). */
  private static final int PREDICATE_VERB = 4;

  /**
   * The noun without the predicate that ends its clause: an adverb with its verb ("20项民生工程全面完成",
   * "86个“两重”项目全部开工") or a compound verb of status ("344项…项目开工建设"), or a verb after a generic noun
   * ("600个以上亿元级工业项目建设": the projects are counted), as long as the noun keeps {@value #MIN_COUNTED} chars. A
   * verb alone after another noun is not cut (老旧小区综合整治 keeps its 整治); words in quotes stay.
   */
  private static String beforePredicate(String post, NameWords words) {
    String n = post;
    for (int guard = 0; guard < 2; guard++) {
      WordTable.Match<NameWords.Role> v = words.all.longestEndingAt(n, n.length(), 0);
      if (v == null || v.value != NameWords.Role.VERB || NameEdges.depthAt(n, n.length() - v.length) > 0) {
        break;
      }
      int verbStart = n.length() - v.length;
      WordTable.Match<NameWords.Role> adverb = words.all.longestEndingAt(n, verbStart, 0);
      int end = adverb != null && adverb.value == NameWords.Role.ADVERB && adverb.length >= 2
          || secondVerbAfterGeneric(n, verbStart, adverb, words) ? verbStart - adverb.length
          : v.length >= PREDICATE_VERB || adverb != null && adverb.value == NameWords.Role.GENERIC ? verbStart : -1;
      if (end < MIN_COUNTED) {
        break;
      }
      n = n.substring(0, end);
    }
    return n;
  }

  /**
   * Whether the word {@code before} a closing verb at {@code verbStart} is a verb of two chars or more after a noun too
   * general to name a thing alone: two verbs said of it ("10件品质民生项目落地落实", "重点事项落地实施"). After any other
   * noun the two may be what is done to it (中医药适宜技术推广使用) or a noun (农业生产性服务组织).
   */
  private static boolean secondVerbAfterGeneric(String n, int verbStart, WordTable.Match<NameWords.Role> before,
      NameWords words) {
    if (before == null || before.value != NameWords.Role.VERB || before.length < 2) {
      return false;
    }
    WordTable.Match<NameWords.Role> noun = words.all.longestEndingAt(n, verbStart - before.length, 0);
    return noun != null && noun.value == NameWords.Role.GENERIC;
  }

  /**
   * Where the next group's words begin after a noun that a predicate follows ("11处煤矿建成试运转、新增产能…": past
   * 建成试运转, which is said of the mines): the next separator or joiner, or the next figure.
   */
  static int pastPredicate(SourceText t, int postEnd, int limit) {
    int i = postEnd;
    while (i < limit && !Subjects.endsANoun(t.charAt(i)) && !Grammar.JOINERS.has(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where the next group's words begin after a group named before its figure: past the noun written after the figure
   * when 、 closes it, which ends the item ("扩展至8个投资领域、带动社会投资286亿元": 带动社会投资), else right after the figure.
   */
  static int pastItemNoun(FigureGroup g) {
    return g.postEnd > g.afterEnd && g.postEnd < g.clauseEnd
        && g.t.charAt(g.postEnd) == LIST_MARK ? g.postEnd : g.afterEnd;
  }

  /**
   * Takes the noun written after the figure as the subject of a group with no name of its own before it: the things
   * counted, with the indicator's own verb (新增), whose share it is, or a generic noun's predicate first.
   */
  static void takeNounAfter(FigureGroup g) {
    int predicateEnd = pastPredicate(g.t, g.postEnd, g.postLimit);
    WordTable.Match<NameWords.Role> generic = g.words.names.all.longestAt(g.t, g.afterEnd, predicateEnd);
    String ordered = generic == null || generic.value != NameWords.Role.GENERIC ? null // the cheap test first
        : Counted.predicateFirst(Subjects.clean(g.t.text(g.afterEnd, predicateEnd), g.words.names), g.words.names,
            g.words.lists);
    if (ordered != null) {
      g.namedInFull = true; // "2000余家企业实施…治理提升": 实施…治理提升企业, a name the cleaner takes as it is
      g.postEnd = predicateEnd;
    }
    if (g.taskSize) {
      g.namedInFull = true; // "完成10万人次的培训任务": the task's verb is the task's name (培训任务), not left off
    }
    String counted = ordered != null ? ordered
        : g.taskSize ? Subjects.clean(g.t.text(g.afterEnd, g.postEnd), g.words.names) : countedNoun(g);
    String post = ListItems.headOfTheNextItem(g, counted);
    // "新增9家先进智能工厂": 新增, peeled as a cue or left as a verb, is the indicator's own word.
    WordTable<Boolean> keep = g.words.names.of(NameWords.Role.KEEP);
    int keptEnd = g.first.start;
    WordTable.Match<Boolean> kept = keep.longestEndingAt(g.t, keptEnd, g.windowStart);
    if (kept == null) {
      keptEnd = g.subjectEnd;
      kept = keep.longestEndingAt(g.t, keptEnd, g.windowStart);
    }
    if (kept != null) {
      post = g.t.text(keptEnd - kept.length, keptEnd) + post;
    } else if (g.owner != null) {
      post = g.owner + post; // "湖南自贸试验区2项创新成果入选…": 湖南自贸试验区创新成果
    } else if (g.share && !g.name.isEmpty()) {
      post = Borrowing.whoseShare(g.name, g.words) + post; // "规模化供水工程覆盖94%的农村人口": the project's coverage
    }
    g.subject = new Subject(post, kept != null ? keptEnd - kept.length : g.subjectStart < g.subjectEnd ? g.subjectStart
        : g.spanStart);
    g.spanEnd = g.postEnd;
    g.resume = predicateEnd;
  }

  /**
   * Whether the noun after a figure of {@code d} keeps a predicate of {@code POST_NOUN_PREDICATES}: a share of things
   * is of those that did it ("96.2%规模养殖场实现粪污资源化利用"); a count is of the things (300项检查结果实现…互认共享:
   * 检查结果).
   */
  static boolean keepsItsPredicate(Dimension d) {
    return d == Dimension.PERCENT;
  }
}
