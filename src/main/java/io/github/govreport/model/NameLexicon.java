package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words that shape an indicator's name, by what they do there: the governing verb that leaves the name
 * ("安排省级财政资金" → 省级财政资金), the indicator's own words that stay although they look like verbs (新增,
 * 城镇新增), the regions and times that leave its front (全省, 全年), the predicate that ends a noun after its
 * count (提质升级). The {@linkplain #defaults() defaults} are a table bundled with the library; a user adds the
 * words of a region's or a year's style with {@link #toBuilder()} and gives the result to
 * {@code ReportParser.builder().names(…)}. Each word has one role. Immutable and thread-safe.
 *
 * <pre>{@code
 * NameLexicon names = NameLexicon.defaults().toBuilder()
 *     .add(NameLexicon.Role.VERB, "储备")      // 储备省级重大项目100个 → 省级重大项目
 *     .build();
 * }</pre>
 *
 * <p>The words of stretch goals (力争), estimates (预计) and structure (以下) are read by more than the names and
 * are not extended here.
 */
public final class NameLexicon {

  /** What a word does in a name. */
  public enum Role {
    /** A region written before a name, left off its front: 全省, 我市. */
    SCOPE,
    /** A time written before a name, left off its front: 全年, 年底. */
    TIME,
    /** A verb that governs the thing counted, left off a name's front: 安排, 实施. */
    VERB,
    /** Words of the indicator itself that look like verbs, kept: 新增, 城镇新增. */
    KEEP,
    /**
     * A word that starts with a word left off but is another word, kept whole: 全市性 (not the scope 全市),
     * 服务贸易 (not the verb 服务), 共享 (not the adverb 共).
     */
    WHOLE,
    /**
     * A verb of reach: left off a name's front like a verb; inside a name, what follows it is what a count counts
     * (育儿补贴惠及婴幼儿5万名 → 婴幼儿).
     */
    REACH,
    /** An adverb, left off a name's front with the verb it qualifies: 扎实, 加快. */
    ADVERB,
    /** A particle after a verb, left off with it: 好, 了. */
    PARTICLE,
    /** A predicate written after the thing counted, which ends its name: 提质升级. */
    PREDICATE,
    /** A noun too general to name a thing alone, before which a verb stays: 项目. */
    GENERIC,
    /** The speaker written before a name, left off: 我们. */
    SUBJECT
  }

  /** The bundled table ({@code names.tsv}): every word with the name of its role, public or the parser's own. */
  private static final ImmutableMap<String, String> BUNDLED = bundled();

  private static final NameLexicon DEFAULTS = new NameLexicon(ImmutableMap.of());

  private final ImmutableMap<String, Role> added;

  private NameLexicon(Map<String, Role> added) {
    this.added = ImmutableMap.copyOf(added);
  }

  /** The lexicon bundled with the library ({@code names.tsv}). */
  public static NameLexicon defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from these words. */
  public Builder toBuilder() {
    return new Builder(added);
  }

  /** The words added to the defaults, with their roles, in the order they were added. */
  public ImmutableMap<String, Role> added() {
    return added;
  }

  /**
   * The role of {@code word} as a whole word, or empty when it has none here or only one that is not extended
   * per parser (a stretch or estimate word).
   *
   * @throws NullPointerException if {@code word} is null
   */
  public Optional<Role> roleOf(String word) {
    checkNotNull(word, "word");
    Role mine = added.get(word);
    if (mine != null) {
      return Optional.of(mine);
    }
    String r = BUNDLED.get(word);
    return r == null ? Optional.empty() : publicRole(r);
  }

  /** The words of one role, in Unicode order. */
  public ImmutableSortedSet<String> words(Role role) {
    checkNotNull(role, "role");
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    b.addAll(bundledWords(role.name()));
    added.forEach((w, r) -> {
      if (r == role) {
        b.add(w);
      }
    });
    return b.build();
  }

  private static Optional<Role> publicRole(String r) {
    for (Role p : Role.values()) {
      if (p.name().equals(r)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The bundled words whose role has this name, longest first, then in Unicode order (so that a scan tries 全社会
   * before 全): the public roles and the parser's own (BREADTH, STRETCH …) alike.
   */
  static List<String> bundledWords(String roleName) {
    List<String> out = new ArrayList<>();
    BUNDLED.forEach((w, r) -> {
      if (r.equals(roleName)) {
        out.add(w);
      }
    });
    out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static ImmutableMap<String, String> bundled() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String[] row : Divisions.rows("/io/github/govreport/lexicon/names.tsv", '\t', 2)) {
      String before = m.put(row[0], row[1]);
      if (before != null) {
        throw new IllegalStateException("names.tsv: '" + row[0] + "' is both " + before + " and " + row[1]);
      }
    }
    return ImmutableMap.copyOf(m);
  }

  @Override
  public String toString() {
    return "NameLexicon{added=" + added + "}";
  }

  /** Builds a {@link NameLexicon}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Role> added;

    private Builder(Map<String, Role> added) {
      this.added = new LinkedHashMap<>(added);
    }

    /**
     * Adds a word with its role.
     *
     * @throws NullPointerException if {@code role} or {@code word} is null
     * @throws IllegalArgumentException if {@code word} is blank or already has another role (every word has one)
     */
    public Builder add(Role role, String word) {
      checkNotNull(role, "role");
      checkNotNull(word, "word");
      checkArgument(!word.isBlank(), "a name word cannot be blank: '%s'", word);
      String built = BUNDLED.get(word);
      checkArgument(built == null || built.equals(role.name()),
          "'%s' is already a %s word, not a %s word", word, built, role);
      Role before = added.get(word);
      checkArgument(before == null || before == role, "'%s' is already a %s word, not a %s word", word, before, role);
      added.put(word, role);
      return this;
    }

    /** Returns the lexicon. */
    public NameLexicon build() {
      return new NameLexicon(added);
    }
  }
}
