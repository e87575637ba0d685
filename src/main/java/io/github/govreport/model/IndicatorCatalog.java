package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators the library knows by name: each {@link IndicatorKey} with its {@link Polarity} and the
 * wordings reports use for it.
 *
 * <p>A name resolves when, after scope words such as 全省, 全市, 全国, 全社会 or 我省 are dropped, it equals
 * one of the wordings: {@code 全省生产总值} and {@code 地区生产总值} both resolve to {@link IndicatorKey#GDP},
 * {@code 规上工业增加值} to {@link IndicatorKey#INDUSTRIAL_VALUE_ADDED}. The {@linkplain #defaults()
 * defaults} are a table bundled with the library; users extend it:
 *
 * <pre>{@code
 * IndicatorCatalog catalog = IndicatorCatalog.defaults().toBuilder()
 *     .add(IndicatorDefinition.of(IndicatorKey.of("TOURIST_VISITS"), Polarity.HIGHER_IS_BETTER,
 *         List.of("接待游客", "游客接待量")))
 *     .addWording(IndicatorKey.GDP, "全域生产总值")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class IndicatorCatalog {

  /**
   * The scopes, breadths and 全年 a name may be written after and is compared without (全省地区生产总值,
   * 全社会研发投入): the SCOPE and BREADTH words of the bundled name words, and the time 全年.
   */
  private static final ImmutableList<String> SCOPE_WORDS = ImmutableList.<String>builder()
      .addAll(NameLexicon.bundledWords("BREADTH")).addAll(NameLexicon.bundledWords("SCOPE")).add("全年").build();
  /** The first characters of {@link #SCOPE_WORDS}: only where one stands can a scope word start. */
  private static final String SCOPE_STARTS = firstChars(SCOPE_WORDS);

  private static final IndicatorCatalog DEFAULTS = load();

  private final ImmutableMap<IndicatorKey, IndicatorDefinition> definitions;
  private final ImmutableMap<String, IndicatorDefinition> byWording;
  /** The words compared without: the built-in ones and those a caller added ({@link Builder#addScopeWord}). */
  private final ImmutableList<String> scopeWords;
  private final String scopeStarts;

  private IndicatorCatalog(Map<IndicatorKey, IndicatorDefinition> definitions, List<String> scopeWords) {
    this.definitions = ImmutableMap.copyOf(definitions);
    this.scopeWords = ImmutableList.copyOf(scopeWords);
    this.scopeStarts = firstChars(scopeWords);
    Map<String, IndicatorDefinition> words = new LinkedHashMap<>();
    for (IndicatorDefinition d : definitions.values()) {
      for (String w : d.wordings()) {
        words.putIfAbsent(strip(w), d);
      }
    }
    this.byWording = ImmutableMap.copyOf(words);
  }

  /** The catalog bundled with the library. */
  public static IndicatorCatalog defaults() {
    return DEFAULTS;
  }

  /** Returns a builder with no definitions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this catalog's definitions, to extend. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.definitions.putAll(definitions);
    b.scopeWords.clear();
    b.scopeWords.addAll(scopeWords);
    return b;
  }

  /** The definitions, in catalog order. */
  public ImmutableList<IndicatorDefinition> definitions() {
    return definitions.values().asList();
  }

  /** Returns the definition of a key, if the catalog has it. */
  public Optional<IndicatorDefinition> definition(IndicatorKey key) {
    return Optional.ofNullable(definitions.get(checkNotNull(key, "key")));
  }

  /** Returns the polarity of a key, or {@link Polarity#HIGHER_IS_BETTER} for a key the catalog lacks. */
  public Polarity polarity(IndicatorKey key) {
    return definition(key).map(IndicatorDefinition::polarity).orElse(Polarity.HIGHER_IS_BETTER);
  }

  /**
   * Returns the definition whose wording {@code name} is, once scope words are dropped; empty when no
   * wording matches. Never fails on a non-null name.
   */
  public Optional<IndicatorDefinition> resolve(String name) {
    checkNotNull(name, "name");
    return Optional.ofNullable(byWording.get(strip(name)));
  }

  /**
   * The words a name may be written after and is compared without: the regions, breadths and times of the
   * bundled lexicon (全省, 全社会, 全年 …) and those added with {@link Builder#addScopeWord}.
   */
  public ImmutableList<String> scopeWords() {
    return scopeWords;
  }

  /** A name without this catalog's scope words and white space: {@link #stripScope} with the words added too. */
  public String strip(String name) {
    checkNotNull(name, "name");
    return stripScope(name, scopeWords, scopeStarts);
  }

  /** Every wording of every definition, for scanners that look for indicator names in text. */
  public ImmutableMap<String, IndicatorDefinition> wordings() {
    return byWording;
  }

  /**
   * Returns a name without its scope words (全省, 全市, 全社会, 我省 …) and white space, the form the catalog
   * compares: {@code 全省地区生产总值} becomes {@code 地区生产总值}.
   */
  public static String stripScope(String name) {
    checkNotNull(name, "name");
    return stripScope(name, SCOPE_WORDS, SCOPE_STARTS);
  }

  private static String stripScope(String name, List<String> scopeWords, String scopeStarts) {
    StringBuilder sb = null; // made at the first char left out: most names keep every char
    int i = 0;
    outer:
    while (i < name.length()) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        sb = sb != null ? sb : new StringBuilder(name.length()).append(name, 0, i);
        i++;
        continue;
      }
      int words = scopeStarts.indexOf(c) >= 0 ? scopeWords.size() : 0; // asked once a char
      for (int k = 0; k < words; k++) { // indexed: no iterator
        String w = scopeWords.get(k);
        if (name.startsWith(w, i) && name.length() > w.length()) {
          sb = sb != null ? sb : new StringBuilder(name.length()).append(name, 0, i);
          i += w.length();
          continue outer;
        }
      }
      if (sb != null) {
        sb.append(c);
      }
      i++;
    }
    return sb != null ? sb.toString() : name;
  }

  @Override
  public String toString() {
    return "IndicatorCatalog" + definitions.keySet();
  }

  private static IndicatorCatalog load() {
    try (InputStream in = IndicatorCatalog.class.getResourceAsStream("/io/github/govreport/lexicon/indicators.tsv")) {
      checkNotNull(in, "indicators.tsv is missing from the library jar");
      return builder().read(new InputStreamReader(in, StandardCharsets.UTF_8)).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstChars(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.indexOf(w.substring(0, 1)) < 0) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Builds an {@link IndicatorCatalog}; not thread-safe. */
  public static final class Builder {
    private final Map<IndicatorKey, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private final List<String> scopeWords = new ArrayList<>(SCOPE_WORDS);

    private Builder() {}

    /**
     * Adds a word a name may be written after and is compared without, as 全省 is ({@code "全域"}: 全域地区生产总值
     * resolves to GDP). A builder from {@link #builder()} starts with the bundled words.
     *
     * @throws IllegalArgumentException if {@code word} is blank
     */
    public Builder addScopeWord(String word) {
      checkNotNull(word, "word");
      checkArgument(!word.isBlank(), "a scope word must not be blank");
      if (!scopeWords.contains(word)) {
        scopeWords.add(word);
        scopeWords.sort(java.util.Comparator.comparingInt(String::length).reversed()); // longest first
      }
      return this;
    }

    /**
     * Adds the scope words added to a name lexicon ({@code SCOPE, "全域"}), so that this catalog compares names as a
     * parser given those words writes them.
     */
    public Builder addScopeWords(NameLexicon names) {
      checkNotNull(names, "names");
      names.added().forEach((word, role) -> {
        if (role == NameLexicon.Role.SCOPE) {
          addScopeWord(word);
        }
      });
      return this;
    }

    /** Adds a definition, replacing any with the same key. */
    public Builder add(IndicatorDefinition definition) {
      checkNotNull(definition, "definition");
      definitions.put(definition.key(), definition);
      return this;
    }

    /**
     * Adds a wording to a key already in the builder.
     *
     * @throws IllegalArgumentException if the builder has no definition for {@code key}
     */
    public Builder addWording(IndicatorKey key, String wording) {
      checkNotNull(key, "key");
      checkNotNull(wording, "wording");
      IndicatorDefinition d = definitions.get(key);
      checkArgument(d != null, "no definition for key %s to add the wording '%s' to", key, wording);
      List<String> words = new ArrayList<>(d.wordings());
      words.add(wording);
      definitions.put(key, d.withWordings(words));
      return this;
    }

    /**
     * Adds the definitions of a table in the form of the bundled {@code indicators.tsv}: one per line, {@code key
     * <TAB> polarity <TAB> wordings separated by |}, optionally followed by {@code <TAB> English label <TAB> unit
     * kind} (a {@link Dimension}); blank lines and lines starting with # are skipped. The reader is read to its end,
     * not closed.
     *
     * @throws IllegalArgumentException naming the line when a line is not such a definition
     * @throws IOException if reading fails
     */
    public Builder read(java.io.Reader tsv) throws IOException {
      checkNotNull(tsv, "tsv");
      BufferedReader reader = new BufferedReader(tsv);
      int n = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        add(definition(line, n));
      }
      return this;
    }

    private static IndicatorDefinition definition(String line, int n) {
      List<String> cols = Splitter.on('\t').splitToList(line);
      checkArgument(cols.size() == 3 || cols.size() == 5, "line %s: expected key, polarity and wordings (and an"
          + " English label and a unit kind), tab-separated, in '%s'", n, line);
      try {
        IndicatorKey key = IndicatorKey.of(cols.get(0).strip());
        Polarity polarity = named(Polarity.class, cols.get(1), "polarity");
        List<String> wordings = Splitter.on('|').omitEmptyStrings().trimResults().splitToList(cols.get(2));
        return cols.size() == 3 ? IndicatorDefinition.of(key, polarity, wordings)
            : IndicatorDefinition.of(key, polarity, wordings, cols.get(3).strip(),
                named(Dimension.class, cols.get(4), "unit kind"));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + n + ": " + e.getMessage() + " in '" + line + "'", e);
      }
    }

    /** The constant of {@code type} named {@code name}, or an error naming the ones there are. */
    private static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(name.strip())) {
          return e;
        }
      }
      throw new IllegalArgumentException("no " + what + " '" + name.strip() + "' (one of "
          + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    /** Returns the catalog. */
    public IndicatorCatalog build() {
      return new IndicatorCatalog(definitions, scopeWords);
    }
  }
}
