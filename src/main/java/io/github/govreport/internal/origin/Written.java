package io.github.govreport.internal.origin;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_PAREN;
import static io.github.govreport.internal.lexicon.Punctuation.COMMA;

import io.github.govreport.internal.lexicon.OriginWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Years;
import io.github.govreport.model.Region;

/**
 * A region's name as a line of the report writes it about itself, read by the kind of line: a title
 * ("高唐县2023年政府工作报告", "2025年广西政府工作报告"), a byline ("——2025年1月在保定市第十六届人民代表大会第三次会议上",
 * "在第十四届全国人民代表大会…"), a signature ("保定市人民政府市长 郭建英", "高唐县县长杨曙光") or the opening
 * ("我代表海拉尔区人民政府"). The name may be empty where the line gives only the level ("我代表市人民政府": a 市).
 * Immutable.
 */
final class Written {

  /** How the name was found, in the order the evidence is trusted. */
  enum How {
    TITLE("the title"), BYLINE("the byline"), SIGNATURE("the signature"), OPENING("the opening"),
    COLLECTOR("the collector's header");

    final String said;

    How(String said) {
      this.said = said;
    }
  }

  final String name;
  /** The last character of the region's name as the line gives it (市 of "市长"), or 0. */
  final char suffix;
  final How how;

  private Written(String name, char suffix, How how) {
    this.name = name;
    this.suffix = suffix;
    this.how = how;
  }

  /** Names this short are a suffix only (市 of "市人民政府"). */
  private static final int MIN_NAME = 2;
  /** A name between two markers is no longer than this. */
  private static final int MAX_NAME = 16;

  private static Written of(String raw, char suffix, How how) {
    String name = raw.strip();
    for (int i = 0; i < name.length(); i++) {
      if (!Chars.isCjk(name.charAt(i))) {
        return null; // "：现在，我代表市": no name, but words and marks around one
      }
    }
    if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
      return name.length() == 1 || suffix != 0 ? new Written("", name.length() == 1 ? name.charAt(0) : suffix, how)
          : null;
    }
    return new Written(name, suffix != 0 ? suffix : name.charAt(name.length() - 1), how);
  }

  /** The name a title writes before or after its year: "高唐县2023年政府工作报告", "2020年曲阳县政府工作报告". */
  static Written title(String line, OriginWords words) {
    int at = indexOf(line, words.of(OriginWords.Role.TITLE));
    if (at < 0) {
      return null;
    }
    String before = withoutYears(line.substring(0, at), words);
    return before.isEmpty() ? null : of(before, (char) 0, How.TITLE);
  }

  /**
   * The name a byline writes between 在 and the congress, without its session ("在保定市第十五届人民代表大会第六次会议上":
   * 保定市; "在第十四届全国人民代表大会…": 全国; "在市二届人大四次会议上": a 市).
   */
  static Written byline(String line, OriginWords words) {
    WordTable<OriginWords.Word> congress = words.of(OriginWords.Role.CONGRESS);
    int at = indexOf(line, congress);
    if (at < 0 || indexOf(line, words.of(OriginWords.Role.AT_MEETING)) < at) {
      return null;
    }
    int from = lastEnd(line, at, words.of(OriginWords.Role.AT));
    String between = line.substring(Math.max(0, from), at);
    return of(withoutSession(withoutYears(between, words), words), (char) 0, How.BYLINE);
  }

  /**
   * The name a signature writes before 人民政府 and the head's title, or before the title alone ("保定市人民政府市长",
   * "高唐县县长"), after any byline the line also holds.
   */
  static Written signature(String line, OriginWords words) {
    WordTable<OriginWords.Word> heads = words.of(OriginWords.Role.HEAD);
    WordTable<OriginWords.Word> government = words.of(OriginWords.Role.GOVERNMENT);
    for (int i = 0; i < line.length(); i++) {
      WordTable.Match<OriginWords.Word> head = heads.longestAt(line, i, line.length());
      if (head == null) {
        continue;
      }
      int end = i;
      WordTable.Match<OriginWords.Word> g = government.longestEndingAt(line, end, 0);
      if (g != null) {
        end -= g.length;
      }
      int start = Math.max(0, lastEnd(line, end, words.of(OriginWords.Role.AT_MEETING)));
      start = Math.max(start, line.lastIndexOf(CLOSE_PAREN, end - 1) + 1);
      String name = line.substring(start, end);
      char led = head.value.suffix;
      if (g == null && (name.isEmpty() || led == 0 || name.charAt(name.length() - 1) != led)) {
        continue; // "市长" inside a word: only a name of the head's level before it is a signature
      }
      return of(name, led, How.SIGNATURE);
    }
    return null;
  }

  /** The name between 代表 and 人民政府 in the opening ("我代表海拉尔区人民政府向大会…"), or 国务院. */
  static Written opening(String line, OriginWords words) {
    WordTable<OriginWords.Word> behalf = words.of(OriginWords.Role.ON_BEHALF);
    WordTable<OriginWords.Word> government = words.of(OriginWords.Role.GOVERNMENT);
    for (int at = indexOf(line, behalf, 0); at >= 0; at = indexOf(line, behalf, at + 1)) {
      int from = at + behalf.longestAt(line, at, line.length()).length;
      if (words.of(OriginWords.Role.ADDRESS).longestEndingAt(line, from, 0) != null) {
        continue; // 各位代表 is no speaker speaking for a government
      }
      for (int i = from; i < Math.min(line.length(), from + MAX_NAME); i++) {
        if (government.longestAt(line, i, line.length()) != null) {
          return of(line.substring(from, i), (char) 0, How.OPENING);
        }
        if (line.charAt(i) == COMMA || line.charAt(i) == ',') {
          String name = line.substring(from, i); // "我代表国务院，向大会…": a name the table knows, or none
          return Region.named(name).isEmpty() ? null : of(name, (char) 0, How.OPENING);
        }
      }
      return null;
    }
    return null;
  }

  /** The name a collector's field gives ("发文单位：保定市人民政府", "标题：2021年保定市政府工作报告"). */
  static Written collector(String value, OriginWords words) {
    Written t = title(value, words);
    if (t != null) {
      return new Written(t.name, t.suffix, How.COLLECTOR);
    }
    String v = value;
    WordTable.Match<OriginWords.Word> g = words.of(OriginWords.Role.GOVERNMENT).longestEndingAt(v, v.length(), 0);
    if (g == null) {
      return null;
    }
    return of(v.substring(0, v.length() - g.length), (char) 0, How.COLLECTOR);
  }

  private static int indexOf(String line, WordTable<OriginWords.Word> table) {
    return indexOf(line, table, 0);
  }

  /** Where the first word of {@code table} at or after {@code from} starts, or -1. */
  private static int indexOf(String line, WordTable<OriginWords.Word> table, int from) {
    for (int i = from; i < line.length(); i++) {
      if (table.longestAt(line, i, line.length()) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the last word of {@code table} ending at or before {@code before}, or -1. */
  private static int lastEnd(String line, int before, WordTable<OriginWords.Word> table) {
    for (int e = before; e > 0; e--) {
      if (table.longestEndingAt(line, e, 0) != null) {
        return e;
      }
    }
    return -1;
  }

  /** The text without the years and dates it writes ("2025年", "2024年1月23日", "二O一二年"), nor dashes. */
  static String withoutYears(String s, OriginWords words) {
    StringBuilder out = new StringBuilder(s.length());
    int[] month = new int[1];
    for (int i = 0; i < s.length(); ) {
      if (Years.yearAt(s, i, s.length()) > 0) {
        i += 5;
        i += Years.monthDayAt(s, i, s.length(), month);
      } else {
        char c = s.charAt(i++);
        if (c != '—' && c != '-') {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /** The text without a congress's session ("第十五届", "二届"): numerals before 届, and the 第 before them. */
  private static String withoutSession(String s, OriginWords words) {
    int at = indexOf(s, words.of(OriginWords.Role.SESSION));
    if (at < 0) {
      return s;
    }
    int from = at;
    while (from > 0 && Years.isNumeral(s.charAt(from - 1))) {
      from--;
    }
    WordTable.Match<OriginWords.Word> ordinal = words.of(OriginWords.Role.ORDINAL).longestEndingAt(s, from, 0);
    if (ordinal != null) {
      from -= ordinal.length;
    }
    int sessionEnd = at + words.of(OriginWords.Role.SESSION).longestAt(s, at, s.length()).length;
    return s.substring(0, from) + s.substring(sessionEnd);
  }
}
