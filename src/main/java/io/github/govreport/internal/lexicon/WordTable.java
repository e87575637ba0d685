package io.github.govreport.internal.lexicon;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of words with a value each, matched against text at a position: the longest word starting there,
 * or the longest word ending there. Lookups walk a trie with sorted child arrays, so they cost the length
 * of the match and allocate nothing: each word's {@link Match} is made once, with the table. Immutable and
 * thread-safe.
 *
 * @param <V> the value a word carries
 */
public final class WordTable<V> {

  private final Node<V> forward;
  private final Node<V> backward;
  /** Bit c set when some word starts with char c; lets a scan skip most positions at once. */
  private final long[] firsts = new long[1024];
  /** Bit c set when some word ends with char c. */
  private final long[] lasts = new long[1024];
  /** Bit c set when c alone is a word. */
  private final long[] singles = new long[1024];
  /** Bit {@link #pair} set for the first two chars of some word, and for the last two of some word. */
  private final long[] heads = new long[1024];
  private final long[] tails = new long[1024];
  /**
   * For a large table (the names of every division), the forward trie's first level indexed by the char itself
   * over the CJK ideographs, so that the first step of a lookup is no binary search over thousands of chars.
   */
  private final Node<V>[] forwardFirst;
  private static final char FIRST_FROM = '\u4e00';
  private static final char FIRST_TO = '\u9fff';
  /** A table whose words start with at least this many different chars gets {@link #forwardFirst}. */
  private static final int DIRECT_FIRST = 256;

  private static final class Node<V> {
    char[] keys = new char[0];
    @SuppressWarnings("unchecked")
    Node<V>[] children = (Node<V>[]) new Node<?>[0];
    V value;
    /** The match a word ending here gives, made once so that lookups allocate nothing. */
    Match<V> match;

    Node<V> child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    Node<V> childOrAdd(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      @SuppressWarnings("unchecked")
      Node<V>[] ch = (Node<V>[]) new Node<?>[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, ch, 0, at);
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, ch, at + 1, keys.length - at);
      k[at] = c;
      ch[at] = new Node<>();
      keys = k;
      children = ch;
      return ch[at];
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
    forward = new Node<>();
    backward = new Node<>();
    for (Map.Entry<String, V> e : words.entrySet()) {
      String word = e.getKey();
      if (word.isEmpty()) {
        continue;
      }
      Node<V> f = forward;
      for (int i = 0; i < word.length(); i++) {
        f = f.childOrAdd(word.charAt(i));
      }
      f.value = e.getValue();
      f.match = new Match<>(word.length(), e.getValue());
      Node<V> b = backward;
      for (int i = word.length() - 1; i >= 0; i--) {
        b = b.childOrAdd(word.charAt(i));
      }
      b.value = e.getValue();
      b.match = new Match<>(word.length(), e.getValue());
      set(firsts, word.charAt(0));
      set(lasts, word.charAt(word.length() - 1));
      if (word.length() == 1) {
        set(singles, word.charAt(0));
      } else {
        set(heads, pair(word.charAt(0), word.charAt(1)));
        set(tails, pair(word.charAt(word.length() - 1), word.charAt(word.length() - 2)));
      }
    }
    forwardFirst = forward.keys.length >= DIRECT_FIRST ? direct(forward) : null;
  }

  @SuppressWarnings("unchecked")
  private static <V> Node<V>[] direct(Node<V> node) {
    Node<V>[] out = (Node<V>[]) new Node<?>[FIRST_TO - FIRST_FROM + 1];
    for (int i = 0; i < node.keys.length; i++) {
      char c = node.keys[i];
      if (c >= FIRST_FROM && c <= FIRST_TO) {
        out[c - FIRST_FROM] = node.children[i];
      }
    }
    return out;
  }

  /** A hash of two chars into 16 bits, to rule out most lookups before the trie is walked. */
  private static char pair(char a, char b) {
    return (char) (a * 31 + b);
  }

  private static void set(long[] bits, char c) {
    bits[c >>> 6] |= 1L << c;
  }

  private static boolean has(long[] bits, char c) {
    return (bits[c >>> 6] & (1L << c)) != 0;
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
    return has(firsts, c);
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
    if (!has(firsts, first) || !has(singles, first)
        && (from + 1 >= limit || from + 1 >= text.length() || !has(heads, pair(first, text.charAt(from + 1))))) {
      return null;
    }
    Node<V> node;
    if (forwardFirst != null && first >= FIRST_FROM && first <= FIRST_TO) {
      node = forwardFirst[first - FIRST_FROM];
      if (node == null) {
        return null;
      }
    } else {
      node = forward.child(first);
      if (node == null) {
        return null;
      }
    }
    Match<V> best = node.match;
    int end = Math.min(limit, text.length());
    for (int i = from + 1; i < end; i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.match != null) {
        best = node.match;
      }
    }
    return best;
  }

  /** The longest word of the table that ends just before {@code end} and starts at or after {@code floor}. */
  public Match<V> longestEndingAt(CharSequence text, int end, int floor) {
    if (end <= floor || end <= 0) {
      return null;
    }
    char last = text.charAt(end - 1);
    if (!has(lasts, last) || !has(singles, last)
        && (end - 2 < Math.max(0, floor) || !has(tails, pair(last, text.charAt(end - 2))))) {
      return null;
    }
    Node<V> node = backward;
    Match<V> best = null;
    for (int i = end - 1; i >= Math.max(0, floor); i--) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.match != null) {
        best = node.match;
      }
    }
    return best;
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
