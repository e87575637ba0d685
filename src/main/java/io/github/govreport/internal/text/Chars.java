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
}
