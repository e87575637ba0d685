package io.github.govreport.internal.text;

import static io.github.govreport.internal.lexicon.Punctuation.TERMINALS;


/** Classes of characters the steps ask about: ideographs, and the marks that end a sentence or a line. */
public final class Chars {

  private Chars() {}

  /** Whether {@code c} may end a sentence or a line that does not go on: 。！？；：”）】… */
  public static boolean isTerminal(char c) {
    return TERMINALS.has(c);
  }

  /** Whether {@code c} is a CJK unified ideograph (basic block or extension A). */
  public static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
  }

  /** Whether {@code s} contains any of {@code words}; read by index, no iterator. */
  public static boolean containsAny(String s, java.util.List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (s.contains(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} ends with any of {@code words}; read by index, no iterator. */
  public static boolean endsWithAny(String s, java.util.List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (s.endsWith(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} ends with the char {@code c}. */
  public static boolean endsWith(CharSequence s, char c) {
    return s.length() > 0 && s.charAt(s.length() - 1) == c;
  }

  /** Whether {@code s} starts with the char {@code c}. */
  public static boolean startsWith(CharSequence s, char c) {
    return s.length() > 0 && s.charAt(0) == c;
  }

  /**
   * {@code s} without the halves of surrogate pairs it holds alone (a string cut between the two chars of an emoji or
   * of 𝟎): every string the parser writes is whole Unicode. {@code s} itself when it holds none.
   */
  public static String whole(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) && !pairedAt(s, i)) {
        StringBuilder out = new StringBuilder(n);
        for (int j = 0; j < n; j++) {
          if (!Character.isSurrogate(s.charAt(j)) || pairedAt(s, j)) {
            out.append(s.charAt(j));
          }
        }
        return out.toString();
      }
    }
    return s;
  }

  /** Whether the surrogate at {@code i} is one half of a pair. */
  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** The first {@code max} code points of {@code s}, with … when it is longer: never half a surrogate pair. */
  public static String clip(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
  }

  /** A full-width digit, letter or sign as its ASCII form (０ → 0, ％ → %); any other char as it is. */
  static char fold(char c) {
    if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '\uFF05': // ％
      case '\uFE6A': // ﹪
        return '%';
      case '\uFF0E': // ．
        return '.';
      case '\uFF0B': // ＋
        return '+';
      case '\uFF0D': // －
        return '-';
      case '\uFF06': // ＆
        return '&';
      case '\uFF0F': // ／
        return '/';
      case '\uFF5E': // ～
        return '~';
      default:
        return c;
    }
  }

  /** White space of any width, the ideographic space included. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c >= '\u2000' && c <= '\u200A'
        || c == '\u202F' || c == '\u205F' || c == '\u000B' || c == '\u000C';
  }

  /** A char of no width: zero-width spaces and joiners, the byte-order mark, the word joiner. */
  static boolean isZeroWidth(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\uFEFF' || c == '\u2060';
  }

  /** A control char other than white space and line breaks, or a noncharacter. */
  static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C
        || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
  }

  /** Whether a figure goes on with {@code c} after a letter set in place of a digit: a digit, a point, a percent. */
  static boolean isFigureGoingOn(char c) {
    return Normalizer.isDigit(c) || c == '.' || c == '%';
  }
}
