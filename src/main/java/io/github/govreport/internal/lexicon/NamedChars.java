package io.github.govreport.internal.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * A data file of chars named by what they do ({@code name <TAB> value <TAB> what it does}), read once: the table
 * behind {@link Grammar} and {@link Punctuation}. A name listed twice or without a value or a use, a name the file
 * lacks, or a value read as a char that is not one char, fails at load, naming it.
 */
final class NamedChars {

  private final String file;
  private final Map<String, String> values = new HashMap<>();

  NamedChars(String file) {
    this.file = file;
    for (String[] row : Tsv.rows("/io/github/govreport/lexicon/" + file, 3)) {
      if (row[1].isEmpty() || row[2].isBlank() || values.put(row[0], row[1]) != null) {
        throw new IllegalStateException(file + ": " + row[0] + " is listed twice, or without a value or a use");
      }
    }
  }

  /** The value named {@code name}. */
  String word(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalStateException(file + " has no " + name);
    }
    return v;
  }

  /** The one char named {@code name}. */
  char ch(String name) {
    String v = word(name);
    if (v.length() != 1) {
      throw new IllegalStateException(file + ": " + name + " is no one char: " + v);
    }
    return v.charAt(0);
  }

  /** The chars named {@code name}, as a class. */
  CharClass chars(String name) {
    return new CharClass(word(name));
  }
}
