package io.github.govreport.internal.text;

import static io.github.govreport.internal.lexicon.Punctuation.OPEN_PAREN;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link SourceText} of an input in one pass: folds full-width digits, letters and signs to
 * ASCII, drops horizontal white space, zero-width characters, control characters and unpaired surrogates,
 * reads past HTML tags and entities, and takes markdown emphasis ({@code **}) and heading marks
 * ({@code #}) out of the text while remembering them.
 */
public final class Normalizer {

  private final String in;
  private final int n;
  private char[] out;
  private final OffsetMap origins = new OffsetMap();
  private long[] bold;
  private int len;
  private boolean inBold;
  private boolean lineStart = true;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Integer, Integer> headings = new TreeMap<>();
  private int markupStart = -1;
  private int markupEnd = -1;
  private int markupCount;
  private final ControlRuns control = new ControlRuns();
  private int unknownEntities;

  private Normalizer(String in) {
    this.in = in;
    this.n = in.length();
    this.out = new char[n];
  }

  public static NormalizedText normalize(String input) {
    Normalizer z = new Normalizer(input);
    z.lostBreaks = LineJoiner.lostLineBreaks(input);
    z.run();
    SourceText text = new SourceText(input, z.out, z.origins, z.len, z.bold);
    return new NormalizedText(text, z.diagnostics, z.headings);
  }

  /**
   * Whether a char is copied as it is whatever surrounds it: CJK ideographs and the ordinary Chinese
   * punctuation, which is most of a report. Runs of them are copied in bulk.
   */
  private static boolean plain(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\uFF01' && c <= '\uFF04' || c >= '\uFF08' && c <= '\uFF0A'
        || c == '\uFF0C'
        || c >= '\uFF1B' && c <= '\uFF1F' // not the colon, which may stand for the ratio sign
        || c >= '\u3001' && c <= '\u3002' || c >= '\u3008' && c <= '\u3011'
        || c >= '\u2018' && c <= '\u201D' || c == '\u2014';
  }

  private void run() {
    int i = 0;
    while (i < n) {
      if (lostBreaks && !lineStart && opensALine(i)) {
        emit('\n', i, 0); // a heading, a label or the address inside a text whose line breaks were lost
        inBold = false;
        lineStart = true;
        restored = Slips.note(restored, i, 0);
      }
      i = step(i);
    }
    flushMarkup();
    control.close();
    reportDropped();
  }

  /**
   * Reads the input at {@code i}: a run of plain chars, or one mark the text arrived with (a line break, lost chars,
   * a mangled sign, a footnote marker, a letter for a digit, Markdown, HTML, a control char), or one char; returns
   * where the next step starts. Each kind of mark has its own method, which answers -1 where it finds none.
   */
  private int step(int i) {
    char c = in.charAt(i);
    if (plain(c)) {
      return plainRun(i);
    }
    int next = lineBreak(i, c);
    if (next < 0) {
      next = lostChars(i, c);
    }
    if (next < 0) {
      next = mangledSign(i, c);
    }
    if (next < 0) {
      next = Markup.footnoteEnd(in, i, n, len == 0 ? 0 : out[len - 1]);
      if (next > i) {
        footnotes = Slips.note(footnotes, i, next - i); // "“三个圆满收官”[1]，", "^[2]", "〔3〕": a note's number
      } else {
        next = letterForDigit(i, c);
      }
    }
    if (next < 0) {
      next = markdown(i, c);
    }
    if (next < 0) {
      next = markup(i, c);
    }
    if (next < 0) {
      next = unpaired(i, c);
    }
    if (next >= 0) {
      return next;
    }
    if (Grammar.RATIO_WRITTEN.has(c) && len > 0 && isDigit(out[len - 1]) && i + 1 < n
        && isDigit(Chars.fold(in.charAt(i + 1)))) {
      emit(Grammar.RATIO_SIGN, i, 1); // "22.2：46.4：31.4": a colon between digits is the ratio sign
      return i + 1;
    }
    if (!Chars.isSpace(c) && !Chars.isZeroWidth(c)
        && !(c == '_' && len > 0 && isAsciiLetter(out[len - 1]) && i + 1 < n && isDigit(Chars.fold(in.charAt(i
            + 1))))) {
      emit(Chars.fold(c), i, 1);
    }
    return i + 1;
  }

  /** Copies the run of plain chars at {@code i} as it is; returns its end. */
  private int plainRun(int i) {
    int j = i + 1;
    while (j < n && plain(in.charAt(j)) && !(lostBreaks && mayOpenALine(in.charAt(j)))) {
      j++;
    }
    in.getChars(i, j, out, len);
    origins.add(len, i, 1);
    if (bold != null && inBold) {
      for (int k = len; k < len + j - i; k++) {
        bold[k >>> 6] |= 1L << k;
      }
    }
    len += j - i;
    lineStart = false;
    control.close();
    return j;
  }

  /** A line break at {@code i}: \n, \r\n, \r, or one written as an escape ("\\n"); -1 for none. */
  private int lineBreak(int i, char c) {
    boolean escaped = c == '\\' && i + 1 < n && (in.charAt(i + 1) == 'n' || in.charAt(i + 1) == 'r');
    if (c != '\n' && c != '\r' && !escaped) {
      return -1;
    }
    int w = escaped ? (in.startsWith("\\r\\n", i) ? 4 : 2) : c == '\r' && i + 1 < n && in.charAt(i + 1) == '\n' ? 2 : 1;
    flushMarkup();
    emit('\n', i, w);
    inBold = false;
    lineStart = true;
    if (escaped) {
      escapedBreaks = Slips.note(escapedBreaks, i, w);
    }
    return i + w;
  }

  /** Characters lost on the way ("区长??王春雨", "二��三五"), passed over; -1 where none were lost. */
  private int lostChars(int i, char c) {
    if (c != '?' && c != '\uFFFD') {
      return -1;
    }
    int j = i;
    while (j < n && (in.charAt(j) == '?' || in.charAt(j) == '\uFFFD')) {
      j++;
    }
    if (j - i >= 2 || c == '\uFFFD' || len > 0 && Chars.isCjk(out[len - 1]) && j < n && Chars.isCjk(in.charAt(j))) {
      lost = Slips.note(lost, i, j - i);
      return j;
    }
    return -1;
  }

  /** A percent sign a conversion mangled after a digit ("增长12_M_M_以上"), restored; -1 for none. */
  private int mangledSign(int i, char c) {
    if (len == 0 || !isDigit(out[len - 1]) || !Lexicon.MANGLED_SIGNS.mayStartWith(c)) {
      return -1;
    }
    WordTable.Match<Character> sign = Lexicon.MANGLED_SIGNS.longestAt(in, i, n);
    if (sign == null) {
      return -1;
    }
    mangled = Slips.note(mangled, i, sign.length);
    emit(sign.value, i, sign.length);
    return i + sign.length;
  }

  /** A letter set in place of a digit inside a figure ("1O％", "4l.1％"), read as the digit; -1 for none. */
  private int letterForDigit(int i, char c) {
    if (!((c == 'O' || c == 'o' || c == 'l' || c == 'I') && len > 0 && isDigit(out[len - 1]) && i + 1 < n
        && Chars.isFigureGoingOn(Chars.fold(in.charAt(i + 1))))) {
      return -1;
    }
    letters = Slips.note(letters, i, 1);
    emit(c == 'O' || c == 'o' ? '0' : '1', i, 1);
    return i + 1;
  }

  /** A Markdown heading mark at a line's start (kept as the heading's level) or a bold mark; -1 for none. */
  private int markdown(int i, char c) {
    if (lineStart && c == '#') {
      int j = i;
      while (j < n && in.charAt(j) == '#') {
        j++;
      }
      if (j - i <= 6 && (j == n || in.charAt(j) == ' ' || in.charAt(j) == '\t' || in.charAt(j) == '\u3000')) {
        headings.put(len, j - i);
        return j;
      }
    }
    if (c == '*' && i + 1 < n && in.charAt(i + 1) == '*') {
      int j = i;
      while (j < n && in.charAt(j) == '*') {
        j++;
      }
      inBold = !inBold;
      if (bold == null) {
        bold = new long[(out.length >>> 6) + 1];
      }
      return j;
    }
    return -1;
  }

  /** An HTML tag (a break tag a line break) or entity (decoded); -1 for none. */
  private int markup(int i, char c) {
    if (c == '<') {
      int end = Markup.tagEnd(in, i, n);
      if (end > 0) {
        noteMarkup(i, end);
        if (Markup.isBreakTag(in, i, end)) {
          emit('\n', i, end - i);
          inBold = false;
          lineStart = true;
        }
        return end;
      }
    }
    if (c == '&') {
      int end = Markup.entityEnd(in, i, n);
      if (end > 0) {
        int decoded = Markup.decodeEntity(in, i, end);
        if (decoded < 0) {
          unknownEntities++;
        } else if (decoded != 0 && !Chars.isSpace((char) decoded)) {
          emit((char) decoded, i, end - i);
        }
        return end;
      }
    }
    return -1;
  }

  /** A surrogate pair copied whole, or half of one or a control char noted and dropped; -1 for other chars. */
  private int unpaired(int i, char c) {
    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1))) {
      emit(c, i, 1);
      emit(in.charAt(i + 1), i + 1, 1);
      return i + 2;
    }
    if (Character.isSurrogate(c) || Chars.isControl(c)) {
      control.note(i);
      return i + 1;
    }
    return -1;
  }

  private void emit(char c, int from, int w) {
    out[len] = c;
    origins.add(len, from, w);
    if (bold != null && inBold && c != '\n') {
      bold[len >>> 6] |= 1L << len;
    }
    len++;
    if (c != '\n') {
      lineStart = false;
    }
    control.close();
  }

  private void noteMarkup(int from, int to) {
    if (markupStart < 0) {
      markupStart = from;
    }
    markupEnd = to;
    markupCount++;
  }

  private void flushMarkup() {
    if (markupCount > 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.MARKUP_SKIPPED,
          "read past " + markupCount + (markupCount == 1 ? " HTML tag" : " HTML tags"),
          SourceSpan.of(markupStart, markupEnd)));
    }
    markupStart = -1;
    markupCount = 0;
  }

  /**
   * Whether a line opens at {@code i} of a text whose line breaks were lost: a markdown heading mark ("## "), or
   * a part label ("一、", "（三）") or the address ("各位代表：") after the end of a sentence or a title.
   */
  private boolean opensALine(int i) {
    char c = in.charAt(i);
    if (c == '#') {
      int j = i;
      while (j < n && in.charAt(j) == '#') {
        j++;
      }
      return j - i <= 6 && j < n && (in.charAt(j) == ' ' || in.charAt(j) == '\u3000');
    }
    if (len == 0 || !(Chars.isTerminal(out[len - 1]) || out[len - 1] == Grammar.REPORT_END)) {
      return false;
    }
    return Labels.partLabelAt(in, i) || in.startsWith(ADDRESS, i);
  }

  /** Whether a line may open with {@code c} in a text whose breaks were lost: a label's or the address's first char. */
  private static boolean mayOpenALine(char c) {
    return c == OPEN_PAREN || c == '(' || c == ADDRESS.charAt(0) || Labels.isChineseDigit(c);
  }

  /** How the speech addresses the congress, which opens its first paragraph. */
  private static final String ADDRESS = Grammar.ADDRESS;

  private boolean lostBreaks;
  /** The slips read through, each reported once with its count: breaks restored, notes and signs, lost chars. */
  private Slips restored;
  private Slips footnotes;
  private Slips mangled;
  private Slips escapedBreaks;
  private Slips lost;
  private Slips letters;

  private void reportDropped() {
    Slips.report(diagnostics, restored, DiagnosticCode.LINE_BREAKS_RESTORED, "line break(s) before headings, labels and the address of a"
        + " text whose line breaks were lost");
    Slips.report(diagnostics, escapedBreaks, DiagnosticCode.ESCAPED_LINE_BREAKS, "line break(s) written as the characters \\r\\n or \\n");
    Slips.report(diagnostics, lost, DiagnosticCode.LOST_CHARACTERS, "run(s) of ? or \uFFFD where characters were lost, and left them out");
    Slips.report(diagnostics, mangled, DiagnosticCode.MANGLED_SIGN, "sign(s) a conversion mangled after a figure (12_M_M_ for 12%) as"
        + " the sign");
    Slips.report(diagnostics, footnotes, DiagnosticCode.FOOTNOTE_MARKERS, "footnote marker(s) ([1], ^[2], 〔3〕, ★) and left them out");
    Slips.report(diagnostics, letters, DiagnosticCode.LETTER_IN_FIGURE, "letter(s) set in a figure in place of a digit (1O%, 4l.1%) as"
        + " the digit (0, 1)");
    control.report(diagnostics);
    if (unknownEntities > 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.MARKUP_SKIPPED, "left out " + unknownEntities
          + " HTML entit" + (unknownEntities == 1 ? "y" : "ies") + " that HTML does not define",
          SourceSpan.of(0, 0)));
    }
  }

  public static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
