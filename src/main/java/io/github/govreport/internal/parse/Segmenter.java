package io.github.govreport.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised range into sentences (at 。！？；) and clauses (at ，：), not inside brackets or quotes.
 * A bracket left open for long is given up on, so unbalanced text still splits and stays linear.
 */
final class Segmenter {

  private Segmenter() {}

  /** A clause: a normalised range, without its closing delimiter. */
  static final class Clause {
    final int start;
    final int end;

    Clause(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  /** A sentence and its clauses. */
  static final class Sentence {
    final int start;
    final int end;
    final List<Clause> clauses;

    Sentence(int start, int end, List<Clause> clauses) {
      this.start = start;
      this.end = end;
      this.clauses = clauses;
    }
  }

  private static final int BRACKET_LIMIT = 80;

  static List<Sentence> sentences(SourceText t, int from, int to, boolean semicolonEndsSentence) {
    List<Sentence> out = new ArrayList<>();
    List<Clause> clauses = new ArrayList<>();
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
        clauses.add(new Clause(clauseStart, i));
      }
      clauseStart = i + 1;
      if (sentenceEnd) {
        if (!clauses.isEmpty()) {
          out.add(new Sentence(sentenceStart, i, clauses));
          clauses = new ArrayList<>();
        }
        sentenceStart = i + 1;
      }
    }
    if (to > clauseStart) {
      clauses.add(new Clause(clauseStart, to));
    }
    if (!clauses.isEmpty()) {
      out.add(new Sentence(sentenceStart, to, clauses));
    }
    return out;
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
