package io.github.govreport.internal.lexicon;

/**
 * A set of single chars of the grammar that do one thing (the conjunctions 和与及): whether a char is one. The test
 * is a bit of a set spanning only the class's own chars, asked at every char of a clause. Immutable.
 */
public final class CharClass {

  private final String chars;
  /** The lowest and highest char of the class; the bits span them. */
  private final char min;
  private final char max;
  private final long[] bits;

  CharClass(String chars) {
    this.chars = chars;
    char lo = Character.MAX_VALUE;
    char hi = 0;
    for (int i = 0; i < chars.length(); i++) {
      lo = (char) Math.min(lo, chars.charAt(i));
      hi = (char) Math.max(hi, chars.charAt(i));
    }
    this.min = chars.isEmpty() ? 1 : lo;
    this.max = chars.isEmpty() ? 0 : hi;
    this.bits = new long[chars.isEmpty() ? 0 : ((max - min) >>> 6) + 1];
    for (int i = 0; i < chars.length(); i++) {
      int at = chars.charAt(i) - min;
      bits[at >>> 6] |= 1L << at;
    }
  }

  /** Whether {@code c} is one of the chars. */
  public boolean has(char c) {
    if (c < min || c > max) {
      return false;
    }
    int at = c - min;
    return (bits[at >>> 6] & (1L << at)) != 0;
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
