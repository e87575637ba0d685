package io.github.govreport.internal.text;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_PAREN;
import static io.github.govreport.internal.lexicon.Punctuation.COLON;
import static io.github.govreport.internal.lexicon.Punctuation.COMMAS;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_WIDTH_EQUALS;
import static io.github.govreport.internal.lexicon.Punctuation.GOING_ON_STARTS;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_ENDS;
import static io.github.govreport.internal.lexicon.Punctuation.WRAP_ENDS;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.LineWords;
import io.github.govreport.internal.lexicon.Numerals;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the normalised text's lines into paragraphs: drops lines of page furniture, captions and footers
 * (with a diagnostic each) and joins lines broken mid-sentence or mid-word (hard-wrapped text, a heading split
 * over two lines), so that every later step sees a sentence, a number or a name in one piece. Blank lines and
 * the line breaks between paragraphs stay; offsets still map back to the original.
 */
public final class LineJoiner {

  private final SourceText text;
  private final Map<Integer, Integer> markdown;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<CollectorField> collector = new ArrayList<>();
  private final int wrapWidth;
  /** How many lines the text has, counted with the wrap width. */
  private int lineCount;
  private final int[] labelLength = new int[1];
  /** How much shorter than the wrap width a wrapped line may be once its indent is dropped. */
  private static final int WRAP_SLACK = 3;
  /** A line, or a paragraph so far, at least this long that ends in no mark was cut off mid-sentence. */
  private static final int CUT_LINE = 40;

  private final LineWords words;

  private LineJoiner(SourceText text, Map<Integer, Integer> markdown, LineWords words) {
    this.text = text;
    this.markdown = markdown;
    this.words = words;
    this.wrapWidth = wrapWidth();
  }

  /** The joined text, with the bundled line words. */
  public static NormalizedText join(NormalizedText in) {
    return join(in, Vocabulary.builtIn());
  }

  /**
   * The joined text, the markdown heading levels at their new offsets, and the lines dropped: page furniture and
   * captions told by the line words of {@code vocabulary}.
   */
  public static NormalizedText join(NormalizedText in, Vocabulary vocabulary) {
    LineJoiner j = new LineJoiner(in.text, in.markdownHeadings, vocabulary.lines);
    return j.run(in.diagnostics);
  }

  private NormalizedText run(List<Diagnostic> before) {
    // First decide, reading only: which ranges of the text stay, in order.
    Plan plan = new Plan();
    int n = text.length();
    int[] mdKeys = markdown.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int mdNext = 0;
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart, n);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (lineStart < lineEnd) {
        while (mdNext < mdKeys.length && mdKeys[mdNext] < lineStart) {
          mdNext++;
        }
        if (!leftOut(lineStart, lineEnd)) {
          plan.line(lineStart, lineEnd, mdNext < mdKeys.length && mdKeys[mdNext] == lineStart);
        }
      }
      lineStart = lineEnd + 1;
    }
    List<Diagnostic> all = new ArrayList<>(before);
    all.addAll(diagnostics);
    // Then move the kept ranges together, in the same arrays.
    int[] mayGoOn = new int[plan.ambiguousCount];
    for (int k = 0; k < plan.ambiguousCount; k++) {
      mayGoOn[k] = plan.ambiguous[2 * k];
    }
    return new NormalizedText(text.compact(plan.keep, plan.kept), all, plan.headings, mayGoOn, collector);
  }

  /** Whether a line is a collector's header or page furniture: left out, with its diagnostic. */
  private boolean leftOut(int s, int e) {
    if (isCollectorLine(s, e)) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.COLLECTOR_HEADER_SKIPPED,
          "skipped a line of a collector's header '" + clip(text.text(s, e)) + "'", text.span(s, e)));
      return true;
    }
    if (isNoise(s, e)) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.NOISE_SKIPPED,
          "skipped page furniture or caption '" + clip(text.text(s, e)) + "'", text.span(s, e)));
      return true;
    }
    return false;
  }

  /** Which ranges of the text stay, in order: the lines kept, and a line break where a paragraph ends. */
  private final class Plan {
    int[] keep = new int[4 * lineCount + 4]; // a range for each line and one for each break: no growing
    int kept;
    /** The offsets (in the joined text) where a paragraph ends at a full line: it may go on. */
    int[] ambiguous = new int[8];
    int ambiguousCount;
    /** The length of the joined text so far. */
    int length;
    final Map<Integer, Integer> headings = new TreeMap<>();
    /** The open paragraph: where it starts, where its last line starts and ends, whether it is a Markdown heading. */
    int openStart = -1;
    int openLineStart = -1;
    int openEnd = -1;
    boolean openMarkdown;

    /** Keeps the line {@code [s, e)}, joined to the open paragraph or after a line break that ends it. */
    void line(int s, int e, boolean md) {
      boolean join = openStart >= 0 && !md && !openMarkdown && joins(openStart, openLineStart, openEnd, s, e);
      if (!join && openStart >= 0) {
        if (wrapWidth > 0 && openEnd - openLineStart >= wrapWidth - WRAP_SLACK
            && Chars.isTerminal(text.charAt(openEnd - 1))) {
          ambiguous = add(ambiguous, ambiguousCount++, length, length); // the paragraph ends at `length`
        }
        keep = add(keep, kept++, openEnd, openEnd + 1); // the line break that ends the paragraph
        length++;
      }
      if (!join) {
        if (md) {
          headings.put(length, markdown.get(s));
        }
        openStart = s;
        openMarkdown = md;
      }
      keep = add(keep, kept++, s, e);
      length += e - s;
      openLineStart = s;
      openEnd = e;
    }
  }

  private static int[] add(int[] ranges, int k, int start, int end) {
    int[] r = 2 * k + 2 > ranges.length ? java.util.Arrays.copyOf(ranges, ranges.length * 2) : ranges;
    r[2 * k] = start;
    r[2 * k + 1] = end;
    return r;
  }

  private static String clip(String s) {
    return Chars.clip(s, 30);
  }

  /**
   * The width text was wrapped at, when it was (a PDF turned into text breaks every line at about the same
   * length, mid-sentence); 0 when lines are paragraphs.
   */
  private int wrapWidth() {
    int[] counts = new int[201];
    int lines = 0;
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart, n);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int len = lineEnd - lineStart;
      lineCount++;
      if (len >= 15) {
        lines++;
        if (len <= 200 && !Chars.isTerminal(text.charAt(lineEnd - 1))) {
          counts[len]++;
        }
      }
      lineStart = lineEnd + 1;
    }
    int best = 0;
    for (int w = 15; w <= 200; w++) {
      if (counts[w] + counts[w - 1] > counts[best] + (best > 0 ? counts[best - 1] : 0)) {
        best = w;
      }
    }
    int wrapped = best > 0 ? counts[best] + counts[best - 1] : 0;
    return lines >= 10 && wrapped * 4 >= lines ? best - 1 : 0;
  }

  /** A separator line is this long at least, of = or - only ("=====…"). */
  private static final int MIN_SEPARATOR = 5;

  /**
   * Whether {@code [s, e)} is a line of a collector's header: a field ("标题：…", "年份：2014") at the line's start,
   * kept as a {@link CollectorField}, or a separator of = or - only.
   */
  private boolean isCollectorLine(int s, int e) {
    WordTable.Match<Boolean> key = words.collectorFields.longestAt(text, s, e);
    if (key != null && s + key.length < e && (text.charAt(s + key.length) == COLON
        || text.charAt(s + key.length) == ':')) {
      String value = text.text(s + key.length + 1, e).strip();
      collector.add(new CollectorField(text.text(s, s + key.length), value, text.span(s, e)));
      return true;
    }
    if (e - s < MIN_SEPARATOR) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c != '=' && c != '-' && c != FULL_WIDTH_EQUALS) {
        return false;
      }
    }
    return true;
  }

  private boolean isNoise(int s, int e) {
    if (e - s <= 40) {
      WordTable.Match<Boolean> whole = words.noiseLines.longestAt(text, s, e);
      if (whole != null && whole.length == e - s) {
        return true;
      }
    }
    if (words.noisePrefixes.longestAt(text, s, e) != null) {
      return true;
    }
    if (e - s <= 120) {
      char last = text.charAt(e - 1);
      int end = last == CLOSE_PAREN || last == ')' ? e - 1 : e;
      if (end > s && text.charAt(end - 1) == Grammar.PHOTO_CREDIT) {
        for (int markAt = 0; markAt < words.captionMarks.size(); markAt++) { // indexed: no iterator on a hot path
          String mark = words.captionMarks.get(markAt);
          if (text.indexOf(mark, s, e) >= 0) {
            return true;
          }
        }
      }
      for (int openerAt = 0; openerAt < words.captionOpeners.size(); openerAt++) { // indexed: no iterator
        String opener = words.captionOpeners.get(openerAt);
        if (text.startsWith(opener, s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the line {@code [s, e)} continues the paragraph that starts at {@code ps} and whose last line is
   * {@code [ls, pe)}.
   */
  private boolean joins(int ps, int ls, int pe, int s, int e) {
    char last = text.charAt(pe - 1);
    char first = text.charAt(s);
    int lastLine = pe - ls;
    boolean fullWidth = wrapWidth > 0 && lastLine >= wrapWidth - WRAP_SLACK;
    if (fullWidth && WRAP_ENDS.has(last) && Labels.labelAt(text, s, e, labelLength) == null) {
      return true; // a wrapped line that happens to end on a clause's mark or a closing quote: no full stop
    }
    if (Chars.isTerminal(last)) {
      return false;
    }
    if (OPEN_ENDS.has(last)) {
      return true;
    }
    if (GOING_ON_STARTS.has(first)) {
      return true;
    }
    for (int openerAt = 0; openerAt < words.continuingOpeners.size(); openerAt++) { // indexed: no iterator
      String opener = words.continuingOpeners.get(openerAt);
      if (text.startsWith(opener, s)) {
        return true;
      }
    }
    if (Labels.labelAt(text, s, e, labelLength) != null || text.isBold(s)) {
      return false;
    }
    if (cutFigure(ls, pe, s, e)) {
      return true;
    }
    if (fullWidth) {
      return true; // a hard-wrapped line (less the indent spaces dropped from it): the paragraph goes on
    }
    // A long line cut off mid-sentence, or a short piece of a sentence set on a line of its own after a comma or, in a
    // text not wrapped at a width, after a line cut off itself ("…开展职业技能培训34万人次，" / "创建省" / "级劳务品牌30个，
    // …"; "…退减" / "缓税费超" / "1430亿元、…"): the next line carries on without a label, with a word or a figure.
    boolean unwrapped = wrapWidth == 0; // in a wrapped text every short last line after a full one looks cut
    boolean midSentence = lastLine >= CUT_LINE || ls - 2 >= ps && pe - ps >= CUT_LINE
        && (COMMAS.has(text.charAt(ls - 2)) || unwrapped && Chars.isCjk(text.charAt(ls - 2)));
    boolean headed = Labels.labelAt(text, ps, pe, labelLength) != null;
    return midSentence && (!headed || unwrapped && sentenceEndsIn(ps, pe))
        && Chars.isCjk(last) && (Chars.isCjk(first) || unwrapped && Normalizer.isDigit(first));
  }

  /** How far into a paragraph opened by a label a sentence's end is looked for: a heading's own is near its start. */
  private static final int HEADING_MAX = 120;

  /**
   * Whether a sentence ends in the first {@link #HEADING_MAX} chars of {@code [ps, pe)}: a paragraph opened by a label
   * that does is the heading's text going on ("（一）抓投资扩内需，经济运行实现稳中向好。坚持…"), not a heading alone.
   */
  private boolean sentenceEndsIn(int ps, int pe) {
    for (int i = ps, to = Math.min(pe, ps + HEADING_MAX); i < to; i++) {
      if (Chars.isTerminal(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure was cut over lines: a paragraph that ends in its number and a line that goes on with its
   * multiplier ("…达到74.4" / "万亿元，增长5%"), or a sub- or superscript set on a line of its own ("广义货币M" / "2" /
   * "余额…", "细颗粒物（PM" / "2.5" / "）平均浓度…", "绿地120万m" / "2" / "，…").
   */
  private boolean cutFigure(int ls, int pe, int s, int e) {
    char last = text.charAt(pe - 1);
    char first = text.charAt(s);
    if (Normalizer.isAsciiLetter(last)) {
      return subscript(s, e); // M / 2, PM / 2.5, m / 2
    }
    boolean subscript = subscript(ls, pe) && ls >= 2 && Normalizer.isAsciiLetter(text.charAt(ls - 2)); // M / 2 / 余额
    return (Normalizer.isDigit(last) || last == '.') && (Numerals.isUnit(first)
        || subscript && (Chars.isCjk(first) || COMMAS.has(first) || first == CLOSE_PAREN || first == ')'));
  }

  /** The longest sub- or superscript set on a line of its own: 2 of M2, 2.5 of PM2.5. */
  private static final int SUBSCRIPT_MAX = 3;

  /**
   * Whether {@code [s, e)} is a sub- or superscript alone: one or two digits ("2"), or a decimal of three chars
   * ("2.5"); not three digits, which a page number may be.
   */
  private boolean subscript(int s, int e) {
    if (e - s > SUBSCRIPT_MAX || !Normalizer.isDigit(text.charAt(s)) || !Normalizer.isDigit(text.charAt(e - 1))) {
      return false;
    }
    return e - s < SUBSCRIPT_MAX || text.charAt(s + 1) == '.';
  }

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
}
