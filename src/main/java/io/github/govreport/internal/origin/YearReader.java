package io.github.govreport.internal.origin;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.OriginWords;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.lexicon.PeriodWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.internal.text.Years;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * When: the year a report reviews and the year it plans, from every form a year takes (2025年, 二〇〇七年, 二00七年,
 * 二O一一年). The part headings come first ("一、2025年工作回顾" is the year reviewed, "三、2026年工作安排" the year
 * planned), then the dateline ("——2008年3月27日在…会议上", "（2001年1月8日）": the year planned, the next one for a
 * report given in December), then the title ("2020年曲阳县政府工作报告"), then the year before the targets phrase or
 * the year the speech opens with. The plan year follows the year reviewed. Years the text only cites ("2007年以来",
 * the start of a five-year term) and a collector's header (年份：2014) are never evidence. One instance per parse.
 */
public final class YearReader {

  /** The years read (-1 when none), and what was said about them. */
  public static final class Result {
    public final int reviewYear;
    public final int planYear;
    public final List<Diagnostic> diagnostics;

    Result(int reviewYear, int planYear, List<Diagnostic> diagnostics) {
      this.reviewYear = reviewYear;
      this.planYear = planYear;
      this.diagnostics = diagnostics;
    }
  }

  private static final int FRONT_BLOCKS = 40;
  /** A dateline is a short line, or the byline it opens. */
  private static final int MAX_DATELINE = 120;
  /** A report given in this month plans the next year. */
  private static final int DECEMBER = 12;
  /** The year before the targets phrase is at most this far before it ("2025年经济社会发展主要预期目标是"). */
  private static final int BEFORE_PHRASE = 24;
  /** The year the speech opens with is among the first chars of its first paragraphs. */
  private static final int OPENING_CHARS = 12;
  private static final int OPENING_PARAGRAPHS = 3;

  private final SourceText text;
  private final List<Block> blocks;
  private final OriginWords words;
  private final PeriodWords periods;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private YearReader(SourceText text, List<Block> blocks, Vocabulary vocabulary) {
    this.text = text;
    this.blocks = blocks;
    this.words = vocabulary.origin;
    this.periods = vocabulary.periods;
  }

  /** The years of a report whose title line is {@code title} (may be null). */
  public static Result read(SourceText text, List<Block> blocks, String title, Vocabulary words) {
    YearReader r = new YearReader(text, blocks, words);
    int plan = r.read(title);
    return new Result(plan > 0 ? plan - 1 : -1, plan, r.diagnostics);
  }

  private int read(String title) {
    int fromHeadings = fromHeadings();
    int dateline = dateline();
    int titled = title == null ? -1 : Years.firstYear(title, 0, title.length());
    int plan = fromHeadings > 0 ? fromHeadings : dateline > 0 ? dateline : titled;
    if (fromHeadings > 0 && (dateline > 0 && dateline != plan || dateline < 0 && titled > 0 && titled != plan)) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.YEARS_DISAGREE, "the parts speak of " + plan + " as the year"
          + " planned, the " + (dateline > 0 ? "dateline of " + dateline : "title of " + titled) + "; took the parts'",
          text.span(0, 0)));
    }
    if (plan < 0) {
      plan = fromTheSpeech();
    }
    if (plan < 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.YEAR_NOT_FOUND,
          "no year reviewed or planned was found in the title, the headings or the text", text.span(0, 0)));
    }
    return plan;
  }

  /**
   * The plan year the part headings give: a heading that names the year's plan ("三、2026年工作安排"), else one that
   * names a review of one year ("一、2025年工作回顾") and the year after it.
   */
  private int fromHeadings() {
    int review = -1;
    int plan = -1;
    for (Block b : blocks) {
      if (!b.isPartHeading() || b.part != Part.BODY) {
        continue;
      }
      String t = text.text(b.titleStart, b.titleEnd);
      int y = ownYear(t);
      if (y < 0) {
        continue;
      }
      EnumSet<Period> says = periods.namedInHeading(t);
      boolean term = says.contains(Period.SEVERAL_YEARS) || says.contains(Period.FUTURE_PLAN);
      if (review < 0 && says.contains(Period.REVIEW_YEAR) && !term) {
        review = y;
      } else if (plan < 0 && says.contains(Period.PLAN_YEAR) && !term) {
        plan = y;
      }
    }
    return plan > 0 ? plan : review > 0 ? review + 1 : -1;
  }

  /** The latest year a heading writes as its own, not one it cites ("2007年以来"), or -1. */
  private int ownYear(String heading) {
    WordTable<OriginWords.Word> cited = words.of(OriginWords.Role.CITED);
    int best = -1;
    for (int i = 0; i + 5 <= heading.length(); i++) {
      int y = Years.yearAt(heading, i, heading.length());
      if (y > 0 && cited.longestAt(heading, i + 5, heading.length()) == null) {
        best = Math.max(best, y);
      }
    }
    return best;
  }

  /**
   * The plan year a dateline gives: a date on a short line of the front matter or in its byline ("（2008年3月27日）",
   * "二〇一九年一月十四日在河北省第十三届人民代表大会…"); the year after it for a report given in December.
   */
  private int dateline() {
    int[] month = new int[1];
    for (int k = 0; k < blocks.size() && k < FRONT_BLOCKS; k++) {
      Block b = blocks.get(k);
      if (b.part == Part.BODY && b.kind == LabelKind.CHINESE_ENUM) {
        break;
      }
      if (b.end - b.start > MAX_DATELINE) {
        continue;
      }
      for (int i = b.start; i + 5 <= b.end; i++) {
        int y = Years.yearAt(text, i, b.end);
        if (y > 0 && Years.monthDayAt(text, i + 5, b.end, month) > 0) {
          return month[0] == DECEMBER ? y + 1 : y;
        }
      }
    }
    return -1;
  }

  /**
   * Without years in the headings, the dateline or the title: the year written just before the targets phrase
   * ("2025年经济社会发展主要预期目标是"), or else the year the first paragraphs of the speech open with ("2024年，全省…",
   * the year reviewed).
   */
  private int fromTheSpeech() {
    for (Block b : blocks) {
      if (b.part != Part.BODY) {
        continue;
      }
      int at = text.indexOf(Grammar.EXPECTED_TARGETS, b.start, b.end);
      if (at >= 0) {
        int plan = Years.firstYear(text, Math.max(b.start, at - BEFORE_PHRASE), at);
        if (plan > 0) {
          return plan;
        }
      }
    }
    int seen = 0;
    for (Block b : blocks) {
      if (b.part == Part.BODY && !b.headingOnly() && seen++ < OPENING_PARAGRAPHS) {
        int y = Years.firstYear(text, b.bodyStart, Math.min(b.end, b.bodyStart + OPENING_CHARS));
        if (y > 0) {
          return y + 1;
        }
      }
    }
    return -1;
  }
}
