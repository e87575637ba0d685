package io.github.govreport.internal.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The sentences and clauses of every paragraph of the speech, found once by the {@link Segmenter} (a
 * sentence ends at 。！？；) and read by every stage after it: the period stage walks them whole, the clause
 * reading walks those of a range (a paragraph, or the part of it outside the main targets passage). Immutable
 * once built.
 */
final class Segments {

  private int[] sentences = new int[3 * 64];
  private int sentenceCount;
  private int[] clauses = new int[2 * 256];
  private int clauseCount;
  /** The char that ended each sentence: 。, ；, … or 0 at the end of its paragraph. */
  private char[] terminators = new char[64];

  private Segments() {}

  /** The body of a block: after a heading's label, and after its title when the heading has one. */
  static int bodyStart(Block b) {
    return b.kind != null && b.kind.isTitled() ? b.bodyStart : b.labelEnd;
  }

  /** Segments the bodies of the speech's blocks. */
  static Segments of(SourceText t, List<Block> blocks) {
    Segments out = new Segments();
    Segmenter.Cursor c = new Segmenter.Cursor(t, 0, 0, true);
    for (Block b : blocks) {
      int from = bodyStart(b);
      if (b.part != Part.BODY || from >= b.end) {
        continue;
      }
      c.reset(from, b.end, true);
      while (c.next()) {
        Segmenter.Sentence s = c.sentence();
        out.add(s, s.end < b.end ? t.charAt(s.end) : 0);
      }
    }
    return out;
  }

  private void add(Segmenter.Sentence s, char terminator) {
    if (3 * sentenceCount + 3 > sentences.length) {
      sentences = Arrays.copyOf(sentences, sentences.length * 2);
      terminators = Arrays.copyOf(terminators, terminators.length * 2);
    }
    if (2 * (clauseCount + s.clauses()) > clauses.length) {
      clauses = Arrays.copyOf(clauses, Math.max(clauses.length * 2, 2 * (clauseCount + s.clauses())));
    }
    sentences[3 * sentenceCount] = s.start;
    sentences[3 * sentenceCount + 1] = s.end;
    sentences[3 * sentenceCount + 2] = clauseCount;
    terminators[sentenceCount] = terminator;
    sentenceCount++;
    for (int k = 0; k < s.clauses(); k++) {
      clauses[2 * clauseCount] = s.clauseStart(k);
      clauses[2 * clauseCount + 1] = s.clauseEnd(k);
      clauseCount++;
    }
  }

  int size() {
    return sentenceCount;
  }

  int start(int sentence) {
    return sentences[3 * sentence];
  }

  int end(int sentence) {
    return sentences[3 * sentence + 1];
  }

  /** The char that ended the sentence (。, ；, …), or 0 when its paragraph did. */
  char terminator(int sentence) {
    return terminators[sentence];
  }

  private int clauseFrom(int sentence) {
    return sentences[3 * sentence + 2];
  }

  private int clauseTo(int sentence) {
    return sentence + 1 < sentenceCount ? sentences[3 * sentence + 5] : clauseCount;
  }

  /** The index of the first sentence that ends after {@code offset}; {@link #size()} when none does. */
  int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = sentenceCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Points {@code view} at the clauses of sentence {@code k} that lie wholly in {@code [from, to)}; returns
   * false when none does. The view runs from the first such clause's start to the last one's end, or to the
   * sentence's end when all of its clauses are in.
   */
  boolean view(int k, int from, int to, Segmenter.Sentence view) {
    int a = clauseFrom(k);
    int z = clauseTo(k);
    while (a < z && clauses[2 * a] < from) {
      a++;
    }
    int e = a;
    while (e < z && clauses[2 * e + 1] <= to) {
      e++;
    }
    if (e == a) {
      return false;
    }
    int start = a == clauseFrom(k) ? Math.max(from, start(k)) : clauses[2 * a];
    int end = e == z ? Math.min(to, end(k)) : clauses[2 * e - 1];
    view.set(start, end, clauses, a, e - a);
    return true;
  }
}
