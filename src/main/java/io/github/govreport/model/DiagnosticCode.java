package io.github.govreport.model;

/** What a {@link Diagnostic} reports; each code has a fixed severity. */
public enum DiagnosticCode {
  /** The input is empty or only white space. */
  EMPTY_INPUT(Severity.WARNING),
  /** A line of page furniture, a photo caption, a byline or a footer was skipped. */
  NOISE_SKIPPED(Severity.INFO),
  /**
   * A line of a collector's header was left out of the text ("标题：…", "年份：2014", "发文单位：…", "====="): its
   * fields are no evidence of the report's year, and of its title and region only when the report states none.
   */
  COLLECTOR_HEADER_SKIPPED(Severity.INFO),
  /**
   * A part heading was read apart from the paragraph glued to it ("一、2013年工作回顾2013年，全市…": the heading ends
   * before "2013年，"); the span is the heading.
   */
  HEADING_UNGLUED(Severity.INFO),
  /**
   * The text had lost its line breaks (a whole report on one line, or a few very long ones): a break was read before
   * each heading mark, part label and the address that follows the end of a sentence; the span is the first.
   */
  LINE_BREAKS_RESTORED(Severity.INFO),
  /** Line breaks written as the characters {@code \r\n} or {@code \n} were read as line breaks. */
  ESCAPED_LINE_BREAKS(Severity.INFO),
  /**
   * Runs of {@code ?} or U+FFFD where characters were lost on the way (an encoding converted twice: "区长??王春雨")
   * were left out of the text; the span is the first.
   */
  LOST_CHARACTERS(Severity.WARNING),
  /** A sign a collector's conversion mangled after a figure ("增长12_M_M_以上": %) was read as the sign. */
  MANGLED_SIGN(Severity.WARNING),
  /**
   * Footnote markers inside sentences ("“三个圆满收官”[1]", "^[2]", "〔3〕", a ★ before a figure) were left out of the
   * text, so that they neither cut a name nor read as figures; the span is the first.
   */
  FOOTNOTE_MARKERS(Severity.INFO),
  /**
   * A letter set in a figure in place of a digit ("1O％", "4l.1％", "9l.9％": O for 0, l or I for 1) was read as
   * the digit; the span is the first.
   */
  LETTER_IN_FIGURE(Severity.WARNING),
  /** Markup (HTML tags, markdown emphasis or heading marks) was read past. */
  MARKUP_SKIPPED(Severity.INFO),
  /** Control characters, unpaired surrogates or other characters that are not text were read past. */
  CONTROL_CHARACTERS(Severity.WARNING),
  /**
   * The page prints the report twice (a full text and a print view): the second copy, the span, was not read
   * again; the message gives where the first copy starts.
   */
  REPEATED_COPY_SKIPPED(Severity.INFO),
  /** A glossary, appendix or other matter after the speech was not read for figures. */
  BACK_MATTER_SKIPPED(Severity.INFO),
  /**
   * A figure of several years was not reported as the year's: a five-year review, an average, a total or a
   * run of years ("五年来，全省生产总值年均增长5.5%", "累计新增就业300万人", "粮食产量连续9年稳定在1300亿斤以上").
   */
  FIVE_YEAR_FIGURE_SKIPPED(Severity.INFO),
  /**
   * A goal beyond the plan year was not reported as this year's target: a five-year plan's goals or a later
   * deadline ("到2030年，研发投入强度达到3.2%", "“十五五”时期地区生产总值年均增长5%左右").
   */
  FUTURE_GOAL_SKIPPED(Severity.INFO),
  /** A figure of another year than the two the report speaks of was not reported ("2020年全省生产总值…"). */
  OTHER_YEAR_SKIPPED(Severity.INFO),
  /**
   * The value something moved from was not reported, only the value reached ("从2020年的51.4%提升到2025年的
   * 56.3%": 51.4% is skipped; "由全国第11位跃升至第5位": the 11th place is skipped).
   */
  FORMER_VALUE_SKIPPED(Severity.INFO),
  /** A figure for part of the year was not reported as the year's result ("一季度增长5.3%", "1-11月…"). */
  PART_YEAR_SKIPPED(Severity.INFO),
  /** A gap to another region or period was not reported as the indicator's figure ("高于全国0.5个百分点"). */
  COMPARISON_SKIPPED(Severity.INFO),
  /** A target restated outside the main targets passage was not reported again ("实现5%左右的预期目标"). */
  RESTATED_TARGET_SKIPPED(Severity.INFO),
  /** A figure restated in another unit was not reported twice ("1000亿元，折合140亿美元": the 140亿美元). */
  CONVERTED_FIGURE_SKIPPED(Severity.INFO),
  /**
   * A count that structures the text rather than measures something was not reported ("重点做好以下10个方面",
   * "长白山、三江、吉光3个…" counting the names listed, "民营企业500强").
   */
  STRUCTURAL_COUNT_SKIPPED(Severity.INFO),
  /**
   * A count of consecutive periods or times was not reported: it says how long a streak ran ("连续12个季度居全国前列",
   * "连续3次获评优秀"), not how much of something there is.
   */
  STREAK_SKIPPED(Severity.INFO),
  /**
   * A threshold passed on the way to a level stated in the same sentence was not reported as a second level
   * ("生产总值完成3082.8亿元，首次突破3000亿元大关": the 3000亿元).
   */
  MILESTONE_SKIPPED(Severity.INFO),
  /** A figure that only qualifies the name of what is counted was not reported ("实施10亿元以上项目200个"). */
  QUALIFYING_FIGURE_SKIPPED(Severity.INFO),
  /**
   * A figure for each of the region's parts was not reported as the region's quantity: a guideline per county, town
   * or village ("每个县至少建成1个高品质夜经济特色集聚区", "每县至少完成1个示范项目").
   */
  PER_UNIT_SKIPPED(Severity.INFO),
  /**
   * A count of the region's people named in an appeal or a tribute was not reported as a result or a commitment
   * ("汇聚960万天中人民的智慧和力量", "1000万保定人民众志成城").
   */
  PEOPLE_SKIPPED(Severity.INFO),
  /**
   * The visits or instructions of the country's leaders counted in a tribute were not reported as a result
   * ("习近平总书记9次考察河北、3次踏上保定这片热土"): no work of the region's.
   */
  TRIBUTE_SKIPPED(Severity.INFO),
  /**
   * A number in a figure of speech, no quantity, was not reported: a place in an order of priority
   * ("把人民群众利益放在第一位") is no rank.
   */
  FIGURE_OF_SPEECH_SKIPPED(Severity.INFO),
  /**
   * A breakdown of results after 其中 measured otherwise than every figure before it in the sentence was not
   * reported: a detail of those figures ("引进亿元以上项目793个，其中12条重点产业链项目占比达84.4%"; a part's growth
   * after the whole's level).
   */
  DETAIL_SKIPPED(Severity.INFO),
  /**
   * A paragraph's opening said another period than its heading, and won ("一、2025年工作回顾" then "五年来，…"); the
   * span is the cue that won.
   */
  PERIOD_OVERRIDDEN(Severity.INFO),
  /**
   * Nothing in the headings or openings says which period the text speaks of; what precedes the main targets
   * passage was read as the review and what follows it as the plan.
   */
  NO_PERIOD_CUES(Severity.INFO),
  /**
   * No title, byline, signature or opening names the region; it was taken from what the text says of itself (the
   * place it names most, with its parts, while speaking of itself as 全省, 全市 or 我县: 驻马店 with 我市 is
   * 驻马店市), or else from a collector's header.
   */
  REGION_INFERRED(Severity.INFO),
  /** No region could be told from the text; the report joins a panel under no region. */
  REGION_NOT_FOUND(Severity.WARNING),
  /**
   * The region's name as written fits several divisions (朝阳区 in 北京市 and in 长春市) and nothing in the text
   * decides; the message names the candidates, and the region is kept as written, without a code.
   */
  REGION_AMBIGUOUS(Severity.WARNING),
  /**
   * The region's name as written is not in the table of divisions of today; it was resolved by the stem of its
   * name to the division it became (满城县, now 满城区), its name as written kept.
   */
  REGION_RENAMED(Severity.INFO),
  /**
   * The region's name as written is in no table of divisions; it is kept as written, without a code (a place of
   * the past, a development zone, a misspelling).
   */
  REGION_NOT_IN_TABLE(Severity.WARNING),
  /** The caller stated the region; it won over what the text says (the span is the text's own evidence, if any). */
  REGION_STATED(Severity.INFO),
  /**
   * The years the report's parts say and its dateline or title say are not the same; the parts won (the span is
   * the evidence that lost).
   */
  YEARS_DISAGREE(Severity.INFO),
  /** No review year or plan year could be found. */
  YEAR_NOT_FOUND(Severity.WARNING),
  /**
   * No phrase names the main targets (an older report); the plan's growth target ("今年，国内生产总值增长8.5％") and the
   * sentences after it in its paragraph that set targets were read as the main targets; the span covers them.
   */
  MAIN_TARGETS_BY_CONTENT(Severity.INFO),
  /** No main expected targets passage (主要预期目标) was found. */
  NO_MAIN_TARGETS(Severity.WARNING),
  /** A clause of the main targets passage could not be read as a target. */
  UNREAD_MAIN_CLAUSE(Severity.WARNING),
  /**
   * Chinese numerals written as a figure are no number and were not read ("粮食产量五千亿五千亿斤": 亿 after 亿);
   * the report holds no figure for them.
   */
  MALFORMED_NUMERAL(Severity.WARNING),
  /** A figure with a unit was seen but could not be tied to an indicator, or its name not told apart. */
  UNCLASSIFIED_FIGURE(Severity.INFO),
  /**
   * The input was decoded as GB18030 because it is not valid UTF-8.
   *
   * @deprecated no longer reported: {@link #CHARSET_CHOSEN} says which charset the bytes were read in and why
   */
  @Deprecated
  DECODED_AS_GB18030(Severity.INFO),
  /**
   * The charset the bytes were read in, and why: as asked, by a byte-order mark, as UTF-16 by its zero bytes, as
   * valid UTF-8, or by a detector of legacy encodings (GB18030, Big5). Only inputs given as bytes have one.
   */
  CHARSET_CHOSEN(Severity.INFO),
  /** The input contained bytes that are not valid in its charset; they were replaced. */
  MALFORMED_INPUT(Severity.WARNING),
  /** A bug in the parser stopped it; the report holds nothing but this diagnostic. Please report it. */
  INTERNAL_ERROR(Severity.ERROR);

  private final Severity severity;

  DiagnosticCode(Severity severity) {
    this.severity = severity;
  }

  /** The severity every diagnostic with this code has. */
  public Severity severity() {
    return severity;
  }
}
