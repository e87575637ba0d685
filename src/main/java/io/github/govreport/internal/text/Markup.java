package io.github.govreport.internal.text;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_SHELL;
import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_SQUARE;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_SHELL;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_SQUARE;

import io.github.govreport.internal.lexicon.Lexicon;

/**
 * Marks a text was published with, read where they stand: HTML tags and entities, each found in a bounded window,
 * and footnote markers.
 */
final class Markup {

  /** A tag is at most this long; a longer run between < and > is text. */
  private static final int MAX_TAG = 200;
  /** An entity is at most this long. */
  private static final int MAX_ENTITY = 10;

  private Markup() {}

  /** The end of an HTML tag starting at {@code i}, or -1 if none starts there. */
  static int tagEnd(String in, int i, int n) {
    if (i + 1 >= n) {
      return -1;
    }
    char next = in.charAt(i + 1);
    if (!(Normalizer.isAsciiLetter(next) || next == '/' || next == '!')) {
      return -1;
    }
    int limit = Math.min(n, i + MAX_TAG);
    for (int j = i + 1; j < limit; j++) {
      char c = in.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (c == '<' || c == '\n' || c >= 0x3000) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the tag at {@code [start, end)} breaks a line: br, p, div, li, tr, h1–h6, opening or closing. */
  static boolean isBreakTag(String in, int start, int end) {
    int j = start + 1;
    if (j < end && in.charAt(j) == '/') {
      j++;
    }
    int k = j;
    while (k < end && Normalizer.isAsciiLetter(in.charAt(k))) {
      k++;
    }
    String name = in.substring(j, k).toLowerCase(java.util.Locale.ROOT);
    switch (name) {
      case "br":
      case "p":
      case "div":
      case "li":
      case "tr":
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return true;
      default:
        return false;
    }
  }

  /** The end of an HTML entity starting at {@code i} (&amp;ldquo;, &amp;#x4E00;), or -1 if none starts there. */
  static int entityEnd(String in, int i, int n) {
    int limit = Math.min(n, i + MAX_ENTITY);
    for (int j = i + 1; j < limit; j++) {
      char c = in.charAt(j);
      if (c == ';') {
        return j > i + 1 ? j + 1 : -1;
      }
      if (!(Normalizer.isAsciiLetter(c) || Normalizer.isDigit(c) || c == '#')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The char an entity stands for, from the HTML5 list (&amp;ldquo; → “, &amp;#x4E00; → 一, &amp;nbsp; → a space),
   * or -1 for a name HTML does not define, which the caller counts for a diagnostic and leaves out of the text
   * rather than read into a name.
   */
  static int decodeEntity(String in, int start, int end) {
    String name = in.substring(start + 1, end - 1);
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        if (cp > 0 && cp < 0xD800 || cp > 0xDFFF && cp <= 0xFFFF) {
          return Chars.fold((char) cp);
        }
      } catch (NumberFormatException e) {
        // not a number: unknown below
      }
    } else {
      Character c = Lexicon.HTML_ENTITIES.get(name);
      if (c != null) {
        return Chars.fold(c);
      }
    }
    return -1;
  }

  /** A footnote's number has at most this many digits. */
  private static final int FOOTNOTE_DIGITS = 3;

  /**
   * The end of a footnote marker at {@code i} ("[1]", "^[2]", "［3］", "〔4〕" after an ideograph, a closing mark or a
   * capital Latin letter: R&D[5], not a[1]; or a ★ before a figure), or {@code i} when none stands there; {@code before} is the char
   * read before it, 0 at the start.
   */
  static int footnoteEnd(String in, int i, int n, char before) {
    char c = in.charAt(i);
    if (c == '★') {
      return i + 1 < n && Normalizer.isDigit(Chars.fold(in.charAt(i + 1))) ? i + 1 : i;
    }
    int j = c == '^' ? i + 1 : i;
    if (j >= n || before == 0
        || !(Chars.isCjk(before) || Chars.isTerminal(before) || before == '”' || before >= 'A' && before <= 'Z')) {
      return i;
    }
    char open = in.charAt(j);
    char close = open == '[' ? ']' : open == OPEN_SQUARE ? CLOSE_SQUARE : open == OPEN_SHELL ? CLOSE_SHELL : 0;
    if (close == 0) {
      return i;
    }
    int k = j + 1;
    while (k < n && k - j <= FOOTNOTE_DIGITS && Normalizer.isDigit(Chars.fold(in.charAt(k)))) {
      k++;
    }
    return k > j + 1 && k < n && in.charAt(k) == close ? k + 1 : i;
  }
}
