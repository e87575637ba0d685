package io.github.govreport.internal.lexicon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The words of an indicator's name, from {@code names.tsv}: scopes, breadths and times written before it, verbs
 * that govern the thing counted, words of the indicator itself that look like verbs, adverbs, particles. Each
 * word has one role. Loaded once; immutable and thread-safe.
 */
public final class NameWords {

  /** What a word does at the front of a name. */
  public enum Role {
    /** A region before a name, left off: 全省. */
    SCOPE,
    /** A breadth the catalog compares without but a name keeps: 全社会, 全国. */
    BREADTH,
    /** A time before a name, left off: 全年, 今年. */
    TIME,
    /** A verb that governs the thing counted, left off: 安排, 实施. */
    VERB,
    /** Words of the indicator that look like verbs, kept: 新增, 新建. */
    KEEP,
    /** A word that starts with a word left off but is another word, kept whole: 全市性, 服务贸易, 共享. */
    WHOLE,
    /** A verb of reach: at a name's front left off like a verb, inside it what follows is what is counted: 惠及. */
    REACH,
    /** An adverb before a verb, left off with it: 扎实, 大力. */
    ADVERB,
    /** A particle after a verb, left off with it: 好, 了, 使. */
    PARTICLE,
    /** The words of a stretch goal, left off like an adverb: 力争, 争取, 努力. */
    STRETCH,
    /** The words of an estimate, left off like an adverb: 预计, 初步统计. */
    ESTIMATE,
    /** A word before a count that makes it a count of the text's parts: 以下, 如下. */
    STRUCTURE,
    /** A preposition before a count whose noun follows it, never left off: 为, 对. */
    PREPOSITION,
    /** A noun too general to name a thing alone, before which a verb stays: 项目 in 新引进项目. */
    GENERIC,
    /** A word before a count that makes it a streak, left off like an adverb: 连续. */
    STREAK,
    /** The speaker before a name, left off: 我们. */
    SUBJECT,
    /** A noun of a policy's articles, whose count (N条) is no thing done: 措施, 举措. */
    ARTICLES,
    /** A noun of a framework the text sets up, whose count is structure: 改革 (10项牵引性集成改革). */
    FRAME,
    /** A word that opens a predicate after the thing counted, which ends its name there: 以, 被, 予以, 投入使用. */
    OPENER,
    /** A predicate written after the thing counted, which ends its name: 提质升级 in 96个省级开发区提质升级. */
    PREDICATE,
    /** A threshold written after a figure, not a thing counted: 大关 in 突破3000亿元大关, 新台阶. */
    MILESTONE,
    /** The region's people counted in an appeal (全省6000万人民): a diagnostic. */
    PEOPLE;

    /** Whether a word of this role is a verb: of a task ({@link #VERB}) or the indicator's own ({@link #KEEP}: 新增). */
    public boolean verbal() {
      return this == VERB || this == KEEP;
    }

    /** Whether a word of this role leaves a name's front only with the verb it qualifies. */
    public boolean adverbial() {
      return this == ADVERB || this == STRETCH || this == ESTIMATE || this == STREAK;
    }
  }

  private final Map<String, Role> roles;
  private final Map<Role, WordTable<Boolean>> tables;
  private final Map<Role, java.util.List<String>> lists;
  /** Every word with its role, for one look-up of a word whatever its role. */
  public final WordTable<Role> all;
  /**
   * The words before a count that make its noun follow the figure (新增50家以上先进智能工厂, 重点抓好11个…): the
   * VERB, KEEP, ADVERB, STRETCH, TIME and PREPOSITION words.
   */
  public final WordTable<Boolean> taskVerbs;

  private NameWords(Map<String, Role> roles, Map<Role, WordTable<Boolean>> tables,
      Map<Role, java.util.List<String>> lists, WordTable<Role> all) {
    this.roles = roles;
    this.tables = tables;
    this.lists = lists;
    this.all = all;
    this.taskVerbs = union(Role.VERB, Role.REACH, Role.KEEP, Role.ADVERB, Role.STRETCH, Role.TIME, Role.PREPOSITION);
  }

  /**
   * Where a word of {@code table} that {@code accepts} ends when written after 新 at {@code i} (新开工, 新组建, 新实施:
   * "new" before a verb makes no word of its own), or -1 when no 新 stands at {@code i} or no such word follows it
   * before {@code limit}. The one reading of 新 before a verb; each caller decides whether a word that itself starts
   * with 新 (新建, 新增) is read first.
   */
  public static <V> int afterNew(CharSequence s, int i, int limit, WordTable<V> table, Predicate<? super V> accepts) {
    if (i + 1 >= limit || s.charAt(i) != Grammar.NEW) {
      return -1;
    }
    WordTable.Match<V> m = table.longestAt(s, i + 1, limit);
    return m != null && accepts.test(m.value) ? i + 1 + m.length : -1;
  }

  /**
   * Whether a word of a name, of any role, longer than {@code length} chars starts at {@code at}: a shorter word read
   * there (a cue) is only the start of it (共建 over the cue 共).
   */
  public boolean wordOver(CharSequence t, int at, int limit, int length) {
    WordTable.Match<Role> w = all.longestAt(t, at, limit);
    return w != null && w.length > length;
  }

  /**
   * The length of the verb of a task ({@code VERB}) that stands at {@code i} of {@code n}, read where it stands, when
   * it does not start a noun (服务 in 服务中心 does not count: {@link #verbStartsANoun}); 0 for none.
   */
  public int taskVerbAt(CharSequence n, int i, int limit) {
    WordTable.Match<Role> v = all.longestAt(n, i, limit);
    return v != null && v.value == Role.VERB && !verbStartsANoun(n, i + v.length) ? v.length : 0;
  }

  /**
   * Whether a verb that ends at {@code end} of {@code n} starts a noun instead: a noun suffix right after it (保障性住房,
   * 服务业, 建设用地), not the first char of a word kept whole nor of 地区 (安排|地方政府专项债券, 完成|地区生产总值).
   */
  public boolean verbStartsANoun(CharSequence n, int end) {
    if (end >= n.length() || !Grammar.NOUN_SUFFIXES.has(n.charAt(end))) {
      return false;
    }
    WordTable.Match<Role> w = all.longestAt(n, end, n.length());
    if (w != null && w.value == Role.WHOLE) {
      return false;
    }
    return !startsAt(n, end, Grammar.AREA);
  }

  /** Whether {@code word} is written in {@code n} at {@code at}, compared in place (no copy on the name's hot path). */
  private static boolean startsAt(CharSequence n, int at, String word) {
    if (at + word.length() > n.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (n.charAt(at + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the first word in {@code [from, to)} of {@code s} whose role {@code accepts} starts, each word read longest
   * where it stands, or -1: where the things a name counts end and what they do or how begins (企业|签约入驻).
   */
  public int firstWord(CharSequence s, int from, int to, Predicate<Role> accepts) {
    for (int i = from; i < to; i++) {
      WordTable.Match<Role> w = all.longestAt(s, i, to);
      if (w != null && accepts.test(w.value)) {
        return i;
      }
    }
    return -1;
  }

  /** The role of the longest word of these that starts at {@code at} of {@code s}, or null when none does. */
  public Role roleAt(CharSequence s, int at) {
    WordTable.Match<Role> w = all.longestAt(s, at, s.length());
    return w == null ? null : w.value;
  }

  /** The role of {@code word} as a whole, or null when it has none. */
  public Role roleOf(String word) {
    return roles.get(word);
  }

  /**
   * These words and {@code extra} together, each word with one role.
   *
   * @throws IllegalArgumentException if a word of {@code extra} already has another role
   */
  public NameWords with(Map<String, Role> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    Map<String, Role> all = new HashMap<>(roles);
    extra.forEach((w, r) -> {
      Role before = all.put(w, r);
      if (before != null && before != r) {
        throw new IllegalArgumentException("'" + w + "' is already a " + before + " word, not a " + r + " word");
      }
    });
    return of(all);
  }

  /** The words of one role, longest first (so that a scan tries 全社会 before 全). */
  public java.util.List<String> words(Role role) {
    return lists.get(role);
  }

  /** The words of one role. */
  public WordTable<Boolean> of(Role role) {
    return tables.get(role);
  }

  /** The words of the given roles together, as one table. */
  private WordTable<Boolean> union(Role... roles) {
    Map<String, Boolean> m = new HashMap<>();
    for (Role r : roles) {
      for (String w : lists.get(r)) {
        m.put(w, Boolean.TRUE);
      }
    }
    return WordTable.of(m);
  }

  /**
   * These words and {@code extra}, whose roles are given as the values of another enum with the same constant
   * names (the public {@code NameLexicon.Role}).
   *
   * @throws IllegalArgumentException if a role has no role of that name here, or a word already has another role
   */
  public NameWords withRolesNamed(Map<String, ? extends Enum<?>> extra) {
    Map<String, Role> m = new java.util.LinkedHashMap<>();
    extra.forEach((w, r) -> m.put(w, Role.valueOf(r.name())));
    return with(m);
  }

  static NameWords load(String resource) {
    Map<String, Role> all = new HashMap<>();
    for (String[] row : Tsv.rows(resource, 2)) {
      Role role = Role.valueOf(row[1]);
      Role before = all.put(row[0], role);
      if (before != null) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' is both " + before + " and " + role);
      }
    }
    return of(all);
  }

  private static NameWords of(Map<String, Role> all) {
    Map<Role, Map<String, Boolean>> words = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      words.put(r, new HashMap<>());
    }
    all.forEach((w, r) -> words.get(r).put(w, Boolean.TRUE));
    Map<Role, WordTable<Boolean>> tables = new EnumMap<>(Role.class);
    Map<Role, java.util.List<String>> lists = new EnumMap<>(Role.class);
    words.forEach((role, m) -> {
      tables.put(role, WordTable.of(m));
      java.util.List<String> sorted = new java.util.ArrayList<>(m.keySet());
      sorted.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
      lists.put(role, java.util.List.copyOf(sorted));
    });
    return new NameWords(Map.copyOf(all), tables, lists, WordTable.of(all));
  }
}
