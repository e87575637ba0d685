package io.github.govreport.internal.lexicon;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of words with a value each, matched against text at a position: the longest word starting there,
 * or the longest word ending there. Lookups walk a trie whose steps are one open-addressing hash of (node, char)
 * for the whole table, so they cost the length of the match, a probe or two per char, and allocate nothing: each
 * word's {@link Match} is made once, with the table. Immutable and thread-safe.
 *
 * @param <V> the value a word carries
 */
public final class WordTable<V> {

  private final Trie<V> forward;
  private final Trie<V> backward;
  /** Whether some word starts with a char; lets a scan skip most positions at once. */
  private final Filter firsts;
  /** Whether some word ends with a char. */
  private final Filter lasts;
  /** Whether a char alone is a word. */
  private final Filter singles;
  /** Whether some word starts with a pair of chars ({@link #pair}), or ends with it read backwards. */
  private final Filter heads;
  private final Filter tails;

  /**
   * A set of chars that may answer yes for a char not in it, never no for one in it: a bit per hash of the char,
   * sized to the set (about 16 bits per char), so that the filters of every table together stay in a fast cache.
   */
  private static final class Filter {
    private final long[] bits;
    private final int shift;

    Filter(java.util.Set<Character> chars) {
      int size = Integer.highestOneBit(Math.max(64, Math.min(1 << 16, chars.size() * 16)) - 1) << 1;
      bits = new long[size >>> 6];
      shift = 32 - Integer.numberOfTrailingZeros(size);
      for (char c : chars) {
        int at = slot(c);
        bits[at >>> 6] |= 1L << at;
      }
    }

    private int slot(char c) {
      return (c * 0x9E3779B1) >>> shift;
    }

    boolean has(char c) {
      int at = slot(c);
      return (bits[at >>> 6] & (1L << at)) != 0;
    }
  }

  /** The tree a table is built as, before it is laid out as a {@link Trie}. */
  private static final class Node<V> {
    final Map<Character, Node<V>> children = new TreeMap<>();
    Match<V> match;

    Node<V> childOrAdd(char c) {
      return children.computeIfAbsent(c, k -> new Node<>());
    }
  }

  /**
   * A trie laid out flat: node 0 is the root, a step from a node by a char is one look-up in an open-addressing
   * table of {@code (node << 16 | char) + 1} keys (0 is an empty slot), and the match a word ending at a node gives
   * is in {@link #matches}.
   */
  private static final class Trie<V> {
    private final long[] keys;
    private final int[] targets;
    private final int mask;
    private final Match<V>[] matches;

    @SuppressWarnings("unchecked")
    Trie(Node<V> root) {
      List<Node<V>> nodes = new ArrayList<>();
      nodes.add(root);
      int steps = 0;
      for (int i = 0; i < nodes.size(); i++) {
        nodes.addAll(nodes.get(i).children.values());
        steps += nodes.get(i).children.size();
      }
      int size = Integer.highestOneBit(Math.max(4, steps * 2 + 1)) << 1;
      keys = new long[size];
      targets = new int[size];
      mask = size - 1;
      matches = (Match<V>[]) new Match<?>[nodes.size()];
      Map<Node<V>, Integer> ids = new IdentityHashMap<>();
      for (int i = 0; i < nodes.size(); i++) {
        ids.put(nodes.get(i), i);
        matches[i] = nodes.get(i).match;
      }
      for (int i = 0; i < nodes.size(); i++) {
        for (Map.Entry<Character, Node<V>> e : nodes.get(i).children.entrySet()) {
          long key = key(i, e.getKey());
          int at = slot(key);
          while (keys[at] != 0) {
            at = (at + 1) & mask;
          }
          keys[at] = key;
          targets[at] = ids.get(e.getValue());
        }
      }
    }

    private static long key(int node, char c) {
      return ((long) node << 16 | c) + 1;
    }

    private int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** The node one step from {@code node} by {@code c}, or -1. */
    int child(int node, char c) {
      long key = key(node, c);
      for (int at = slot(key); ; at = (at + 1) & mask) {
        long k = keys[at];
        if (k == key) {
          return targets[at];
        }
        if (k == 0) {
          return -1;
        }
      }
    }
  }

  /** A match: the word's length and its value. */
  public static final class Match<V> {
    /** The number of chars the word covers. */
    public final int length;
    /** The word's value. */
    public final V value;

    Match(int length, V value) {
      this.length = length;
      this.value = value;
    }
  }

  private WordTable(Map<String, V> words) {
    Node<V> f0 = new Node<>();
    Node<V> b0 = new Node<>();
    java.util.Set<Character> firstChars = new java.util.HashSet<>();
    java.util.Set<Character> lastChars = new java.util.HashSet<>();
    java.util.Set<Character> singleChars = new java.util.HashSet<>();
    java.util.Set<Character> headPairs = new java.util.HashSet<>();
    java.util.Set<Character> tailPairs = new java.util.HashSet<>();
    for (Map.Entry<String, V> e : words.entrySet()) {
      String word = e.getKey();
      if (word.isEmpty()) {
        continue;
      }
      Node<V> f = f0;
      for (int i = 0; i < word.length(); i++) {
        f = f.childOrAdd(word.charAt(i));
      }
      f.match = new Match<>(word.length(), e.getValue());
      Node<V> b = b0;
      for (int i = word.length() - 1; i >= 0; i--) {
        b = b.childOrAdd(word.charAt(i));
      }
      b.match = new Match<>(word.length(), e.getValue());
      firstChars.add(word.charAt(0));
      lastChars.add(word.charAt(word.length() - 1));
      if (word.length() == 1) {
        singleChars.add(word.charAt(0));
      } else {
        headPairs.add(pair(word.charAt(0), word.charAt(1)));
        tailPairs.add(pair(word.charAt(word.length() - 1), word.charAt(word.length() - 2)));
      }
    }
    firsts = new Filter(firstChars);
    lasts = new Filter(lastChars);
    singles = new Filter(singleChars);
    heads = new Filter(headPairs);
    tails = new Filter(tailPairs);
    forward = new Trie<>(f0);
    backward = new Trie<>(b0);
  }

  /** A hash of two chars into 16 bits, to rule out most lookups before the trie is walked. */
  private static char pair(char a, char b) {
    return (char) (a * 31 + b);
  }

  /** Returns a table of the given words, each with the value {@code value}. */
  public static <V> WordTable<V> of(V value, String... words) {
    Map<String, V> m = new TreeMap<>();
    for (String w : words) {
      m.put(w, value);
    }
    return new WordTable<>(m);
  }

  /** Returns a table from a map of words to values. */
  public static <V> WordTable<V> of(Map<String, V> words) {
    return new WordTable<>(words);
  }

  /** Whether some word of the table starts with {@code c}: a cheap test before a lookup. */
  public boolean mayStartWith(char c) {
    return firsts.has(c);
  }

  /** Where the first word of the table starts in {@code [from, to)}, or -1: one pass over the chars. */
  public int indexIn(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (mayStartWith(text.charAt(i)) && longestAt(text, i, to) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The longest word of the table that starts at {@code from} and ends by {@code limit}; null if none. */
  public Match<V> longestAt(CharSequence text, int from, int limit) {
    if (from >= limit || from >= text.length()) {
      return null;
    }
    char first = text.charAt(from);
    if (!firsts.has(first) || !singles.has(first)
        && (from + 1 >= limit || from + 1 >= text.length() || !heads.has(pair(first, text.charAt(from + 1))))) {
      return null;
    }
    Trie<V> trie = forward;
    int node = trie.child(0, first);
    Match<V> best = null;
    int end = Math.min(limit, text.length());
    for (int i = from + 1; node >= 0; i++) {
      if (trie.matches[node] != null) {
        best = trie.matches[node];
      }
      if (i >= end) {
        break;
      }
      node = trie.child(node, text.charAt(i));
    }
    return best;
  }

  /** The longest word of the table that ends just before {@code end} and starts at or after {@code floor}. */
  public Match<V> longestEndingAt(CharSequence text, int end, int floor) {
    if (end <= floor || end <= 0) {
      return null;
    }
    char last = text.charAt(end - 1);
    if (!lasts.has(last) || !singles.has(last)
        && (end - 2 < Math.max(0, floor) || !tails.has(pair(last, text.charAt(end - 2))))) {
      return null;
    }
    Trie<V> trie = backward;
    int node = 0;
    Match<V> best = null;
    for (int i = end - 1; i >= Math.max(0, floor); i--) {
      node = trie.child(node, text.charAt(i));
      if (node < 0) {
        break;
      }
      if (trie.matches[node] != null) {
        best = trie.matches[node];
      }
    }
    return best;
  }

  /** The word of the table of exactly {@code length} chars that ends just before {@code end}, or null. */
  public Match<V> endingAt(CharSequence text, int end, int length) {
    if (length <= 0 || length > end) {
      return null;
    }
    Trie<V> trie = backward;
    int node = 0;
    for (int i = end - 1; i >= end - length && node >= 0; i--) {
      node = trie.child(node, text.charAt(i));
    }
    return node < 0 ? null : trie.matches[node];
  }

  /** The value of {@code word} when it is in the table, else null. */
  public V get(String word) {
    Match<V> m = longestAt(word, 0, word.length());
    return m != null && m.length == word.length() ? m.value : null;
  }

  /** Whether {@code word} is in the table. */
  public boolean contains(String word) {
    return get(word) != null;
  }
}
