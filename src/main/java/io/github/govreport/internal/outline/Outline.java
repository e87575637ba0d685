package io.github.govreport.internal.outline;

import static io.github.govreport.internal.lexicon.Punctuation.ADDRESS_ENDS;
import static io.github.govreport.internal.lexicon.Punctuation.ANY_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_TITLE;
import static io.github.govreport.internal.lexicon.Punctuation.COLON;
import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.EXCLAMATION;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_STOP;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_TITLE;
import static io.github.govreport.internal.lexicon.Punctuation.QUESTION;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;
import static io.github.govreport.internal.lexicon.Punctuation.TITLE_ENDS;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.OriginWords;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.PeriodWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.LineJoiner;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.internal.text.Years;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the line structure of a normalised report: recognises headings and list labels, finds the title, tells
 * the speech from the matter before and after it ({@link Part}) and builds the section tree. Who gave the report
 * and when is the origin stage's question; which period each paragraph speaks of, the period stage's.
 */
public final class Outline {

  final SourceText text;
  public final List<Block> blocks = new ArrayList<>();
  public final List<Diagnostic> diagnostics = new ArrayList<>();
  /** The title as written on its line, trimmed, or null. */
  public String title;
  public final List<Section> sections = new ArrayList<>();

  private final Map<Integer, Integer> markdownHeadings;

  /** The period and origin words headings and titles are read with. */
  private final Vocabulary words;

  private Outline(SourceText text, Map<Integer, Integer> markdownHeadings, Vocabulary words) {
    this.text = text;
    this.markdownHeadings = markdownHeadings;
    this.words = words;
  }

  /** The outline of a text, read with the bundled words. */
  public static Outline of(SourceText text, Map<Integer, Integer> markdownHeadings) {
    return of(text, markdownHeadings, new int[0], Vocabulary.builtIn());
  }

  /**
   * The outline of a text whose paragraphs ending at {@code mayGoOn} (sorted offsets) may go on after them, its
   * headings and title read with {@code words}.
   */
  public static Outline of(SourceText text, Map<Integer, Integer> markdownHeadings, int[] mayGoOn, Vocabulary words) {
    Outline o = new Outline(text, markdownHeadings, words);
    o.readBlocks();
    for (Block b : o.blocks) {
      b.mayGoOn = java.util.Arrays.binarySearch(mayGoOn, b.end) >= 0;
    }
    o.readHeadings();
    o.readTitle();
    o.assignParts();
    o.markTrailingChrome();
    SecondCopy.mark(o.text, o.blocks, o.diagnostics);
    o.sections.addAll(Sections.of(o.text, o.blocks));
    return o;
  }

  // ---- lines and paragraphs ----

  /** Each non-empty line is a paragraph: lines broken mid-sentence were joined by the {@link LineJoiner}. */
  private void readBlocks() {
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart, n);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (lineStart < lineEnd) {
        blocks.add(new Block(lineStart, lineEnd));
      }
      lineStart = lineEnd + 1;
    }
  }

  // ---- headings ----

  /** The label kind at {@code s}, or null; sets {@link #labelLength} to the label's length. */
  private LabelKind labelAt(int s, int e) {
    LabelKind k = Labels.labelAt(text, s, e, labelOut);
    labelLength = labelOut[0];
    return k;
  }

  private final int[] labelOut = new int[1];
  private int labelLength;

  private void readHeadings() {
    for (Block b : blocks) {
      readHeading(b);
    }
  }

  /** Reads a line as a heading when it is one: Markdown, a label (一、, （一）, 第一), a bold lead or a plain title. */
  private void readHeading(Block b) {
    int s = b.start;
    int e = b.end;
    Integer md = markdownHeadings.isEmpty() ? null : markdownHeadings.get(s);
    LabelKind kind = labelAt(s, e);
    int labelEnd = s + labelLength;
    if (md != null) {
      markdownHeading(b, md, kind, labelEnd);
      return;
    }
    if (kind == null && text.isBold(s)) {
      kind = LabelKind.BOLD_LEAD;
      labelEnd = s;
    }
    if (kind == null) {
      if (e - s <= 24 && isPlainHeading(s, e)) {
        b.kind = LabelKind.PLAIN;
        b.labelStart = s;
        b.labelEnd = s;
        b.titleStart = s;
        b.titleEnd = e;
        b.bodyStart = e;
      }
      return;
    }
    b.kind = kind;
    b.labelStart = s;
    b.labelEnd = labelEnd;
    titleAfterLabel(b, kind, labelEnd);
  }

  /** A Markdown heading (## 一、…): its title, unglued from a paragraph run on after it. */
  private void markdownHeading(Block b, int md, LabelKind kind, int labelEnd) {
    int s = b.start;
    int e = b.end;
    b.kind = LabelKind.MARKDOWN;
    b.markdownLevel = md;
    b.labelStart = s;
    b.labelEnd = kind == LabelKind.CHINESE_ENUM || kind == LabelKind.CHINESE_PAREN ? labelEnd : s;
    b.titleStart = b.labelEnd;
    b.titleEnd = e;
    b.bodyStart = e;
    int cut = e - b.titleStart > GLUED ? ungluedEnd(b.titleStart, Math.min(e, b.titleStart + GLUED_WINDOW)) : -1;
    if (cut > b.titleStart) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.HEADING_UNGLUED, "read the heading '"
          + text.text(b.titleStart, cut) + "' apart from the paragraph glued to it", text.span(b.start, cut)));
      b.titleEnd = cut;
      b.bodyStart = cut;
    }
  }

  /** The title after a heading's label: a bold run, or up to the end of its first sentence, unglued. */
  private void titleAfterLabel(Block b, LabelKind kind, int labelEnd) {
    int s = b.start;
    int e = b.end;
    int t = labelEnd;
    if (t < e && text.isBold(t) && kind != LabelKind.BOLD_LEAD) {
      // （一）**聚焦…**。 : the bold run is the title.
      int j = t;
      while (j < e && text.isBold(j)) {
        j++;
      }
      setTitle(b, t, j);
      return;
    }
    if (kind == LabelKind.BOLD_LEAD) {
      int j = s;
      while (j < e && text.isBold(j)) {
        j++;
      }
      setTitle(b, s, j);
      return;
    }
    int stop = e;
    for (int j = t; j < e; j++) {
      char c = text.charAt(j);
      if (c == FULL_STOP || c == EXCLAMATION || c == QUESTION || c == SEMICOLON || c == COLON
          || kind == LabelKind.ORDINAL_SHI && c == COMMA) {
        stop = j;
        break;
      }
    }
    if (kind == LabelKind.CHINESE_ENUM && stop - t > GLUED) {
      int cut = ungluedEnd(t, Math.min(stop, t + GLUED_WINDOW));
      if (cut > t && text.indexOf(COMMA, cut, stop) >= 0) { // a sentence goes on after the heading
        diagnostics.add(Diagnostic.of(DiagnosticCode.HEADING_UNGLUED, "read the heading '" + text.text(t, cut)
            + "' apart from the paragraph glued to it", text.span(b.start, cut)));
        stop = cut;
      }
    }
    setTitle(b, t, stop);
  }

  /** A part heading's first sentence longer than this may be a heading with its paragraph glued to it. */
  private static final int GLUED = 24;
  /** The heading of a glued part heading ends within this many chars. */
  private static final int GLUED_WINDOW = 36;
  /** The first chars of a heading are its own even when they read like an opening ("过去五年工作的回顾"). */
  private static final int HEADING_OWN = 4;

  /**
   * Where a part heading ends when its paragraph was glued to it ("一、2013年工作回顾2013年，…", "二、2014年政府工作主要
   * 任务今年是…", "二、“十四五”时期的奋斗目标和重点任务根据…"): before the first opening of a sentence (a year followed
   * by ， 是 or 以来, or an opening word: 今年, 刚刚过去的), else after the last word that ends a heading (回顾, 重点任务)
   * when an ideograph follows it; -1 when neither is there.
   */
  private int ungluedEnd(int t, int limit) {
    PeriodWords periods = words.periods;
    int lastHeadingEnd = -1;
    int quoted = 0;
    for (int p = t; p < limit; p++) {
      char c = text.charAt(p);
      quoted += c == OPEN_TITLE || c == '“' ? 1 : c == CLOSE_TITLE || c == '”' ? -1 : 0;
      if (quoted > 0) {
        continue; // a heading's own title in brackets or quotes is never cut
      }
      if (p >= t + HEADING_OWN && (opensSentence(p, limit) || periods.openings.longestAt(text, p, limit) != null)) {
        return p;
      }
      WordTable.Match<Period> h = periods.headings.longestAt(text, p, limit);
      if (h != null && p + h.length < limit && (Chars.isCjk(text.charAt(p + h.length))
          || Normalizer.isDigit(text.charAt(p + h.length)))) {
        lastHeadingEnd = p + h.length;
      }
    }
    return lastHeadingEnd;
  }

  /** Whether a year that opens a sentence stands at {@code p}: "2013年，", "2012年是", "2007年以来". */
  private boolean opensSentence(int p, int limit) {
    if (Years.yearAt(text, p, limit) < 0 || p + 5 >= limit) {
      return false;
    }
    char next = text.charAt(p + 5);
    return next == COMMA || next == Grammar.IS
        || words.origin.of(OriginWords.Role.CITED).longestAt(text, p + 5, limit) != null;
  }

  private void setTitle(Block b, int from, int to) {
    b.titleStart = from;
    b.titleEnd = to;
    int body = to;
    if (body < b.end && TITLE_ENDS.has(text.charAt(body))) {
      body++;
    }
    b.bodyStart = body;
  }

  /** The lead before a colon of a plain heading of back matter ("附：", "附件：") is this short at most. */
  private static final int APPENDIX_LEAD = 3;

  /**
   * Whether a short line is a plain title: no punctuation, save a colon after a short lead when the title after
   * it is a heading of matter after the speech ("附：名词解释").
   */
  private boolean isPlainHeading(int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (ANY_MARK.has(c)) {
        // "附：名词解释": a colon may lead to the title of the matter after the speech, and to nothing else
        return (c == COLON || c == ':') && i - s <= APPENDIX_LEAD && isPlainHeading(i + 1, e)
            && Chars.containsAny(text.text(i + 1, e), words.lists.backMatterHeadings);
      }
    }
    return true;
  }

  // ---- title ----

  /**
   * The title: the first short line among the first paragraphs that names the report (政府工作报告) and is no
   * sentence. It is no heading, even when it is written as one.
   */
  private void readTitle() {
    for (int k = 0; k < blocks.size() && k < 20; k++) {
      Block b = blocks.get(k);
      if (b.end - b.start > 120) {
        continue;
      }
      String line = text.text(b.start, b.end).replace("\n", "");
      boolean sentence = line.indexOf(COMMA) >= 0 || Chars.endsWith(line, FULL_STOP);
      if (line.length() <= 40 && !sentence
          && words.origin.indexOf(OriginWords.Role.TITLE, line, 0, line.length()) >= 0) {
        title = text.originalText(b.start, b.end).trim();
        if (b.kind == LabelKind.MARKDOWN || b.kind == LabelKind.PLAIN) {
          b.kind = null;
          b.bodyStart = b.end;
        }
        return;
      }
      if (b.isHeading() && b.kind != LabelKind.PLAIN && b.kind != LabelKind.MARKDOWN) {
        return;
      }
    }
  }

  // ---- parts ----

  /**
   * The speech starts after the address ("各位代表：") when there is one near the top, else at the first part
   * heading, else at the top; a heading of a glossary or notes ("名词解释") ends it, until a part heading.
   */
  private void assignParts() {
    int speech = -1;
    for (int k = 0; k < blocks.size() && speech < 0; k++) {
      Block b = blocks.get(k);
      int after = b.start + Grammar.ADDRESS.length();
      if (text.startsWith(Grammar.ADDRESS, b.start) && after < b.end && ADDRESS_ENDS.has(text.charAt(after))
          || b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.MARKDOWN) {
        speech = k; // the address opens the speech (the period stage passes over it), or else the first part
      }
    }
    if (speech < 0) {
      speech = 0;
    }
    Part part = Part.PREAMBLE;
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (k == speech) {
        part = Part.BODY;
      }
      if (part != Part.PREAMBLE && b.isPartHeading()) {
        boolean back = Chars.containsAny(text.text(b.titleStart, b.titleEnd), words.lists.backMatterHeadings);
        if (back) {
          part = Part.BACK_MATTER;
        } else if (b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.MARKDOWN) {
          part = Part.BODY; // a part of the speech after the notes, or the next report of a collection
        }
      }
      b.part = part;
    }
  }

  // ---- the page after the report ----

  /** A line of page furniture is this short at most; a run of this many such lines ends the page. */
  private static final int CHROME_LINE = 30;
  private static final int CHROME_RUN = 3;

  /**
   * The page after the speech (related reports, a reading list, a tag cloud, a footer): the run of short lines
   * without a full stop at the end of the text, when there are at least {@link #CHROME_RUN} of them, is back
   * matter, read for nothing and no section.
   */
  private void markTrailingChrome() {
    int k = blocks.size();
    while (k > 0 && isChromeLine(blocks.get(k - 1))) {
      k--;
    }
    if (blocks.size() - k < CHROME_RUN || k == 0) {
      return;
    }
    for (int m = k; m < blocks.size(); m++) {
      blocks.get(m).part = Part.BACK_MATTER;
      blocks.get(m).chrome = true;
    }
    diagnostics.add(Diagnostic.of(DiagnosticCode.NOISE_SKIPPED, "skipped " + (blocks.size() - k) + " lines of the"
        + " page after the report (related articles, reading lists, footers)",
        text.span(blocks.get(k).start, blocks.get(blocks.size() - 1).end)));
  }

  private boolean isChromeLine(Block b) {
    if (b.end - b.start > CHROME_LINE || b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.CHINESE_PAREN) {
      return false;
    }
    for (int i = b.start; i < b.end; i++) {
      char c = text.charAt(i);
      if (c == FULL_STOP || c == EXCLAMATION || c == SEMICOLON || c == COMMA) {
        return false;
      }
    }
    return true;
  }
}
