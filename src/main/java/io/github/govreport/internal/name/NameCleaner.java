package io.github.govreport.internal.name;

import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.NameWords.Role;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitCatalog;
import java.util.Optional;

/**
 * Makes an indicator's name the noun phrase of the thing counted, for every reader that names one. From its
 * front it leaves off a year and a time ("2024年地区生产总值" → 地区生产总值), a region ("全省…"), a count of
 * the things named ("1550个省重点项目完成投资" → 省重点项目完成投资), adverbs and the verbs that govern the thing
 * counted ("安排省级财政资金" → 省级财政资金, "开工筹集城中村改造安置住房" → 城中村改造安置住房), while the words of
 * the indicator itself stay ("新增高新技术企业", "城镇新增就业") and a name the catalog knows is left whole. A name
 * that is nothing but verbs, adverbs and particles ("实施好", "扎实推进", "试点组建") names nothing: the cleaner
 * answers "", and its figure is a diagnostic, never an item named by a verb. The words are data
 * ({@code names.tsv}). Immutable and thread-safe.
 */
public final class NameCleaner {

  /** A name keeps at least this many chars: a cleaner never cuts one down to a single character. */
  public static final int MIN_NAME = 2;

  private final IndicatorCatalog catalog;
  private final NameWords words;
  /** The marks of a disposal (将) and of a former value (现行) a name may open with or hold. */
  private final ListWords lists;
  /** The parser's units: a count's counter at a name's front is one of them (1550个…). */
  private final WordTable<Unit> units;

  /** A cleaner with the bundled name words. */
  public NameCleaner(IndicatorCatalog catalog) {
    this(catalog, Vocabulary.builtIn());
  }

  /** A cleaner with the name words of {@code vocabulary}. */
  public NameCleaner(IndicatorCatalog catalog, Vocabulary vocabulary) {
    this.catalog = catalog;
    this.words = vocabulary.names;
    this.lists = vocabulary.lists;
    this.units = vocabulary.units;
  }

  /** The noun phrase of {@code name}, or "" when it names nothing. */
  public String clean(String name) {
    String n = NameEdges.afterAClause(withoutFormerValue(Subjects.clean(name, words)), words, lists);
    // A year, a time and a region first: they leave every name's front, the catalog's wordings' too.
    int front = 0;
    for (int guard = 0; guard < 6 && front < n.length(); guard++) {
      int step = yearLength(n, front);
      if (step == 0) {
        WordTable.Match<Role> w = words.all.longestAt(n, front, n.length());
        step = w != null && (w.value == Role.SCOPE || w.value == Role.TIME || w.value == Role.SUBJECT) ? w.length : 0;
      }
      if (step == 0 || n.length() - front - step < MIN_NAME) {
        break;
      }
      front += step;
    }
    n = afterReach(n.substring(front));
    if (n.isEmpty()) {
      return n;
    }
    Optional<IndicatorDefinition> known = catalog.resolve(n);
    if (known.isPresent()) {
      return withoutVerbsOf(n, known.get()); // "完成地区生产总值" → 地区生产总值
    }
    int i = 0;
    for (int guard = 0; guard < 12 && i < n.length(); guard++) {
      int step = frontWord(n, i);
      if (step < 0) {
        break;
      }
      if (n.length() - (i + step) < MIN_NAME && step > 0) {
        // What would remain is too short to name anything: a name of verbs only, or one to keep whole.
        if (onlyVerbs(n, i)) {
          return "";
        }
        break;
      }
      i += step;
      if (catalog.resolve(n.substring(i)).isPresent()) {
        break;
      }
    }
    String rest = n.substring(i);
    if (Chars.endsWith(rest, Grammar.ETC) && rest.indexOf(LIST_MARK) > 0) {
      rest = rest.substring(0, rest.length() - 1); // "省实验室、产业创新研究院等10家": the list is what is counted
    }
    rest = withoutVerbOfItsMeasure(NameEdges.withoutModals(withoutTimeInside(rest), words, lists));
    return onlyVerbs(rest, 0) ? "" : rest; // "统筹", "全面": an adverb or a verb alone names nothing
  }

  /**
   * The name without a verb of achieving between its subject and the measure it achieves ({@code MEASURE_VERBS}:
   * 城镇实现新增就业 → 城镇新增就业, 高新区规上工业实现税收收入 → 高新区规上工业税收收入): the subject before it is
   * {@value #MIN_NAME} chars or more, and the measure after it the catalog's or closed by a measure head of two chars
   * or more (heads.tsv). What is achieved otherwise stays (下岗失业人员实现再就业, 林场实现造林), and so does a verb before
   * 的 (通过互联网实现的餐饮收入).
   */
  String withoutVerbOfItsMeasure(String n) {
    int i = lists.measureVerbs.indexIn(n, MIN_NAME, n.length());
    if (i >= 0 && i < n.length() - MIN_NAME) { // one scan: most names hold no such verb
      WordTable.Match<Boolean> verb = lists.measureVerbs.longestAt(n, i, n.length());
      String measure = n.substring(i + verb.length);
      if (Chars.startsWith(measure, Grammar.OF) || lists.investmentNames.longestAt(n, i, n.length()) != null) {
        return n; // "通过互联网实现的餐饮收入": the verb is the measure's quality; 完成投资 is a measure's own name
      }
      String without = n.substring(0, i) + measure;
      WordTable.Match<Boolean> head = lists.heads.longestEndingAt(measure, measure.length(), 0);
      boolean measured = head != null && head.length >= MIN_NAME
          && !lists.entityHeads.contains(measure.substring(measure.length() - head.length));
      return measured || catalog.resolve(without).isPresent() ? without : n;
    }
    return n;
  }

  /**
   * The name without a time word written inside it, after its subject, and the adverbs right after that time
   * ("中心城区全年收储土地" → 中心城区收储土地, "“引江济淮”全年共调水" → “引江济淮”调水): a word of {@code TIME} read
   * where it stands ({@code 全年龄段} is a word kept whole) and not opening a plan ({@code PLAN_NAMES}: 完成全年目标),
   * {@value #MIN_NAME} chars or more on each side.
   */
  String withoutTimeInside(String n) {
    if (words.of(Role.TIME).indexIn(n, MIN_NAME, n.length()) < 0) {
      return n; // one pass over the time words alone: most names hold none
    }
    for (int i = MIN_NAME; i < n.length() - MIN_NAME; i++) {
      WordTable.Match<Role> w = words.all.longestAt(n, i, n.length());
      if (w == null) {
        continue;
      }
      if (w.value != Role.TIME || lists.planNames.longestAt(n, i, n.length()) != null) {
        i += w.length - 1; // a word that starts here is read whole; 全年计划 is a plan, not a time
        continue;
      }
      int end = i + w.length;
      for (WordTable.Match<Role> a; end < n.length() && (a = words.all.longestAt(n, end, n.length())) != null
          && a.value == Role.ADVERB; ) {
        end += a.length;
      }
      return n.length() - end >= MIN_NAME ? n.substring(0, i) + n.substring(end) : n;
    }
    return n;
  }

  /** A figure this long at most, with its unit, stands between a former-value word and its 的. */
  private static final int FORMER_VALUE_MAX = 8;

  /**
   * The name without a former value written inside it ("制造业等行业现行16%的税率" → 制造业等行业税率): a word of
   * {@code FORMER_MARKS}, a figure and 的 are cut out.
   */
  String withoutFormerValue(String n) {
    for (int markAt = 0; markAt < lists.formerMarks.size(); markAt++) { // indexed: no iterator on a hot path
      String mark = lists.formerMarks.get(markAt);
      int at = n.indexOf(mark);
      int digit = at + mark.length();
      if (at < 0 || digit >= n.length() || !Normalizer.isDigit(n.charAt(digit))) {
        continue;
      }
      int de = n.indexOf(Grammar.OF, digit);
      if (de > digit && de - digit <= FORMER_VALUE_MAX && de + 1 < n.length()) {
        return n.substring(0, at) + n.substring(de + 1);
      }
    }
    return n;
  }

  /**
   * How many chars a word at {@code i} that leaves a name's front covers (a year, a time, a region, a count, an
   * adverb, a governing verb and the particle after it), 0 for none; -1 where the indicator's own words start.
   */
  private int frontWord(String n, int i) {
    for (int k = 0; i == 0 && k < lists.disposalMarks.size(); k++) { // indexed, no copy: every name passes here
      String mark = lists.disposalMarks.get(k);
      if (n.startsWith(mark) && n.length() > mark.length() + MIN_NAME && !verbAt(n, mark.length())) {
        return mark.length(); // "将制造业等行业税率降至13%": 将 brings the object forward; with a verb it is "will" (将实现…)
      }
    }
    WordTable.Match<Role> w = words.all.longestAt(n, i, n.length());
    if (w == null && n.charAt(i) == Grammar.NEW && i + 1 < n.length()) {
      int step = NameWords.afterNew(n, i, n.length(), words.all, r -> r == Role.VERB) >= 0 ? frontWord(n, i + 1) : -1;
      return step > 0 ? step + 1 : -1; // "新组建省实验室": 新 before a verb of a task leaves with it
    }
    // 惠及 at the front governs; so does a predicate of the things counted (做大做强稻米、油料…7个)
    Role role = w == null ? null : w.value == Role.REACH || w.value == Role.PREDICATE ? Role.VERB : w.value;
    if (role == Role.KEEP || role == Role.WHOLE) {
      return -1;
    }
    if (role == Role.PREPOSITION && i == 0 && n.charAt(0) == Grammar.BENEFICIARY && w.length == 1
        && verbAfter(n, 1 + MIN_NAME)) {
      return 1; // "为经营主体减负1000亿元": 经营主体减负, who benefits and the verb
    }
    int lead = yearLength(n, i);
    lead = lead > 0 ? lead : countLength(n, i);
    if (lead > 0) {
      return lead; // a year, else a count
    }
    if (role == null || role == Role.BREADTH || role == Role.STRUCTURE || role == Role.OPENER
        || role == Role.ARTICLES || role == Role.FRAME || role == Role.PEOPLE
        || role == Role.PREPOSITION || role == Role.GENERIC) {
      return -1;
    }
    int end = i + w.length;
    if (role == Role.VERB && words.verbStartsANoun(n, end)) {
      return -1; // the verb starts a noun: 保障性住房, 服务业, 建设用地 (but 安排|地方政府专项债券, 完成|地区生产总值)
    }
    // a stretch word is a verb of striving too, which leaves alone (积极争取中央支持资金)
    if (role.adverbial() && role != Role.STRETCH) {
      int alone = adverbAlone(n, end);
      if (alone != 0) {
        return alone < 0 ? -1 : w.length + alone;
      }
    }
    if (role == Role.VERB || role.adverbial()) {
      WordTable.Match<Boolean> p = words.of(Role.PARTICLE).longestAt(n, end, n.length());
      if (p != null) {
        end += p.length;
      }
    }
    if (role == Role.VERB && end + 1 < n.length() && Grammar.JOINERS.has(n.charAt(end)) && verbAt(n, end + 1)) {
      end++; // "修复和新造红树林": the 和 joins two verbs, it does not start the name (建成和美乡村 keeps 和美)
    }
    if (role == Role.VERB && end + 1 < n.length() && n.charAt(end) == LIST_MARK) {
      // "新建、改造农村公路": the mark joins two verbs that leave; "制定、修订和废止省政府规章": the series stays whole
      return words.taskVerbAt(n, end + 1, n.length()) > 0 ? end + 1 - i : -1;
    }
    if (role == Role.VERB && genericToTheEnd(n, end)) {
      return -1; // "新引进项目": 项目 alone names nothing, so the verb that says which stays; and "落地项目总投资"
    }
    return end - i;
  }

  /** Whether a verb of a task stands in {@code n} at {@code from} or after. */
  private boolean verbAfter(String n, int from) {
    for (int i = from; i < n.length(); i++) {
      WordTable.Match<Role> w = words.all.longestAt(n, i, n.length());
      if (w != null && w.value == Role.VERB) {
        return true;
      }
    }
    return false;
  }

  /**
   * What an adverb at a name's front ending at {@code end} leaves with: the batch counted after it ("首批10个未来产业
   * 先导区…"), its length; -1 when nothing of a verb follows it, as an adverb leaves only with the verb it qualifies
   * (已建在建 keeps its 已); 0 when the verb after it decides.
   */
  private int adverbAlone(String n, int end) {
    int batch = countLength(n, end);
    if (batch > 0) {
      return batch;
    }
    WordTable.Match<Role> next = words.all.longestAt(n, end, n.length());
    if (next != null && next.value == Role.VERB && genericAt(n, end + next.length)) {
      return -1; // "重点建设项目总投资": a verb before a generic noun makes a noun (建设项目), the adverb its modifier
    }
    return next == null || next.value != Role.VERB && !next.value.adverbial() && next.value != Role.PARTICLE ? -1 : 0;
  }

  /**
   * Whether a noun too general to name a thing alone (项目, 措施) runs from {@code at} to the name's end, or to the amount
   * of a set of projects that ends it (项目总投资, 项目完成投资: {@code PROJECT_AMOUNTS}).
   */
  private boolean genericToTheEnd(String n, int at) {
    WordTable.Match<Role> rest = NameEdges.generalNounAt(n, at, words);
    return rest != null
        && (at + rest.length == n.length() || lists.projectAmounts.contains(n.substring(at + rest.length)));
  }

  /** Whether a noun too general to name a thing alone (项目) starts at {@code at}. */
  private boolean genericAt(String n, int at) {
    return NameEdges.generalNounAt(n, at, words) != null;
  }

  /**
   * What a count counts when a verb of reach stands inside its name: those reached ("育儿补贴惠及婴幼儿" →
   * 婴幼儿), not the thing that reaches them.
   */
  private String afterReach(String n) {
    for (int i = MIN_NAME; i < n.length() - MIN_NAME; i++) {
      WordTable.Match<Role> w = words.all.longestAt(n, i, n.length());
      if (w != null && w.value == Role.REACH && n.length() - i - w.length >= MIN_NAME && NameEdges.topLevel(n, i)) {
        return n.substring(i + w.length);
      }
    }
    return n;
  }

  /** Whether a verb, or 新 that makes one (新造, 新建), starts at {@code i}. */
  private boolean verbAt(String n, int i) {
    WordTable.Match<Role> v = words.all.longestAt(n, i, n.length());
    return n.charAt(i) == Grammar.NEW || v != null && v.value.verbal();
  }

  /** "2024年", "2024年的", "2025年底": a year at {@code i}, or 0. */
  private static int yearLength(String n, int i) {
    if (i + 5 > n.length() || n.charAt(i + 4) != Grammar.YEAR) {
      return 0;
    }
    for (int k = i; k < i + 4; k++) {
      if (!Character.isDigit(n.charAt(k))) {
        return 0;
      }
    }
    int end = i + 5;
    while (end < n.length() && (Grammar.YEAR_END.has(n.charAt(end)) || n.charAt(end) == Grammar.OF)) {
      end++;
    }
    return end - i;
  }

  /** "1550个": a count of the things named, at {@code i} and followed by their name, or 0. */
  private int countLength(String n, int i) {
    int k = i;
    while (k < n.length() && (Character.isDigit(n.charAt(k)) || n.charAt(k) == '.')) {
      k++;
    }
    if (k == i || k >= n.length() || !isCounter(n, k) || k + 1 >= n.length()) {
      return 0;
    }
    return k + 1 - i;
  }

  /** Whether a counter of things or persons of one char stands at {@code k} (个, 家, 名, 人). */
  private boolean isCounter(String n, int k) {
    WordTable.Match<Unit> u = units.longestAt(n, k, k + 1);
    return u != null && (u.value.dimension() == Dimension.COUNT || u.value.dimension() == Dimension.PERSONS)
        && !UnitCatalog.multipliers().containsKey(u.value.symbol()); // 10亿元: 亿 counts nothing
  }

  /** Whether {@code n} from {@code i} is only verbs, adverbs, particles, times and regions: no noun. */
  public boolean onlyVerbs(String n, int i) {
    return onlyVerbs(n, i, words);
  }

  /** Whether {@code n} from {@code i} is only the verbs, adverbs, particles, times and regions of {@code words}. */
  public static boolean onlyVerbs(String n, int i, NameWords words) {
    int at = i;
    while (at < n.length()) {
      WordTable.Match<Role> w = words.all.longestAt(n, at, n.length());
      if (w == null || w.value == Role.KEEP || w.value == Role.WHOLE || w.value == Role.BREADTH
          || w.value == Role.GENERIC || w.value == Role.ARTICLES || w.value == Role.FRAME || w.value == Role.PEOPLE) {
        return false;
      }
      at += w.length;
    }
    return at > i;
  }

  /** A name the catalog knows without the words at its front it knows it without ("完成地区生产总值" → 地区生产总值). */
  private String withoutVerbsOf(String n, IndicatorDefinition known) {
    int i = 0;
    for (int guard = 0; guard < 4; guard++) {
      int step = frontWord(n, i);
      if (step <= 0 || n.length() - (i + step) < MIN_NAME
          || !catalog.resolve(n.substring(i + step)).equals(Optional.of(known))) {
        break;
      }
      i += step;
    }
    return n.substring(i);
  }

}
