package io.github.govreport.internal.parse;

/** List labels at the start of an item: （1）, (1), 1., 1、, ①, （一）, 一、. */
final class Labels {

  private Labels() {}

  private static final String CN = "一二三四五六七八九十";

  /** Past a list label, a dash or a line break at the start of a clause: （1）, 1., ①, ——. */
  static int skipLead(SourceText t, int start, int end) {
    int i = start;
    while (i < end && (t.charAt(i) == '\n' || t.charAt(i) == '—' || t.charAt(i) == '、')) {
      i++;
    }
    return skip(t, i, end);
  }

  /** Whether another numeral and 、 follow: "一、二、三产业" lists numerals, it has no label. */
  private static boolean numeralListed(SourceText t, int i, int end) {
    return i + 1 < end && CN.indexOf(t.charAt(i)) >= 0 && t.charAt(i + 1) == '、';
  }

  /** The offset past a list label at {@code i}, or {@code i} when there is none. */
  static int skip(SourceText t, int i, int end) {
    if (i >= end) {
      return i;
    }
    char c = t.charAt(i);
    if (c >= '\u2460' && c <= '\u2473') {
      return i + 1;
    }
    if (c == '（' || c == '(') {
      int j = i + 1;
      while (j < end && j - i <= 3 && (Normalizer.isDigit(t.charAt(j)) || CN.indexOf(t.charAt(j)) >= 0)) {
        j++;
      }
      if (j > i + 1 && j < end && (t.charAt(j) == '）' || t.charAt(j) == ')')) {
        return j + 1;
      }
      return i;
    }
    int j = i;
    while (j < end && j - i < 3 && (Normalizer.isDigit(c = t.charAt(j)) || CN.indexOf(c) >= 0)) {
      j++;
    }
    if (j > i && j + 1 < end && (t.charAt(j) == '.' || t.charAt(j) == '、' || t.charAt(j) == '．')
        && !Normalizer.isDigit(t.charAt(j + 1)) && !numeralListed(t, j + 1, end)) {
      return j + 1;
    }
    return i;
  }
}
