package io.github.govreport.internal.lexicon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The words by which a report says who gives it and when ({@code origin.tsv}): the words it uses of itself
 * (全市, 我县), its title's and byline's words, the head who signs it. Loaded once; immutable and thread-safe.
 */
public final class OriginWords {

  /** What a word says of the report's origin. */
  public enum Role {
    /**
     * A word a report uses of its own region or government (全市, 我县, 省委, 市政府): the SCOPE words of
     * {@code names.tsv} of two characters opening with 全, 我 or 本, and the SELF words of {@code origin.tsv}; its
     * value is the last character of such a region's name.
     */
    SELF,
    /** Names the report in its title (政府工作报告). */
    TITLE,
    /** Names the congress of a byline (人民代表大会). */
    CONGRESS,
    /** Closes a byline (会议上). */
    AT_MEETING,
    /** Written after a region's name in a signature (人民政府). */
    GOVERNMENT,
    /** The head who signs (县长); its value is the last character of the name of the region led, or empty. */
    HEAD,
    /** Opens the speech (各位代表). */
    ADDRESS,
    /** Written after a year the text only cites (以来). */
    CITED,
    /** Written before the government the speaker speaks for (我代表…人民政府). */
    ON_BEHALF,
    /** Opens the place of a byline (在). */
    AT,
    /** Opens the number of a session (第). */
    ORDINAL,
    /** Closes the number of a session (届). */
    SESSION,
    /** The short name of a division that is also a common word (合作, 青山): the place is named by its full name. */
    COMMON
  }

  /** A word's role and value. */
  public static final class Word {
    public final Role role;
    /** The last character of a region's name the word speaks of (市 for 全市), or 0. */
    public final char suffix;

    Word(Role role, char suffix) {
      this.role = role;
      this.suffix = suffix;
    }
  }

  /** Every word, by its text. */
  public final WordTable<Word> words;
  private final Map<Role, WordTable<Word>> byRole = new EnumMap<>(Role.class);

  private OriginWords(Map<String, Word> words) {
    this.words = WordTable.of(words);
    for (Role role : Role.values()) {
      Map<String, Word> m = new HashMap<>();
      words.forEach((w, v) -> {
        if (v.role == role) {
          m.put(w, v);
        }
      });
      byRole.put(role, WordTable.of(m));
    }
  }

  /** Where the first word of {@code role} starts in {@code [from, to)} of {@code s}, or -1. */
  public int indexOf(Role role, CharSequence s, int from, int to) {
    return byRole.get(role).indexIn(s, from, to);
  }

  /** The words of one role, as a table. */
  public WordTable<Word> of(Role role) {
    return byRole.get(role);
  }

  static OriginWords load(String resource, Iterable<String> scopes) {
    Map<String, Word> words = new HashMap<>();
    for (String w : scopes) {
      if (w.length() == 2 && Grammar.SELF_MARKS.has(w.charAt(0))) {
        words.put(w, new Word(Role.SELF, w.charAt(1)));
      }
    }
    for (String[] row : Tsv.rows(resource, 3)) {
      Role role = Role.valueOf(row[1]);
      if (role == Role.SELF && words.containsKey(row[0])) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' is a SCOPE word of names.tsv already");
      }
      char suffix = row[2].equals("-") ? 0 : row[2].charAt(0);
      if (row[2].length() != 1) {
        throw new IllegalStateException(resource + ": the value of '" + row[0] + "' is one character: " + row[2]);
      }
      if (words.put(row[0], new Word(role, suffix)) != null) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice");
      }
    }
    return new OriginWords(words);
  }
}
