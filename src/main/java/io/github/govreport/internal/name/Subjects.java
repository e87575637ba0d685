package io.github.govreport.internal.name;

import static io.github.govreport.internal.lexicon.Punctuation.COLON;
import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_STOP;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.PeriodWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Dimension;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the subject of a figure, the clause reader's first job: the words between a name and its figure (增长,
 * 达到, 预计 …) peeled off, the verbs and connectives before a name stripped, the noun written after a count
 * ("新增50家以上先进智能工厂"), a rank's subject, an inserted predicate that names nothing ("稳居全国前十强"), the
 * value moved from in "从X提高到Y", and names that are only words of time. Names are cleaned further by
 * {@link NameCleaner}. Stateless.
 */
public final class Subjects {

  private Subjects() {}

  /** Where a name's words start after the adverbs at its front (扎实推进… → 推进…), 0 when it opens with none. */
  public static int pastAdverbs(String name, NameWords names) {
    int at = 0;
    for (WordTable.Match<Boolean> adverb; (adverb = names.of(NameWords.Role.ADVERB).longestAt(name, at,
        name.length())) != null; ) {
      at += adverb.length;
    }
    return at;
  }

  /** Where a name ends before a scope that closes it (在全市 → 在), or its length when none does. */
  public static int endBeforeScope(String name, NameWords names) {
    WordTable.Match<Boolean> scope = names.of(NameWords.Role.SCOPE).longestEndingAt(name, name.length(), 0);
    return scope != null && scope.length < name.length() ? name.length() - scope.length : name.length();
  }

  /**
   * Where a count written in words and what it collects ends a name (十大类, 三个方面, 十方面 in 实施十大类): the groups
   * the figure's things fall in ("全年实施十大类30项民生实事"), no name of them; -1 when the name ends otherwise.
   */
  public static int countInWordsAt(String name) {
    int i = name.length();
    if (name.endsWith(Grammar.ASPECT)) {
      i -= Grammar.ASPECT.length(); // 十个方面
    } else if (name.endsWith(Grammar.BATCHES)) {
      i -= Grammar.BATCHES.length(); // 两批次
    }
    while (i > 0 && Grammar.COLLECTIVES.has(name.charAt(i - 1))) {
      i--;
    }
    int collected = i;
    while (i > 0 && Numerals.isNumeral(name.charAt(i - 1))) {
      i--;
    }
    return i < collected && collected < name.length() ? i : -1;
  }

  /**
   * Whether a name is only words of time (the period words inside a clause, at its opening, passed over),
   * connectives and verbs of change ("一季度", "全年", "提高到2025年"), so names nothing.
   */
  public static boolean isTimeOnly(String name, Vocabulary words) {
    PeriodWords periods = words.periods;
    int i = 0;
    int n = name.length();
    while (i < n) {
      int step = Math.max(Math.max(longest(periods.inside, name, i), longest(periods.openings, name, i)),
          Math.max(longest(periods.skipped, name, i),
              Math.max(longest(words.leading, name, i), longest(words.cues, name, i))));
      if (step == 0 && i + 5 <= n && name.charAt(i + 4) == Grammar.YEAR && Character.isDigit(name.charAt(i))
          && Character.isDigit(name.charAt(i + 3))) {
        step = i + 5 < n && name.charAt(i + 5) == Grammar.ANNUAL ? 6 : 5; // 2025年, 2019年度
      } else if (step == 0 && i + 1 < n && name.charAt(i) == Grammar.YEAR && name.charAt(i + 1) == Grammar.ANNUAL) {
        step = 2; // 年度 alone: "年度10件惠民实事"
      }
      if (step == 0) {
        return false;
      }
      i += step;
    }
    return n > 0;
  }

  /** Names longer than this always hold more than words of time. */
  public static final int TIME_MAX = 12;

  private static int longest(WordTable<?> table, String name, int i) {
    WordTable.Match<?> m = table.longestAt(name, i, name.length());
    return m == null ? 0 : m.length;
  }

  public static int firstCueStart(Peel peel, int amountStart) {
    return peel.cues.isEmpty() ? amountStart : peel.end;
  }

  public static final class Peel {
    public int end;
    public final EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
    /** Whether the words end in a word that opens what follows ({@code OPENER}: 特别是): no name before the figure. */
    public boolean opened;
  }

  /** Reads the words before a figure into {@code p}, which is cleared first. */
  public static Peel peel(SourceText t, int segStart, int amountStart, Peel p, Vocabulary words) {
    p.cues.clear();
    p.opened = false;
    int end = amountStart;
    for (int guard = 0; guard < 8 && end > segStart; guard++) {
      WordTable.Match<Cue> m = words.cues.longestEndingAt(t, end, segStart);
      int perfective = 0;
      if (m == null && end - 1 > segStart && t.charAt(end - 1) == Grammar.PERFECTIVE) {
        m = words.cues.longestEndingAt(t, end - 1, segStart); // "增长了5%", "突破了1000亿元": the verb's 了
        perfective = m != null && PERFECTIVE_CUES.contains(m.value) ? 1 : 0;
        m = perfective == 1 ? m : null;
      }
      if (m == null || m.value == Cue.NAME) {
        break;
      }
      WordTable.Match<NameWords.Role> opener = words.names.all.longestEndingAt(t, end, segStart);
      if (opener != null && opener.value == NameWords.Role.OPENER && opener.length > m.length + perfective) {
        p.opened = true; // "已签约项目特别是1000万美元以上大项目": 是 ends 特别是, which opens what follows
        break;
      }
      p.cues.add(m.value);
      end -= m.length + perfective;
    }
    p.end = end;
    return p;
  }

  /** The cues a 了 may follow right before a figure: a change or a level reached, a bound passed. */
  private static final Set<Cue> PERFECTIVE_CUES = EnumSet.of(Cue.RISE, Cue.FALL, Cue.LEVEL, Cue.LEVEL_AT_LEAST,
      Cue.AT_LEAST, Cue.AT_MOST);

  public static int stripLeading(SourceText t, int from, int to, Peel peel, Vocabulary words) {
    WordTable<Boolean> verbs = words.names.taskVerbs;
    int i = Labels.skip(t, from, to);
    for (int guard = 0; guard < 8 && i < to; guard++) {
      char c = t.charAt(i);
      if (c == '\n' || c == LIST_MARK || c == COMMA || c == SEMICOLON || Grammar.JOINERS.has(c) && i == from
          && afterAFigure(t, from)) {
        i++; // "…研发和50项基础研究重点项目": a 和 that opens a segment joins it to the item before
        continue;
      }
      WordTable.Match<Cue> m = words.leading.longestAt(t, i, to);
      if (m == null || m.length >= to - i && m.value == Cue.FILLER && !isVerbWord(t, i, to, verbs)
          || wholeWordAt(t, i, to, m.length, words)) {
        break;
      }
      if (m.value != Cue.FILLER) {
        peel.cues.add(m.value);
      }
      i += m.length;
    }
    return i;
  }

  /**
   * Whether a segment at {@code from} follows the words of an item without a mark between them, so that a 和 or 及
   * opening it joins two items; after a mark or at the start of the text it opens a word (和美乡村, 及时).
   */
  private static boolean afterAFigure(SourceText t, int from) {
    if (from == 0) {
      return false;
    }
    char before = t.charAt(from - 1);
    return !(before == COMMA || before == SEMICOLON || before == FULL_STOP || before == LIST_MARK
        || before == COLON || before == '\n'
        || before == ',' || before == ';');
  }

  /**
   * Whether a name word longer than the leading word at {@code i} starts there (共享 over 共, 再生 over 再, 使用
   * over 使): the leading word is then only the first chars of another word and stays for the name cleaner.
   */
  private static boolean wholeWordAt(SourceText t, int i, int to, int leading, Vocabulary words) {
    NameWords names = words.names;
    WordTable.Match<NameWords.Role> w = names.all.longestAt(t, i, to);
    if (w == null || w.length <= leading) {
      return false;
    }
    int after = i + leading; // 加快推进 is two words, 加快 and 推进: the first leaves
    return words.leading.longestAt(t, after, to) == null && names.all.longestAt(t, after, to) == null;
  }

  /**
   * Whether a verb of names.tsv starts at {@code at} before {@code to}, read longest first: a verb of a task
   * ({@code VERB}) or one of the indicator's own ({@code KEEP}: 新建, 新增).
   */
  public static boolean verbAt(SourceText t, int at, int to, NameWords names) {
    WordTable.Match<NameWords.Role> w = names.all.longestAt(t, at, to);
    return w != null && w.value.verbal();
  }

  static boolean isVerbWord(SourceText t, int from, int to, WordTable<Boolean> verbs) {
    WordTable.Match<Boolean> m = verbs.longestAt(t, from, to);
    return m != null && m.length == to - from;
  }

  /**
   * Whether {@code [from, to)} names nothing of its own: only verbs of a task (with a particle after one: 实施好),
   * leading words, the region's scope words (全省新增12个重大项目, 我省24家企业入选…), the words of all its parts (各地可降至
   * 16%) and a 有 or a word of the rest of a set ({@code OTHERS}: 其余5个项目) right before the figure (全市有3家企业上市), so
   * that the things counted are the noun after the figure.
   */
  public static boolean isVerbOnly(SourceText t, int from, int to, Vocabulary words) {
    WordTable<Boolean> verbs = words.names.taskVerbs;
    WordTable<Boolean> scopes = words.names.of(NameWords.Role.SCOPE);
    int i = from;
    while (i < to) {
      if (NameWords.afterNew(t, i, to, verbs, v -> true) >= 0) {
        i++; // 新实施, 新招引: "new" before any verb of a task
        continue;
      }
      if (i + 1 == to && t.charAt(i) == Grammar.EXISTS) {
        return true;
      }
      WordTable.Match<Boolean> rest = words.lists.others.longestAt(t, i, to);
      if (rest != null && i + rest.length == to) {
        return true; // "改造其他9条主干道路", "其余5个项目": the rest of a set, named after the figure
      }
      WordTable.Match<Boolean> scope = scopes.longestAt(t, i, to);
      scope = scope != null ? scope : words.lists.allPartsScopes.longestAt(t, i, to);
      if (scope != null) {
        i += scope.length;
        continue;
      }
      WordTable.Match<Boolean> m = verbs.longestAt(t, i, to);
      if (m == null) {
        WordTable.Match<Cue> c = words.leading.longestAt(t, i, to);
        if (c == null) {
          return false;
        }
        i += c.length;
        continue;
      }
      i += m.length;
      WordTable.Match<NameWords.Role> particle = i < to ? words.names.all.longestAt(t, i, i + 1) : null;
      if (particle != null && particle.value == NameWords.Role.PARTICLE) {
        i++; // "实施好200项以上…", "完成好65个…": a particle after the verb
      }
      WordTable.Match<Boolean> other = i + 2 < to && Segmenter.isOpen(t.charAt(i))
          ? verbs.longestAt(t, i + 1, to) : null;
      if (other != null && i + 1 + other.length < to && Segmenter.isClose(t.charAt(i + 1 + other.length))) {
        i += other.length + 2; // "新建（改建）100个口袋公园": another verb in brackets after the verb
      }
    }
    return true;
  }

  /** Whether {@code c} ends a noun written after a figure: a mark between clauses or items (、，；。：) or a line's end. */
  public static boolean endsANoun(char c) {
    return c == LIST_MARK || c == COMMA || c == SEMICOLON || c == FULL_STOP || c == COLON || c == '\n';
  }

  /**
   * Whether a word kept whole (names.tsv {@code WHOLE}) longer than {@code length} chars starts at {@code at}: a
   * shorter word it opens with is not read there (压缩式 is no 压缩, 共享 no 共).
   */
  public static boolean wholeWordOver(SourceText t, int at, int limit, int length, NameWords names) {
    WordTable.Match<NameWords.Role> w = names.all.longestAt(t, at, limit);
    return w != null && w.value == NameWords.Role.WHOLE && w.length > length;
  }

  /**
   * Whether a figure is the value moved from ("由全国第11位跃升至第5位", "从2020年的51.4%提升到…"), not the one
   * reached: 由 or 从 before it, with at most a year and 的, or 全国, in between, or a measure of at most
   * {@value #FORMER_NOUN_MAX} chars when a word of the level reached follows the figure ("从月销售额3万元提高到10万元").
   */
  public static boolean formerValue(SourceText t, int segStart, Amount a, Vocabulary words) {
    WordTable.Match<Cue> reached = a.suffixEnd < t.length() ? words.cues.longestAt(t, a.suffixEnd, t.length()) : null;
    // "从月销售额3万元提高到10万元": the measure may stand between 从 and the value when a level reached follows it
    int nouns = reached != null && reached.value == Cue.LEVEL ? FORMER_NOUN_MAX : 0;
    if (reached != null && a.unit.dimension() == Dimension.RANK
        && (reached.value == Cue.RISE || reached.value == Cue.FALL)) {
      nouns = FORMER_RANK_WORDS_MAX; // "由上年居世界第四位上升为第三位": the time and the rank's scope between
    }
    for (int i = a.start - 1; i >= Math.max(segStart, a.start - 10); i--) {
      char c = t.charAt(i);
      if (Grammar.FROM.has(c)) {
        return true;
      }
      WordTable.Match<Cue> filler = words.cues.longestEndingAt(t, i + 1, segStart);
      if (filler != null && filler.value == Cue.FILLER && filler.length >= 2) {
        i -= filler.length - 1; // "由人均600元提高到720元": 人均 between 由 and the value moved from
        continue;
      }
      boolean measure = !Normalizer.isDigit(c) && !Grammar.FORMER_FILLERS.has(c) && Chars.isCjk(c);
      if (c == LIST_MARK || c == COMMA
          || !(Normalizer.isDigit(c) || Grammar.FORMER_FILLERS.has(c) || measure && nouns > 0)) {
        return false;
      }
      nouns -= measure ? 1 : 0;
    }
    return false;
  }

  /** The longest measure between 从 or 由 and the value moved from, before a word of the level reached (月销售额). */
  private static final int FORMER_NOUN_MAX = 4;
  /** The most words between 由 and a rank moved from, before a rise or a fall to the next (上年居世界). */
  private static final int FORMER_RANK_WORDS_MAX = 6;

  /** Removes joined line breaks, a trailing 的 and an "在…下" circumstance from a name. */
  public static String clean(String s, NameWords names) {
    String n = s.indexOf('\n') >= 0 ? s.replace("\n", "") : s;
    int at = n.indexOf(Grammar.AT);
    if (at > 0 && Chars.endsWith(n, Grammar.UNDER)) {
      n = n.substring(0, at);
    }
    while (!n.isEmpty() && isTrailing(n.charAt(n.length() - 1))) {
      WordTable.Match<NameWords.Role> w = names.all.longestEndingAt(n, n.length(), 0);
      if (w != null && w.length >= 2 && w.value != NameWords.Role.WHOLE) {
        break; // 惠及, 涉及: a verb, not a conjunction
      }
      n = n.substring(0, n.length() - (w != null && w.length >= 2 ? w.length : 1)); // 以及 leaves whole
    }
    return n;
  }

  /** Whether {@code c} may trail a name and leave it: 的, a list's comma or conjunction. */
  private static boolean isTrailing(char c) {
    return c == Grammar.OF || c == LIST_MARK || c == COMMA || Grammar.JOINERS.has(c);
  }

  /**
   * The words a name keeps after a circumstance that opens it with 在: past a kind of circumstance after 等 ("在种源、医疗等
   * 方面突破关键技术" keeps "突破关键技术"), or past a place that lists or counts its parts or closes with 上, from the
   * first verb after its 等, its count or its 上 ("在全省10个市建成海外仓" keeps "建成海外仓", "在省十三届运动会上获得金牌"
   * keeps "获得金牌").
   */
  public static String afterCircumstance(String name, Vocabulary words) {
    WordTable.Match<Boolean> scope = words.names.of(NameWords.Role.SCOPE).longestAt(name, 0, name.length());
    int open = scope == null ? 0 : scope.length; // "我市在省十三届运动会上获得金牌"
    if (open >= name.length() || name.charAt(open) != Grammar.AT) {
      return afterCounted(name, open, words); // 对, 向, 为: "对10类重点就业群体新发放创业担保贷款"
    }
    ListWords lists = words.lists;
    int at = name.lastIndexOf(Grammar.ETC);
    for (int kindAt = 0; at >= 0 && kindAt < lists.circumstanceKinds.size(); kindAt++) { // indexed: no iterator
      String kind = lists.circumstanceKinds.get(kindAt);
      if (name.startsWith(kind, at + 1)) {
        return name.substring(at + 1 + kind.length());
      }
    }
    int place = at; // the place ends past its list (、…等), the count of its parts (10个市) or 上 (在…运动会上)
    for (int i = open + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      place = Normalizer.isDigit(c) || c == Grammar.ON && name.charAt(i - 1) != Grammar.BY ? i : place;
    }
    return fromVerbAfter(name, place, words);
  }

  /**
   * The words a name keeps after a preposition other than 在 that opens it ({@code PREPOSITION} in names.tsv: 对,
   * 向, 为) and a count of whom or what it concerns: from the first verb after the count ("为264名孤困儿童发放补助资金"
   * keeps "发放补助资金"); the name as it is when no count follows the preposition.
   */
  private static String afterCounted(String name, int open, Vocabulary words) {
    WordTable.Match<NameWords.Role> p = open < name.length() ? words.names.all.longestAt(name, open, open + 1) : null;
    if (p == null || p.value != NameWords.Role.PREPOSITION) {
      return name;
    }
    int count = -1;
    for (int i = open + 1; i < name.length(); i++) {
      count = Normalizer.isDigit(name.charAt(i)) ? i : count;
    }
    return fromVerbAfter(name, count, words);
  }

  /** The name from the first verb after {@code place} with two chars or more after it, or the name when none. */
  private static String fromVerbAfter(String name, int place, Vocabulary words) {
    for (int i = place + 1; place > 0 && i < name.length(); i++) {
      WordTable.Match<NameWords.Role> w = words.names.all.longestAt(name, i, name.length());
      if (w != null && w.value.verbal() && name.length() - i - w.length >= 2) {
        return name.substring(i);
      }
    }
    return name;
  }
}
