package io.github.govreport.internal.parse;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the line structure of a normalised report: drops page furniture (with a diagnostic), joins lines
 * broken mid-sentence, recognises headings and list labels, finds the title, region and years, assigns
 * each paragraph its {@link Part}, finds the main targets passage and builds the section tree.
 */
final class Outline {

  final SourceText text;
  final List<Block> blocks = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  String title;
  String region;
  OptionalInt reviewYear = OptionalInt.empty();
  OptionalInt planYear = OptionalInt.empty();
  /** The main targets passage: normalised range, or -1 when there is none. */
  int passageStart = -1;
  int passageEnd = -1;
  final List<Section> sections = new ArrayList<>();

  private final Map<Integer, Integer> markdownHeadings;
  private int titleYear = -1;

  private Outline(SourceText text, Map<Integer, Integer> markdownHeadings) {
    this.text = text;
    this.markdownHeadings = markdownHeadings;
  }

  static Outline of(SourceText text, Map<Integer, Integer> markdownHeadings) {
    Outline o = new Outline(text, markdownHeadings);
    o.readBlocks();
    o.readHeadings();
    o.readTitleAndRegion();
    o.inferRegion();
    o.readYears();
    o.assignParts();
    o.findPassage();
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

  static boolean isTerminal(char c) {
    return "。！？；!?;：:”’）)】…".indexOf(c) >= 0;
  }

  static boolean isCjk(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
  }

  // ---- headings ----

  private static final String CN_DIGITS = "一二三四五六七八九十";

  /** The label kind at {@code s} of {@code text}, or null; {@code length[0]} receives the label's length. */
  static LabelKind labelAt(SourceText text, int s, int e, int[] length) {
    length[0] = 0;
    int i = s;
    int k = 0;
    while (i + k < e && k < 3 && CN_DIGITS.indexOf(text.charAt(i + k)) >= 0) {
      k++;
    }
    if (k > 0 && i + k < e && text.charAt(i + k) == '、') {
      length[0] = k + 1;
      return LabelKind.CHINESE_ENUM;
    }
    if (k > 0 && i + k < e && text.charAt(i + k) == '是') {
      length[0] = k + 1;
      return LabelKind.ORDINAL_SHI;
    }
    char c = text.charAt(s);
    if ((c == '（' || c == '(') && s + 1 < e) {
      int j = s + 1;
      int d = 0;
      while (j < e && d < 3 && CN_DIGITS.indexOf(text.charAt(j)) >= 0) {
        j++;
        d++;
      }
      if (d > 0 && j < e && (text.charAt(j) == '）' || text.charAt(j) == ')')) {
        length[0] = j + 1 - s;
        return LabelKind.CHINESE_PAREN;
      }
      j = s + 1;
      d = 0;
      while (j < e && d < 3 && Normalizer.isDigit(text.charAt(j))) {
        j++;
        d++;
      }
      if (d > 0 && j < e && (text.charAt(j) == '）' || text.charAt(j) == ')')) {
        length[0] = j + 1 - s;
        return LabelKind.ARABIC_PAREN;
      }
    }
    if (Normalizer.isDigit(c)) {
      int j = s;
      while (j < e && j - s < 3 && Normalizer.isDigit(text.charAt(j))) {
        j++;
      }
      if (j < e && j + 1 < e && (text.charAt(j) == '.' || text.charAt(j) == '、')
          && !Normalizer.isDigit(text.charAt(j + 1))) {
        length[0] = j + 1 - s;
        return LabelKind.ARABIC_DOT;
      }
    }
    if (c >= '\u2460' && c <= '\u2473') {
      length[0] = 1;
      return LabelKind.CIRCLED;
    }
    if (text.startsWith("——", s) && s + 2 < e) {
      length[0] = 2;
      return LabelKind.DASH;
    }
    return null;
  }

  /** The label kind at {@code s}, or null; sets {@link #labelLength} to the label's length. */
  private LabelKind labelAt(int s, int e) {
    LabelKind k = labelAt(text, s, e, labelOut);
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
      if (title == null && at >= 0 && line.length() <= 40) {
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

  private void readYears() {
    int review = -1;
    int plan = -1;
    for (Block b : blocks) {
      if (!isPartHeading(b)) {
        continue;
      }
      String t = text.text(b.titleStart, b.titleEnd);
      int y = maxYear(t);
      if (y < 0) {
        continue;
      }
      if (review < 0 && containsAny(t, Lexicon.REVIEW_HEADINGS)) {
        review = y;
      } else if (plan < 0 && containsAny(t, Lexicon.PLAN_HEADINGS) && !containsAny(t, Lexicon.FIVE_YEAR_HEADINGS)) {
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
   * Without years in the title or headings, takes the year the targets passage names ("2025年经济社会发展主要
   * 预期目标是"), or else the year the review opens with ("2024年，全省…").
   */
  private void fallbackYears() {
    if (planYear.isPresent()) {
      return;
    }
    int plan = -1;
    if (passageStart >= 0) {
      int from = passageStart;
      while (from > 0 && passageStart - from < 80 && text.charAt(from - 1) != '\n') {
        from--;
      }
      plan = firstYear(from, passageStart);
    }
    if (plan < 0) {
      int seen = 0;
      for (Block b : blocks) {
        if (b.part == Part.REVIEW && !b.headingOnly() && seen++ < 3) {
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

  private static boolean isPartHeading(Block b) {
    return b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.MARKDOWN || b.kind == LabelKind.PLAIN;
  }

  // ---- parts ----

  private void assignParts() {
    Part part = Part.PREAMBLE;
    boolean anyPart = false;
    boolean fiveYear = false;
    for (Block b : blocks) {
      if (isPartHeading(b)) {
        Part p = partOf(text.text(b.titleStart, b.titleEnd));
        if (p != null) {
          part = p;
          anyPart = true;
          fiveYear = false;
        }
      }
      if (part == Part.REVIEW) {
        String opening = text.text(b.bodyStart, Math.min(b.end, b.bodyStart + 24));
        if (!b.headingOnly() && containsAny(opening, Lexicon.FIVE_YEAR_OPENINGS)) {
          fiveYear = true;
        } else if (!b.headingOnly() && opensYear(opening)) {
          fiveYear = false;
        } else if (b.kind == LabelKind.CHINESE_PAREN || b.kind == LabelKind.ARABIC_DOT
            || b.kind == LabelKind.ARABIC_PAREN) {
          // Five-year summaries run in plain paragraphs; a numbered item starts the year's own review again.
          String title = text.text(b.titleStart, Math.min(b.titleEnd, b.titleStart + 40));
          fiveYear = containsAny(title, Lexicon.FIVE_YEAR_HEADINGS);
        }
      }
      b.part = part;
      b.fiveYear = fiveYear;
    }
    if (!anyPart) {
      for (Block b : blocks) {
        b.part = Part.REVIEW;
      }
    }
  }

  private boolean opensYear(String opening) {
    if (opening.startsWith("过去一年") || opening.startsWith("一年来") || opening.startsWith("刚刚过去的")
        || opening.startsWith("去年")) {
      return true;
    }
    if (reviewYear.isEmpty() || opening.length() < 5 || opening.charAt(4) != '年') {
      return false;
    }
    int y = reviewYear.getAsInt();
    for (int k = 3; k >= 0; k--, y /= 10) {
      if (opening.charAt(k) != (char) ('0' + y % 10)) {
        return false;
      }
    }
    return true;
  }

  private Part partOf(String title) {
    if (containsAny(title, Lexicon.BACK_MATTER_HEADINGS)) {
      return Part.BACK_MATTER;
    }
    if (containsAny(title, Lexicon.REVIEW_HEADINGS)) {
      return Part.REVIEW;
    }
    boolean namesPlanYear = planYear.isPresent() && title.contains(planYear.getAsInt() + "年");
    if (containsAny(title, Lexicon.FIVE_YEAR_HEADINGS) && !namesPlanYear) {
      return Part.FIVE_YEAR;
    }
    if (containsAny(title, Lexicon.PLAN_HEADINGS) || namesPlanYear) {
      return Part.PLAN;
    }
    return null;
  }

  // ---- the main targets passage ----

  private void findPassage() {
    boolean unparted = true;
    for (Block b : blocks) {
      if (b.part != Part.REVIEW) {
        unparted = false;
        break;
      }
    }
    int found = findPassage("主要预期目标", false);
    if (found < 0) {
      found = findPassage("主要目标", false);
    }
    if (found < 0) {
      found = findPassage("主要预期目标", true);
    }
    if (found < 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.NO_MAIN_TARGETS,
          "no main targets passage (主要预期目标…：) was found", text.span(0, 0)));
      return;
    }
    if (unparted) {
      // No part headings: what precedes the passage is the review, what follows it the plan.
      for (Block b : blocks) {
        b.part = b.end <= passageStart ? Part.REVIEW : Part.PLAN;
      }
      return;
    }
    // The review comes before the targets and the plan after them, whatever the headings are called.
    boolean anyReview = false;
    for (Block b : blocks) {
      anyReview |= b.part == Part.REVIEW && b.end <= passageStart;
    }
    boolean afterHeading = false;
    for (Block b : blocks) {
      afterHeading |= isPartHeading(b) && b.part != Part.PREAMBLE || b.kind == LabelKind.CHINESE_ENUM;
      if (!anyReview && afterHeading && b.part == Part.PREAMBLE && b.end <= passageStart) {
        b.part = Part.REVIEW;
      }
      if (b.part == Part.REVIEW && b.start >= passageEnd) {
        b.part = Part.PLAN;
        b.fiveYear = false;
      }
    }
  }

  /**
   * Finds the passage after "{@code phrase}…：", or with {@code underHeading} the paragraph after a heading
   * that ends with the phrase; returns the passage's block index, or -1.
   */
  private int findPassage(String phrase, boolean underHeading) {
    // The plan part first: a review may quote last year's targets with a colon too.
    int found = findPassage(phrase, underHeading, true);
    return found >= 0 ? found : findPassage(phrase, underHeading, false);
  }

  private int findPassage(String phrase, boolean underHeading, boolean planOnly) {
    boolean parts = anyParts();
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (b.part == Part.FIVE_YEAR || b.part == Part.BACK_MATTER || b.part == Part.PREAMBLE && parts
          || planOnly && b.part != Part.PLAN) {
        continue;
      }
      int from = b.start;
      while (true) {
        int at = text.indexOf(phrase, from, b.end);
        if (at < 0) {
          break;
        }
        int colon = -1;
        for (int j = at + phrase.length(); j < b.end && j <= at + phrase.length() + 8; j++) {
          char c = text.charAt(j);
          if (c == '：' || c == ':') {
            colon = j;
            break;
          }
          if (c == '，' || c == '。' || c == '；') {
            break;
          }
        }
        if (colon >= 0 && fiveYearGoal(b.start, at)) {
          colon = -1; // "“十五五”时期的主要目标是：": another plan's goals
        }
        if (colon >= 0) {
          passageStart = colon + 1;
          passageEnd = b.end;
          if (passageEnd - passageStart < 4 && k + 1 < blocks.size() && blocks.get(k + 1).kind == null) {
            // "…主要预期目标是：" ends its line; the targets are the next paragraph.
            Block next = blocks.get(k + 1);
            passageStart = next.start;
            passageEnd = next.end;
            if (next.part == Part.REVIEW || next.part == Part.PREAMBLE) {
              next.part = Part.PLAN;
            }
          } else if (passageEnd - passageStart < 4) {
            int last = k;
            for (int m = k + 1; m < blocks.size(); m++) {
              Block next = blocks.get(m);
              if (next.kind == LabelKind.DASH || next.kind == LabelKind.ARABIC_DOT || next.kind == LabelKind.ARABIC_PAREN
                  || next.kind == LabelKind.ORDINAL_SHI || next.kind == LabelKind.CIRCLED) {
                last = m;
              } else {
                break;
              }
            }
            if (last > k) {
              passageStart = blocks.get(k + 1).start;
              passageEnd = blocks.get(last).end;
            }
          }
          if (b.part == Part.REVIEW || b.part == Part.PREAMBLE) {
            b.part = Part.PLAN;
          }
          return k;
        }
        from = at + phrase.length();
        // A heading that names the passage ("（二）主要预期目标") with the targets in the next paragraph.
        if (underHeading && b.end - b.start <= 40 && b.end - (at + phrase.length()) <= 2 && k + 1 < blocks.size()
            && blocks.get(k + 1).kind == null) {
          Block next = blocks.get(k + 1);
          passageStart = next.start;
          passageEnd = next.end;
          if (next.part == Part.REVIEW || next.part == Part.PREAMBLE) {
            next.part = Part.PLAN;
          }
          return k + 1;
        }
      }
    }
    return -1;
  }

  /** Whether the words just before a targets phrase make them a five-year plan's goals. */
  private boolean fiveYearGoal(int blockStart, int at) {
    String before = text.text(Math.max(blockStart, at - 40), at);
    return containsAny(before, Lexicon.FIVE_YEAR_HEADINGS) || before.contains("2030年") || before.contains("2035年");
  }

  private boolean anyParts() {
    for (Block b : blocks) {
      if (b.part != Part.PREAMBLE) {
        return true;
      }
    }
    return false;
  }

  // ---- sections ----

  private void buildSections() {
    List<Block> heads = new ArrayList<>();
    List<Object> stack = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kind == null || b.part == Part.PREAMBLE && !isPartHeading(b)) {
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
