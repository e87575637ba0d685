package io.github.govreport.internal.lexicon;

/**
 * The marks of Chinese text that the stages test for by what they do ({@code punctuation.tsv}): the enumeration
 * comma 、 between the items of a list, the comma and semicolon that end a clause, the full stop, the brackets and
 * title marks … each named by its role, with a line in the file that says what it does. The parser's code names
 * these constants instead of writing the marks; their ASCII forms and the line break are written in code. Loaded
 * once; a name the file lacks, or a char that is not one char, fails at load.
 */
public final class Punctuation {

  private static final NamedChars VALUES = new NamedChars("punctuation.tsv");

  private Punctuation() {}

  /** The enumeration comma (顿号) between the items of a list. */
  public static final char LIST_MARK = VALUES.ch("LIST_MARK");
  /** {@link #LIST_MARK} as a string, for the splits of a list. */
  public static final String LIST_MARKS = String.valueOf(LIST_MARK);
  /** Ends a clause. */
  public static final char COMMA = VALUES.ch("COMMA");
  /** Ends a clause, or a sentence of a list of targets. */
  public static final char SEMICOLON = VALUES.ch("SEMICOLON");
  /** Ends a sentence. */
  public static final char FULL_STOP = VALUES.ch("FULL_STOP");
  /** Ends a lead or a collector's field name. */
  public static final char COLON = VALUES.ch("COLON");
  /** Ends a sentence or an address. */
  public static final char EXCLAMATION = VALUES.ch("EXCLAMATION");
  /** Ends a sentence. */
  public static final char QUESTION = VALUES.ch("QUESTION");
  /** Opens a bracket. */
  public static final char OPEN_PAREN = VALUES.ch("OPEN_PAREN");
  /** Closes a bracket. */
  public static final char CLOSE_PAREN = VALUES.ch("CLOSE_PAREN");
  /** Opens the title of a document. */
  public static final char OPEN_TITLE = VALUES.ch("OPEN_TITLE");
  /** Closes the title of a document. */
  public static final char CLOSE_TITLE = VALUES.ch("CLOSE_TITLE");
  /** Opens a quote in corner brackets. */
  public static final char OPEN_CORNER = VALUES.ch("OPEN_CORNER");
  /** Closes a quote in corner brackets. */
  public static final char CLOSE_CORNER = VALUES.ch("CLOSE_CORNER");
  /** Opens a footnote's number or a document number's year. */
  public static final char OPEN_SHELL = VALUES.ch("OPEN_SHELL");
  /** Closes a footnote's number or a document number's year. */
  public static final char CLOSE_SHELL = VALUES.ch("CLOSE_SHELL");
  /** Opens a footnote's number in full-width square brackets. */
  public static final char OPEN_SQUARE = VALUES.ch("OPEN_SQUARE");
  /** Closes a footnote's number in full-width square brackets. */
  public static final char CLOSE_SQUARE = VALUES.ch("CLOSE_SQUARE");
  /** The full-width point after an ordinal label's digit. */
  public static final char FULL_WIDTH_STOP = VALUES.ch("FULL_WIDTH_STOP");
  /** The full-width hyphen between the years of a span. */
  public static final char FULL_WIDTH_HYPHEN = VALUES.ch("FULL_WIDTH_HYPHEN");
  /** The full-width equals sign of a collector's field. */
  public static final char FULL_WIDTH_EQUALS = VALUES.ch("FULL_WIDTH_EQUALS");

  /** The marks that end a sentence. */
  public static final CharClass SENTENCE_ENDS = VALUES.chars("SENTENCE_ENDS");
  /** The marks that may end a sentence or a line that does not go on. */
  public static final CharClass TERMINALS = VALUES.chars("TERMINALS");
  /** What the walk over sentences stops at, save the line break. */
  public static final CharClass SEGMENT_MARKS = VALUES.chars("SEGMENT_MARKS");
  /** The brackets and quotes that open a span the walk over sentences passes whole. */
  public static final CharClass OPENING_BRACKETS = VALUES.chars("OPENING_BRACKETS");
  /** The brackets and quotes that close such a span. */
  public static final CharClass CLOSING_BRACKETS = VALUES.chars("CLOSING_BRACKETS");
  /** A hard-wrapped line of full width that ends on one of these goes on. */
  public static final CharClass WRAP_ENDS = VALUES.chars("WRAP_ENDS");
  /** A line that ends on one of these goes on. */
  public static final CharClass OPEN_ENDS = VALUES.chars("OPEN_ENDS");
  /** A line that opens with one of these goes on from the line before. */
  public static final CharClass GOING_ON_STARTS = VALUES.chars("GOING_ON_STARTS");
  /** A comma of either width, or the enumeration comma. */
  public static final CharClass COMMAS = VALUES.chars("COMMAS");
  /** The mark right after a heading's title. */
  public static final CharClass TITLE_ENDS = VALUES.chars("TITLE_ENDS");
  /** A mark of sentence or clause, of either width. */
  public static final CharClass ANY_MARK = VALUES.chars("ANY_MARK");
  /** The mark after the address that opens the speech. */
  public static final CharClass ADDRESS_ENDS = VALUES.chars("ADDRESS_ENDS");
  /** A name after its quote ends before these (or a line break). */
  public static final CharClass NAME_STOPS = VALUES.chars("NAME_STOPS");
  /** A mark that ends a clause or a sentence. */
  public static final CharClass CLAUSE_MARKS = VALUES.chars("CLAUSE_MARKS");
  /** A clause opens after one of these. */
  public static final CharClass CLAUSE_STARTS = VALUES.chars("CLAUSE_STARTS");
  /** The marks of a quote or a title. */
  public static final CharClass QUOTES = VALUES.chars("QUOTES");
  /** Quotes and titles whose words the period cues read inside. */
  public static final CharClass QUOTE_OPENERS = VALUES.chars("QUOTE_OPENERS");
}
