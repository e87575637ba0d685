package io.github.govreport.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of {@code words.tsv}, each read by its name: comparisons, rank cues, level nouns and the other
 * small lists the stages ask for. Loaded once; a word twice in one list fails at load, a list the file lacks when
 * it is asked for.
 */
final class WordLists {

  private static final Map<String, ImmutableList<String>> LISTS = load();

  private WordLists() {}

  /** The words of the list {@code name}, in file order. */
  static ImmutableList<String> list(String name) {
    ImmutableList<String> l = LISTS.get(name);
    if (l == null) {
      throw new IllegalStateException("words.tsv has no list " + name);
    }
    return l;
  }

  /**
   * The words of the lists {@code prefix.VALUE}, one for each constant of {@code type} that has one, each word
   * mapped to its constant ({@code SUFFIX_BOUND.ABOUT} → 左右 → ABOUT).
   *
   * @throws IllegalStateException if a word stands in two of the lists
   */
  static <E extends Enum<E>> Map<String, E> byValue(String prefix, Class<E> type) {
    Map<String, E> m = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      for (String word : LISTS.getOrDefault(prefix + "." + e.name(), ImmutableList.of())) {
        E before = m.put(word, e);
        if (before != null) {
          throw new IllegalStateException("words.tsv: '" + word + "' is both " + prefix + "." + before + " and " + e);
        }
      }
    }
    if (m.isEmpty()) {
      throw new IllegalStateException("words.tsv has no list " + prefix + ".*");
    }
    return m;
  }

  /**
   * The lists {@code prefix.NAME}, each by its name in file order ({@code CONTRACTION.城乡} → 城乡 → [城镇, 农村]).
   *
   * @throws IllegalStateException if the file has no such list
   */
  static ImmutableMap<String, ImmutableList<String>> byName(String prefix) {
    ImmutableMap.Builder<String, ImmutableList<String>> m = ImmutableMap.builder();
    LISTS.forEach((name, words) -> {
      if (name.startsWith(prefix + ".")) {
        m.put(name.substring(prefix.length() + 1), words);
      }
    });
    ImmutableMap<String, ImmutableList<String>> out = m.buildOrThrow();
    if (out.isEmpty()) {
      throw new IllegalStateException("words.tsv has no list " + prefix + ".*");
    }
    return out;
  }

  /** The words of the list {@code name} as an array, for a word table. */
  static String[] array(String name) {
    return list(name).toArray(new String[0]);
  }

  private static Map<String, ImmutableList<String>> load() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/words.tsv", 2)) {
      List<String> words = m.computeIfAbsent(row[0], k -> new ArrayList<>());
      if (words.contains(row[1])) {
        throw new IllegalStateException("words.tsv: '" + row[1] + "' is twice in " + row[0]);
      }
      words.add(row[1]);
    }
    Map<String, ImmutableList<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, ImmutableList.copyOf(v)));
    return out;
  }
}
