package io.github.govreport.internal.lexicon;

/** A set of single chars of the grammar that do one thing (the conjunctions 和与及): whether a char is one. Immutable. */
public final class CharClass {

  private final String chars;

  CharClass(String chars) {
    this.chars = chars;
  }

  /** Whether {@code c} is one of the chars. */
  public boolean has(char c) {
    return chars.indexOf(c) >= 0;
  }

  /** The chars, in the order the data file gives them. */
  public String chars() {
    return chars;
  }

  @Override
  public String toString() {
    return chars;
  }
}
