package io.github.govreport.internal.text;

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

  /** The result: the normalised text, what was read past, and the markdown heading levels by line start. */
  public static final class Result {
    public final SourceText text;
    public final List<Diagnostic> diagnostics;
    public final Map<Integer, Integer> markdownHeadings;
    /**
     * Where a paragraph ends at a full-width line of hard-wrapped text that ends on a full stop: its sentence
     * may go on in the next paragraph, as nothing tells a wrap there from a paragraph's end. Sorted offsets.
     */
    public final int[] mayGoOn;
    /** The fields of a collector's header that were left out of the text, in order. */
    public final List<CollectorField> collectorFields;

    Result(SourceText text, List<Diagnostic> diagnostics, Map<Integer, Integer> markdownHeadings) {
      this(text, diagnostics, markdownHeadings, new int[0], List.of());
    }

    Result(SourceText text, List<Diagnostic> diagnostics, Map<Integer, Integer> markdownHeadings, int[] mayGoOn,
        List<CollectorField> collectorFields) {
      this.text = text;
      this.diagnostics = diagnostics;
      this.markdownHeadings = markdownHeadings;
      this.mayGoOn = mayGoOn;
      this.collectorFields = collectorFields;
    }
  }

  private static final int MAX_TAG = 200;
  private static final int MAX_ENTITY = 10;

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
  private int controlStart = -1;
  private int controlEnd = -1;
  private int controlCount;
  private int controlRuns;
  private int firstControlStart = -1;
  private int firstControlEnd = -1;
  private int unknownEntities;

  private Normalizer(String in) {
    this.in = in;
    this.n = in.length();
    this.out = new char[n];
  }

  public static Result normalize(String input) {
    Normalizer z = new Normalizer(input);
    z.lostBreaks = lostLineBreaks(input);
    z.run();
    SourceText text = new SourceText(input, z.out, z.origins, z.len, z.bold);
    return new Result(text, z.diagnostics, z.headings);
  }

  /**
   * Whether a char is copied as it is whatever surrounds it: CJK ideographs and the ordinary Chinese
   * punctuation, which is most of a report. Runs of them are copied in bulk.
   */
  private static boolean plain(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\uFF01' && c <= '\uFF04' || c >= '\uFF08' && c <= '\uFF0A' || c == '\uFF0C'
        || c >= '\uFF1A' && c <= '\uFF1F' || c >= '\u3001' && c <= '\u3002' || c >= '\u3008' && c <= '\u3011'
        || c >= '\u2018' && c <= '\u201D' || c == '\u2014';
  }

  private void run() {
    int i = 0;
    while (i < n) {
      if (lostBreaks && !lineStart && opensALine(i)) {
        emit('\n', i, 0); // a heading, a label or the address inside a text whose line breaks were lost
        inBold = false;
        lineStart = true;
        restored = note(restored, i, 0);
      }
      i = step(i);
    }
    flushMarkup();
    flushControl();
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
      next = footnoteMarkerEnd(i);
      if (next > i) {
        footnotes = note(footnotes, i, next - i); // "“三个圆满收官”[1]，", "^[2]", "〔3〕": a note's number
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
    if (!isSpace(c) && !isZeroWidth(c)
        && !(c == '_' && len > 0 && isAsciiLetter(out[len - 1]) && i + 1 < n && isDigit(fold(in.charAt(i + 1))))) {
      emit(fold(c), i, 1);
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
    if (controlStart >= 0) {
      flushControl();
    }
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
      escapedBreaks = note(escapedBreaks, i, w);
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
      lost = note(lost, i, j - i);
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
    mangled = note(mangled, i, sign.length);
    emit(sign.value, i, sign.length);
    return i + sign.length;
  }

  /** A letter set in place of a digit inside a figure ("1O％", "4l.1％"), read as the digit; -1 for none. */
  private int letterForDigit(int i, char c) {
    if (!((c == 'O' || c == 'o' || c == 'l' || c == 'I') && len > 0 && isDigit(out[len - 1]) && i + 1 < n
        && isFigureGoingOn(fold(in.charAt(i + 1))))) {
      return -1;
    }
    letters = note(letters, i, 1);
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
      int end = tagEnd(i);
      if (end > 0) {
        noteMarkup(i, end);
        if (isBreakTag(i, end)) {
          emit('\n', i, end - i);
          inBold = false;
          lineStart = true;
        }
        return end;
      }
    }
    if (c == '&') {
      int end = entityEnd(i);
      if (end > 0) {
        char decoded = decodeEntity(i, end);
        if (decoded != 0 && !isSpace(decoded)) {
          emit(decoded, i, end - i);
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
    if (Character.isSurrogate(c) || isControl(c)) {
      noteControl(i);
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
    if (controlStart >= 0) {
      flushControl();
    }
  }

  /** The end of an HTML tag starting at {@code i}, or -1 if none starts there. */
  private int tagEnd(int i) {
    if (i + 1 >= n) {
      return -1;
    }
    char next = in.charAt(i + 1);
    if (!(isAsciiLetter(next) || next == '/' || next == '!')) {
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

  private boolean isBreakTag(int start, int end) {
    int j = start + 1;
    if (j < end && in.charAt(j) == '/') {
      j++;
    }
    int k = j;
    while (k < end && isAsciiLetter(in.charAt(k))) {
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

  private int entityEnd(int i) {
    int limit = Math.min(n, i + MAX_ENTITY);
    for (int j = i + 1; j < limit; j++) {
      char c = in.charAt(j);
      if (c == ';') {
        return j > i + 1 ? j + 1 : -1;
      }
      if (!(isAsciiLetter(c) || isDigit(c) || c == '#')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The char an entity stands for, from the HTML5 list (&amp;ldquo; → “, &amp;#x4E00; → 一); 0 for an entity to
   * drop: a space (&amp;nbsp;) or a name HTML does not define, which is counted for a diagnostic and left out of
   * the text rather than read into a name.
   */
  private char decodeEntity(int start, int end) {
    String name = in.substring(start + 1, end - 1);
    if (name.startsWith("#")) {
      try {
        int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        if (cp > 0 && cp < 0xD800 || cp > 0xDFFF && cp <= 0xFFFF) {
          return fold((char) cp);
        }
      } catch (NumberFormatException e) {
        // not a number: unknown below
      }
    } else {
      Character c = Lexicon.HTML_ENTITIES.get(name);
      if (c != null) {
        return fold(c);
      }
    }
    unknownEntities++;
    return 0;
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

  private void noteControl(int at) {
    if (controlStart < 0) {
      controlStart = at;
    }
    controlEnd = at + 1;
    controlCount++;
  }

  /** Closes a run of control characters; the first run is the span of the one diagnostic of them all. */
  private void flushControl() {
    if (controlStart >= 0) {
      if (firstControlStart < 0) {
        firstControlStart = controlStart;
        firstControlEnd = controlEnd;
      }
      controlRuns++;
      controlStart = -1;
    }
  }

  /** One diagnostic for all the control characters, and one for the unknown entities, however many. */
  /** A line longer than this in a text with fewer line breaks than one per this many chars: breaks were lost. */
  private static final int LOST_BREAK_LINE = 2000;

  /** Whether a whole report stands on one line or a few very long ones: its line breaks were lost on the way. */
  static boolean lostLineBreaks(String in) {
    int longest = 0;
    int breaks = 0;
    int lineStart = 0;
    for (int i = 0; i < in.length(); i++) {
      if (in.charAt(i) == '\n') {
        longest = Math.max(longest, i - lineStart);
        lineStart = i + 1;
        breaks++;
      }
    }
    longest = Math.max(longest, in.length() - lineStart);
    return longest > LOST_BREAK_LINE && breaks * LOST_BREAK_LINE < in.length();
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
    if (len == 0 || !(Chars.isTerminal(out[len - 1]) || out[len - 1] == '告')) {
      return false;
    }
    return Labels.partLabelAt(in, i) || in.startsWith(ADDRESS, i);
  }

  /** Whether a line may open with {@code c} in a text whose breaks were lost: a label's or the address's first char. */
  private static boolean mayOpenALine(char c) {
    return c == '（' || c == '(' || c == ADDRESS.charAt(0) || Labels.isChineseDigit(c);
  }

  /** How the speech addresses the congress, which opens its first paragraph. */
  private static final String ADDRESS = "各位代表";

  private boolean lostBreaks;
  private Slips restored;

  /** A footnote's number has at most this many digits. */
  private static final int FOOTNOTE_DIGITS = 3;

  /**
   * The end of a footnote marker at {@code i} ("[1]", "^[2]", "［3］", "〔4〕" after an ideograph or a closing mark,
   * or a ★ before a figure), or {@code i} when none stands there.
   */
  private int footnoteMarkerEnd(int i) {
    char c = in.charAt(i);
    if (c == '★') {
      return i + 1 < n && isDigit(fold(in.charAt(i + 1))) ? i + 1 : i;
    }
    int j = c == '^' ? i + 1 : i;
    if (j >= n || len == 0 || !(Chars.isCjk(out[len - 1]) || Chars.isTerminal(out[len - 1]) || out[len - 1] == '”')) {
      return i;
    }
    char open = in.charAt(j);
    char close = open == '[' ? ']' : open == '［' ? '］' : open == '〔' ? '〕' : 0;
    if (close == 0) {
      return i;
    }
    int k = j + 1;
    while (k < n && k - j <= FOOTNOTE_DIGITS && isDigit(fold(in.charAt(k)))) {
      k++;
    }
    return k > j + 1 && k < n && in.charAt(k) == close ? k + 1 : i;
  }

  private Slips footnotes;
  private Slips mangled;

  /** A kind of slip read through: how many, and the span of the first. */
  private static final class Slips {
    int count;
    int firstStart;
    int firstEnd;
  }

  private Slips escapedBreaks;
  private Slips lost;
  private Slips letters;

  private static Slips note(Slips slips, int at, int width) {
    Slips s = slips == null ? new Slips() : slips;
    if (s.count++ == 0) {
      s.firstStart = at;
      s.firstEnd = at + width;
    }
    return s;
  }

  /** Whether a figure goes on with {@code c} after a letter set in place of a digit: a digit, a point, a percent. */
  private static boolean isFigureGoingOn(char c) {
    return isDigit(c) || c == '.' || c == '%';
  }

  private void report(Slips s, DiagnosticCode code, String what) {
    if (s != null) {
      diagnostics.add(Diagnostic.of(code, "read " + s.count + " " + what + (s.count == 1 ? "" : "; the span is the first"),
          SourceSpan.of(s.firstStart, s.firstEnd)));
    }
  }

  private void reportDropped() {
    report(restored, DiagnosticCode.LINE_BREAKS_RESTORED, "line break(s) before headings, labels and the address of a"
        + " text whose line breaks were lost");
    report(escapedBreaks, DiagnosticCode.ESCAPED_LINE_BREAKS, "line break(s) written as the characters \\r\\n or \\n");
    report(lost, DiagnosticCode.LOST_CHARACTERS, "run(s) of ? or \uFFFD where characters were lost, and left them out");
    report(mangled, DiagnosticCode.MANGLED_SIGN, "sign(s) a conversion mangled after a figure (12_M_M_ for 12%) as"
        + " the sign");
    report(footnotes, DiagnosticCode.FOOTNOTE_MARKERS, "footnote marker(s) ([1], ^[2], 〔3〕, ★) and left them out");
    report(letters, DiagnosticCode.LETTER_IN_FIGURE, "letter(s) set in a figure in place of a digit (1O%, 4l.1%) as"
        + " the digit (0, 1)");
    if (controlCount > 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.CONTROL_CHARACTERS, "dropped " + controlCount
          + " control or unpaired surrogate character" + (controlCount == 1 ? "" : "s")
          + (controlRuns > 1 ? " in " + controlRuns + " places; the span is the first" : ""),
          SourceSpan.of(firstControlStart, firstControlEnd)));
    }
    if (unknownEntities > 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.MARKUP_SKIPPED, "left out " + unknownEntities
          + " HTML entit" + (unknownEntities == 1 ? "y" : "ies") + " that HTML does not define",
          SourceSpan.of(0, 0)));
    }
  }

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

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c >= '\u2000' && c <= '\u200A'
        || c == '\u202F' || c == '\u205F' || c == '\u000B' || c == '\u000C';
  }

  private static boolean isZeroWidth(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\uFEFF' || c == '\u2060';
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C
        || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
  }

  public static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
