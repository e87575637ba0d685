package io.github.govreport.internal.text;

/** Classes of characters the steps ask about: ideographs, and the marks that end a sentence or a line. */
public final class Chars {

  private Chars() {}

  /** Whether {@code c} may end a sentence or a line that does not go on: 。！？；：”）】… */
  public static boolean isTerminal(char c) {
    return "。！？；!?;：:”’）)】…".indexOf(c) >= 0;
  }

  /** Whether {@code c} is a CJK unified ideograph (basic block or extension A). */
  public static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
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
}
