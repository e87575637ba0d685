package io.github.govreport.internal.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a normalised range into sentences (at 。！？；) and clauses (at ，：), not inside brackets or quotes.
 * A bracket left open for long is given up on, so unbalanced text still splits and stays linear.
 */
final class Segmenter {

  private Segmenter() {}

  /** A sentence and its clauses, each a normalised range without its closing delimiter. */
  static final class Sentence {
    int start;
    int end;
    /** start, end of clause 0, start, end of clause 1, … */
    private int[] bounds;
    private int count;

    Sentence(int start, int end, int[] bounds, int count) {
      this.start = start;
      this.end = end;
      this.bounds = bounds;
      this.count = count;
    }

    Sentence set(int start, int end, int[] bounds, int count) {
      this.start = start;
      this.end = end;
      this.bounds = bounds;
      this.count = count;
      return this;
    }

    /** A sentence of one clause. */
    static Sentence single(int start, int end) {
      return new Sentence(start, end, new int[] {start, end}, 1);
    }

    int clauses() {
      return count;
    }

    int clauseStart(int k) {
      return bounds[2 * k];
    }

    int clauseEnd(int k) {
      return bounds[2 * k + 1];
    }
  }

  private static final int BRACKET_LIMIT = 80;

  /** The sentences of {@code [from, to)}, in order. */
  static List<Sentence> sentences(SourceText t, int from, int to, boolean semicolonEndsSentence) {
    List<Sentence> out = new ArrayList<>();
    forEach(t, from, to, semicolonEndsSentence,
        s -> out.add(new Sentence(s.start, s.end, Arrays.copyOf(s.bounds, 2 * s.count), s.count)));
    return out;
  }

  /**
   * Gives each sentence of {@code [from, to)} to {@code out}, in order. The sentence object is reused for
   * the next one: a visitor must not keep it.
   */
  static void forEach(SourceText t, int from, int to, boolean semicolonEndsSentence,
      java.util.function.Consumer<Sentence> out) {
    int[] bounds = new int[16];
    int count = 0;
    Sentence current = new Sentence(0, 0, bounds, 0);
    int depth = 0;
    int openedAt = -1;
    int clauseStart = from;
    int sentenceStart = from;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (isOpen(c)) {
        if (depth == 0) {
          openedAt = i;
        }
        depth++;
        continue;
      }
      if (isClose(c)) {
        depth = Math.max(0, depth - 1);
        continue;
      }
      boolean sentenceEnd = c == '。' || c == '！' || c == '？' || c == '!' || c == '?'
          || semicolonEndsSentence && (c == '；' || c == ';');
      boolean clauseEnd = c == '，' || c == ',' && !digitAround(t, i, to) || c == '：' || c == ':'
          || !semicolonEndsSentence && (c == '；' || c == ';') || c == '\n';
      if (!sentenceEnd && !clauseEnd) {
        continue;
      }
      if (depth > 0) {
        if (i - openedAt <= BRACKET_LIMIT && c != '\n') {
          continue;
        }
        depth = 0;
      }
      if (c == '\n') {
        continue; // a line joined mid-sentence
      }
      if (i > clauseStart) {
        bounds = add(bounds, count++, clauseStart, i);
      }
      clauseStart = i + 1;
      if (sentenceEnd) {
        if (count > 0) {
          out.accept(current.set(sentenceStart, i, bounds, count));
          count = 0;
        }
        sentenceStart = i + 1;
      }
    }
    if (to > clauseStart) {
      bounds = add(bounds, count++, clauseStart, to);
    }
    if (count > 0) {
      out.accept(current.set(sentenceStart, to, bounds, count));
    }
  }

  private static int[] add(int[] bounds, int k, int start, int end) {
    int[] b = 2 * k + 2 > bounds.length ? Arrays.copyOf(bounds, bounds.length * 2) : bounds;
    b[2 * k] = start;
    b[2 * k + 1] = end;
    return b;
  }

  private static boolean digitAround(SourceText t, int i, int to) {
    return i > 0 && Normalizer.isDigit(t.charAt(i - 1)) && i + 1 < to && Normalizer.isDigit(t.charAt(i + 1));
  }

  static boolean isOpen(char c) {
    return c == '（' || c == '(' || c == '“' || c == '《' || c == '【' || c == '「' || c == '‘' || c == '〔';
  }

  static boolean isClose(char c) {
    return c == '）' || c == ')' || c == '”' || c == '》' || c == '】' || c == '」' || c == '’' || c == '〕';
  }
}
