package io.github.govreport.internal.text;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSE_PAREN;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_WIDTH_STOP;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.OPEN_PAREN;

import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Numerals;

/** List labels at the start of an item: （1）, (1), 1., 1、, ①, （一）, 一、. */
public final class Labels {

  private Labels() {}

  /** Past a list label, a dash or a line break at the start of a clause: （1）, 1., ①, ——. */
  public static int skipLead(SourceText t, int start, int end) {
    int i = start;
    while (i < end && (t.charAt(i) == '\n' || t.charAt(i) == '—' || t.charAt(i) == LIST_MARK)) {
      i++;
    }
    return skip(t, i, end);
  }

  /** Whether another numeral and 、 follow: "一、二、三产业" lists numerals, it has no label. */
  private static boolean numeralListed(SourceText t, int i, int end) {
    return i + 1 < end && isChineseDigit(t.charAt(i)) && t.charAt(i + 1) == LIST_MARK;
  }

  /** The offset past a list label at {@code i}, or {@code i} when there is none. */
  public static int skip(SourceText t, int i, int end) {
    if (i >= end) {
      return i;
    }
    char c = t.charAt(i);
    if (c >= '\u2460' && c <= '\u2473') {
      return i + 1;
    }
    if (c == OPEN_PAREN || c == '(') {
      int j = i + 1;
      while (j < end && j - i <= 3 && (Normalizer.isDigit(t.charAt(j)) || isChineseDigit(t.charAt(j)))) {
        j++;
      }
      if (j > i + 1 && j < end && (t.charAt(j) == CLOSE_PAREN || t.charAt(j) == ')')) {
        return j + 1;
      }
      return i;
    }
    int j = i;
    while (j < end && j - i < 3 && (Normalizer.isDigit(c = t.charAt(j)) || isChineseDigit(c))) {
      j++;
    }
    if (j > i && j + 1 < end && (t.charAt(j) == '.' || t.charAt(j) == LIST_MARK || t.charAt(j) == FULL_WIDTH_STOP)
        && !Normalizer.isDigit(t.charAt(j + 1)) && !numeralListed(t, j + 1, end)) {
      return j + 1;
    }
    return i;
  }

  /** How many numerals of a label (一 … 十), at most {@code max}, stand from {@code i}. */
  private static int chineseDigits(SourceText t, int i, int e, int max) {
    int k = 0;
    while (i + k < e && k < max && isChineseDigit(t.charAt(i + k))) {
      k++;
    }
    return k;
  }

  /**
   * The offset past an ordinal label written with 是 at {@code from}, after line breaks ("八是完成650个行政村…": its 是
   * is the label's, no cue of the figure after it), or {@code from} when none opens there.
   */
  public static int pastOrdinalWithIs(SourceText t, int from, int to) {
    int i = from;
    while (i < to && t.charAt(i) == '\n') {
      i++;
    }
    int k = chineseDigits(t, i, to, 2);
    return k > 0 && i + k + 1 < to && t.charAt(i + k) == Grammar.IS ? i + k + 1 : from;
  }

  /** The label kind at {@code s} of {@code text}, or null; {@code length[0]} receives the label's length. */
  public static LabelKind labelAt(SourceText text, int s, int e, int[] length) {
    length[0] = 0;
    int i = s;
    int k = chineseDigits(text, i, e, 3);
    if (k > 0 && i + k < e && text.charAt(i + k) == LIST_MARK) {
      length[0] = k + 1;
      return LabelKind.CHINESE_ENUM;
    }
    if (k > 0 && i + k < e && text.charAt(i + k) == Grammar.IS) {
      length[0] = k + 1;
      return LabelKind.ORDINAL_SHI;
    }
    char c = text.charAt(s);
    if ((c == OPEN_PAREN || c == '(') && s + 1 < e) {
      int j = s + 1;
      int d = 0;
      while (j < e && d < 3 && isChineseDigit(text.charAt(j))) {
        j++;
        d++;
      }
      if (d > 0 && j < e && (text.charAt(j) == CLOSE_PAREN || text.charAt(j) == ')')) {
        length[0] = j + 1 - s;
        return LabelKind.CHINESE_PAREN;
      }
      j = s + 1;
      d = 0;
      while (j < e && d < 3 && Normalizer.isDigit(text.charAt(j))) {
        j++;
        d++;
      }
      if (d > 0 && j < e && (text.charAt(j) == CLOSE_PAREN || text.charAt(j) == ')')) {
        length[0] = j + 1 - s;
        return LabelKind.ARABIC_PAREN;
      }
    }
    if (Normalizer.isDigit(c)) {
      int j = s;
      while (j < e && j - s < 3 && Normalizer.isDigit(text.charAt(j))) {
        j++;
      }
      if (j < e && j + 1 < e && (text.charAt(j) == '.' || text.charAt(j) == LIST_MARK)
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

  /** Whether {@code c} is a numeral of a label, 一 to 十 (a label writes no 两, 〇 or 零). */
  static boolean isChineseDigit(char c) {
    return Numerals.plainDigit(c) > 0 || c == Numerals.TEN;
  }

  /** Whether a part or section label stands at {@code i} of a raw text: 一、 … 十三、 or （一） … （十三）. */
  static boolean partLabelAt(CharSequence s, int i) {
    int n = s.length();
    boolean paren = i < n && (s.charAt(i) == OPEN_PAREN || s.charAt(i) == '(');
    int j = paren ? i + 1 : i;
    int d = 0;
    while (j < n && d < 3 && isChineseDigit(s.charAt(j))) {
      j++;
      d++;
    }
    if (d == 0 || j >= n) {
      return false;
    }
    char end = s.charAt(j);
    return paren ? end == CLOSE_PAREN || end == ')' : end == LIST_MARK;
  }
}
