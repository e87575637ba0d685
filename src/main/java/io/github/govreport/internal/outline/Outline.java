package io.github.govreport.internal.outline;

import io.github.govreport.internal.period.PassageFinder;
import io.github.govreport.internal.period.PeriodReader;
import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.Labels;
import io.github.govreport.internal.text.LineJoiner;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the line structure of a normalised report: recognises headings and list labels, finds the title,
 * region and years, tells the speech from the matter before and after it ({@link Part}) and builds the
 * section tree. Which period each paragraph speaks of is the {@link PeriodReader}'s question; where the main
 * targets passage is, the {@link PassageFinder}'s.
 */
public final class Outline {

  final SourceText text;
  public final List<Block> blocks = new ArrayList<>();
  public final List<Diagnostic> diagnostics = new ArrayList<>();
  public String title;
  public String region;
  public OptionalInt reviewYear = OptionalInt.empty();
  public OptionalInt planYear = OptionalInt.empty();
  public final List<Section> sections = new ArrayList<>();

  private final Map<Integer, Integer> markdownHeadings;
  private int titleYear = -1;

  private Outline(SourceText text, Map<Integer, Integer> markdownHeadings) {
    this.text = text;
    this.markdownHeadings = markdownHeadings;
  }

  public static Outline of(SourceText text, Map<Integer, Integer> markdownHeadings) {
    return of(text, markdownHeadings, new int[0]);
  }

  /** The outline of a text whose paragraphs ending at {@code mayGoOn} (sorted offsets) may go on after them. */
  public static Outline of(SourceText text, Map<Integer, Integer> markdownHeadings, int[] mayGoOn) {
    Outline o = new Outline(text, markdownHeadings);
    o.readBlocks();
    for (Block b : o.blocks) {
      b.mayGoOn = java.util.Arrays.binarySearch(mayGoOn, b.end) >= 0;
    }
    o.readHeadings();
    o.readTitleAndRegion();
    o.inferRegion();
    o.assignParts();
    o.readYears();
    o.fallbackYears();
    o.buildSections();
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
      int s = b.start;
      int e = b.end;
      Integer md = markdownHeadings.isEmpty() ? null : markdownHeadings.get(s);
      LabelKind kind = labelAt(s, e);
      int labelEnd = s + labelLength;
      if (md != null) {
        b.kind = LabelKind.MARKDOWN;
        b.markdownLevel = md;
        b.labelStart = s;
        b.labelEnd = kind == LabelKind.CHINESE_ENUM || kind == LabelKind.CHINESE_PAREN ? labelEnd : s;
        b.titleStart = b.labelEnd;
        b.titleEnd = e;
        b.bodyStart = e;
        continue;
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
        continue;
      }
      b.kind = kind;
      b.labelStart = s;
      b.labelEnd = labelEnd;
      int t = labelEnd;
      if (t < e && text.isBold(t) && kind != LabelKind.BOLD_LEAD) {
        // （一）**聚焦…**。 : the bold run is the title.
        int j = t;
        while (j < e && text.isBold(j)) {
          j++;
        }
        setTitle(b, t, j);
        continue;
      }
      if (kind == LabelKind.BOLD_LEAD) {
        int j = s;
        while (j < e && text.isBold(j)) {
          j++;
        }
        setTitle(b, s, j);
        continue;
      }
      int stop = e;
      for (int j = t; j < e; j++) {
        char c = text.charAt(j);
        if (c == '。' || c == '！' || c == '？' || c == '；' || c == '：'
            || kind == LabelKind.ORDINAL_SHI && c == '，') {
          stop = j;
          break;
        }
      }
      setTitle(b, t, stop);
    }
  }

  private void setTitle(Block b, int from, int to) {
    b.titleStart = from;
    b.titleEnd = to;
    int body = to;
    if (body < b.end && "。！？；：，".indexOf(text.charAt(body)) >= 0) {
      body++;
    }
    b.bodyStart = body;
  }

  private boolean isPlainHeading(int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if ("。！？；：，,:;!?、".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  // ---- title, region, years ----

  private void readTitleAndRegion() {
    for (int k = 0; k < blocks.size() && k < 20; k++) {
      Block b = blocks.get(k);
      if (b.end - b.start > 120) {
        continue;
      }
      String line = text.text(b.start, b.end).replace("\n", "");
      int at = line.indexOf("政府工作报告");
      if (region == null && line.contains("代表国务院")) {
        region = "全国"; // "现在，我代表国务院，向大会作政府工作报告": the State Council's report
      }
      boolean sentence = line.indexOf('，') >= 0 || line.endsWith("。");
      if (title == null && at >= 0 && line.length() <= 40 && !sentence) {
        title = text.originalText(b.start, b.end).trim();
        titleYear = leadingYear(line);
        region = regionBefore(line, at);
        if (b.kind == LabelKind.MARKDOWN || b.kind == LabelKind.PLAIN) {
          b.kind = null;
          b.bodyStart = b.end;
        }
        continue;
      }
      if (line.startsWith("——") || line.contains("会议上")) {
        if (titleYear < 0) {
          titleYear = leadingYear(line.replace("——", ""));
        }
        if (region == null) {
          region = regionFromByline(line);
        }
      }
      if (b.isHeading() && b.kind != LabelKind.PLAIN && b.kind != LabelKind.MARKDOWN) {
        break;
      }
    }
  }

  /** Words counted to infer a region: the short names of the regions, then the words a report uses of itself. */
  private static final WordTable<Integer> REGION_WORDS;
  private static final String[] REGION_NAMES;
  private static final int PROVINCE_SELF;
  private static final int CITY_SELF;

  static {
    java.util.Map<String, Integer> words = new java.util.LinkedHashMap<>();
    REGION_NAMES = Lexicon.PROVINCIAL_REGIONS.values().toArray(new String[0]);
    int k = 0;
    for (String shortName : Lexicon.PROVINCIAL_REGIONS.keySet()) {
      words.put(shortName, k++);
    }
    PROVINCE_SELF = k++;
    CITY_SELF = k;
    Lexicon.PROVINCE_SELF.forEach(w -> words.put(w, PROVINCE_SELF));
    Lexicon.CITY_SELF.forEach(w -> words.put(w, CITY_SELF));
    REGION_WORDS = WordTable.of(words);
  }

  /**
   * When the title and byline name no region (a summary, an excerpt): the provincial-level region the text
   * names most, at least three times and twice as often as any other, provided the text speaks of itself as a
   * province (or, for 北京, 天津, 上海 and 重庆, as a city). One pass over the text.
   */
  private void inferRegion() {
    if (region != null) {
      return;
    }
    int[] counts = new int[CITY_SELF + 1];
    int n = text.length();
    for (int i = 0; i < n; ) {
      WordTable.Match<Integer> m = REGION_WORDS.longestAt(text, i, n);
      if (m == null) {
        i++;
      } else {
        counts[m.value]++;
        i += m.length;
      }
    }
    boolean province = counts[PROVINCE_SELF] >= 2 && counts[PROVINCE_SELF] > counts[CITY_SELF];
    boolean city = counts[CITY_SELF] >= 2 && counts[CITY_SELF] > counts[PROVINCE_SELF];
    if (!province && !city) {
      return;
    }
    int best = -1;
    int second = 0;
    for (int k = 0; k < REGION_NAMES.length; k++) {
      if (REGION_NAMES[k].endsWith("市") != city) {
        continue;
      }
      if (best < 0 || counts[k] > counts[best]) {
        second = best < 0 ? 0 : Math.max(second, counts[best]);
        best = k;
      } else {
        second = Math.max(second, counts[k]);
      }
    }
    if (best >= 0 && counts[best] >= 3 && counts[best] >= 2 * second) {
      region = REGION_NAMES[best];
      diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_INFERRED, "no region in the title or byline; took "
          + region + ", which the text names " + counts[best] + " times", text.span(0, 0)));
    }
  }

  private static int leadingYear(String line) {
    if (line.length() >= 5 && line.startsWith("20") && Character.isDigit(line.charAt(2))
        && Character.isDigit(line.charAt(3)) && line.charAt(4) == '年') {
      return Integer.parseInt(line.substring(0, 4));
    }
    return -1;
  }

  private static final String REGION_ENDS = "省市区州县盟";

  private static String regionBefore(String line, int at) {
    int start = line.indexOf('年');
    start = start >= 0 && start < at ? start + 1 : 0;
    String r = line.substring(start, at);
    if (r.endsWith("人民")) {
      r = r.substring(0, r.length() - 2);
    }
    if (r.length() >= 2 && r.length() <= 12 && (REGION_ENDS.indexOf(r.charAt(r.length() - 1)) >= 0
        || r.endsWith("自治区") || r.endsWith("特别行政区"))) {
      return r;
    }
    if (r.equals("国务院")) {
      return "全国";
    }
    return null;
  }

  private static String regionFromByline(String line) {
    if (line.contains("全国人民代表大会")) {
      return "全国";
    }
    int at = line.indexOf("在");
    int end = at < 0 ? -1 : line.indexOf("第", at);
    if (at >= 0 && end > at + 2 && end - at <= 14) {
      String r = line.substring(at + 1, end);
      if (REGION_ENDS.indexOf(r.charAt(r.length() - 1)) >= 0 || r.endsWith("自治区")) {
        return r;
      }
    }
    return null;
  }

  /**
   * The years from the part headings: a heading with a year that names a review ("一、2025年工作回顾") gives the
   * review year, one that names the year's plan ("三、2026年工作安排") the plan year, the other from it; else the
   * title's or byline's year is the plan year.
   */
  private void readYears() {
    int review = -1;
    int plan = -1;
    for (Block b : blocks) {
      if (!b.isPartHeading() || b.part != Part.BODY) {
        continue;
      }
      String t = text.text(b.titleStart, b.titleEnd);
      int y = maxYear(t);
      if (y < 0) {
        continue;
      }
      java.util.EnumSet<Period> says = Lexicon.PERIODS.namedInHeading(t);
      if (review < 0 && says.contains(Period.REVIEW_YEAR)) {
        review = y;
      } else if (plan < 0 && says.contains(Period.PLAN_YEAR) && !says.contains(Period.SEVERAL_YEARS)
          && !says.contains(Period.FUTURE_PLAN)) {
        plan = y;
      }
    }
    if (plan < 0 && review >= 0) {
      plan = review + 1;
    }
    if (plan < 0 && titleYear > 0) {
      plan = titleYear;
    }
    if (review < 0 && plan > 0) {
      review = plan - 1;
    }
    if (plan > 0) {
      planYear = OptionalInt.of(plan);
      reviewYear = OptionalInt.of(review);
    }
  }

  /**
   * Without years in the title or headings, takes the year written just before the targets phrase ("2025年经济
   * 社会发展主要预期目标是"), or else the year the first paragraphs of the speech open with ("2024年，全省…").
   */
  private void fallbackYears() {
    if (planYear.isPresent()) {
      return;
    }
    int plan = -1;
    for (Block b : blocks) {
      if (b.part != Part.BODY) {
        continue;
      }
      int at = text.indexOf("预期目标", b.start, b.end);
      if (at >= 0) {
        plan = firstYear(Math.max(b.start, at - 24), at);
        if (plan > 0) {
          break;
        }
      }
    }
    if (plan < 0) {
      int seen = 0;
      for (Block b : blocks) {
        if (b.part == Part.BODY && !b.headingOnly() && seen++ < 3) {
          int y = firstYear(b.bodyStart, Math.min(b.end, b.bodyStart + 12));
          if (y > 0) {
            plan = y + 1;
            break;
          }
        }
      }
    }
    if (plan > 0) {
      planYear = OptionalInt.of(plan);
      reviewYear = OptionalInt.of(plan - 1);
    } else {
      diagnostics.add(Diagnostic.of(DiagnosticCode.YEAR_NOT_FOUND,
          "no year reviewed or planned was found in the title, the headings or the text", text.span(0, 0)));
    }
  }

  /** The first year written as "20XX年" in {@code [from, to)}, or -1. */
  private int firstYear(int from, int to) {
    for (int i = from; i + 5 <= to; i++) {
      if (text.charAt(i) == '2' && text.charAt(i + 1) == '0' && Normalizer.isDigit(text.charAt(i + 2))
          && Normalizer.isDigit(text.charAt(i + 3)) && text.charAt(i + 4) == '年'
          && (i == 0 || !Normalizer.isDigit(text.charAt(i - 1)))) {
        return 2000 + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0');
      }
    }
    return -1;
  }

  private static int maxYear(String s) {
    int best = -1;
    for (int i = 0; i + 4 <= s.length(); i++) {
      if (s.charAt(i) == '2' && s.charAt(i + 1) == '0' && Character.isDigit(s.charAt(i + 2))
          && Character.isDigit(s.charAt(i + 3)) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))
          && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
        best = Math.max(best, Integer.parseInt(s.substring(i, i + 4)));
      }
    }
    return best;
  }

  static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
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
      if (text.startsWith("各位代表", b.start) && b.start + 4 < b.end && "：:！!，,".indexOf(text.charAt(b.start + 4)) >= 0
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
        boolean back = containsAny(text.text(b.titleStart, b.titleEnd), Lexicon.BACK_MATTER_HEADINGS);
        if (back) {
          part = Part.BACK_MATTER;
        } else if (b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.MARKDOWN) {
          part = Part.BODY; // a part of the speech after the notes, or the next report of a collection
        }
      }
      b.part = part;
    }
  }

  // ---- sections ----

  private void buildSections() {
    List<Block> heads = new ArrayList<>();
    List<Object> stack = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kind == null || b.part == Part.PREAMBLE && !b.isPartHeading()) {
        continue;
      }
      Object key = b.kind == LabelKind.MARKDOWN ? "md" + b.markdownLevel : b.kind;
      if (!b.kind.isListItem()) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1) instanceof LabelKind
            && ((LabelKind) stack.get(stack.size() - 1)).isListItem() && !stack.get(stack.size() - 1).equals(key)) {
          stack.remove(stack.size() - 1);
        }
      }
      int at = stack.indexOf(key);
      if (at >= 0) {
        while (stack.size() > at) {
          stack.remove(stack.size() - 1);
        }
      } else if (b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.MARKDOWN || b.kind == LabelKind.PLAIN) {
        // A part heading closes any list labels opened below the enclosing heading.
        int keep = 0;
        for (int i = 0; i < stack.size(); i++) {
          Object k = stack.get(i);
          if (k instanceof String && (b.kind != LabelKind.MARKDOWN || ((String) k).compareTo((String) key) < 0)) {
            keep = i + 1;
          }
        }
        while (stack.size() > keep) {
          stack.remove(stack.size() - 1);
        }
      }
      stack.add(key);
      b.level = stack.size();
      heads.add(b);
    }
    int[] pos = {0};
    sections.addAll(build(heads, pos, 1, text.length()));
  }

  private List<Section> build(List<Block> heads, int[] pos, int level, int limit) {
    int[] next = nextAtOrAbove(heads);
    return build(heads, next, pos, level, limit);
  }

  /** For each heading, the index of the next heading at its level or above, in one pass with a stack. */
  private static int[] nextAtOrAbove(List<Block> heads) {
    int[] next = new int[heads.size()];
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int k = 0; k < heads.size(); k++) {
      while (!open.isEmpty() && heads.get(open.peek()).level >= heads.get(k).level) {
        next[open.pop()] = k;
      }
      open.push(k);
    }
    while (!open.isEmpty()) {
      next[open.pop()] = heads.size();
    }
    return next;
  }

  private List<Section> build(List<Block> heads, int[] next, int[] pos, int level, int limit) {
    List<Section> out = new ArrayList<>();
    while (pos[0] < heads.size()) {
      Block h = heads.get(pos[0]);
      if (h.level < level || h.start >= limit) {
        break;
      }
      int self = pos[0];
      pos[0]++;
      int end = next[self] < heads.size() ? Math.min(limit, heads.get(next[self]).start) : limit;
      int contentEnd = trimEnd(h.start, end);
      List<Section> children = build(heads, next, pos, h.level + 1, end);
      int headingEnd = Math.max(h.titleEnd, h.labelEnd);
      out.add(Section.of(label(h),
          text.text(h.titleStart, h.titleEnd).replace("\n", ""), level,
          text.span(h.start, Math.max(contentEnd, headingEnd)), text.span(h.start, headingEnd), children));
    }
    return out;
  }

  private static final String DASH = "——";

  /** A heading's label as written; the common ones are shared rather than copied for every section. */
  private String label(Block h) {
    int n = h.labelEnd - h.labelStart;
    if (n == 0) {
      return "";
    }
    if (n == 2 && text.startsWith(DASH, h.labelStart)) {
      return DASH;
    }
    return text.text(h.labelStart, h.labelEnd);
  }

  private int trimEnd(int start, int end) {
    int e = end;
    while (e > start && (text.charAt(e - 1) == '\n')) {
      e--;
    }
    return e;
  }
}
