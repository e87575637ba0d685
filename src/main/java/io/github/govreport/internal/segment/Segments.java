package io.github.govreport.internal.segment;

import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.text.SourceText;
import java.util.Arrays;
import java.util.List;

/**
 * The sentences and clauses of every paragraph of the speech, found once by the {@link Segmenter} (a
 * sentence ends at 。！？；) and read by every stage after it: the period stage walks them whole, the clause
 * reading walks those of a range (a paragraph, or the part of it outside the main targets passage). A sentence
 * runs from its first clause's start to its last clause's end. Immutable once built.
 */
public final class Segments {

  /** For each sentence, the index of its first clause. */
  private int[] firsts;
  /** The char that ended each sentence: 。, ；, … or 0 at the end of its paragraph. */
  private char[] terminators;
  private int sentenceCount;
  /** start, end of each clause. */
  private int[] clauses;
  private int clauseCount;

  /** Sized for most of a text of {@code length} chars: reports run 30 to 50 chars a sentence, 15 a clause. */
  private Segments(int length) {
    int sentenceGuess = Math.max(16, length / 30);
    firsts = new int[sentenceGuess];
    terminators = new char[sentenceGuess];
    clauses = new int[2 * Math.max(64, length / 14)];
  }

  /** The body of a block: after a heading's label, and after its title when the heading has one. */
  public static int bodyStart(Block b) {
    return b.kind != null && b.kind.isTitled() ? b.bodyStart : b.labelEnd;
  }

  /** Segments the bodies of the speech's blocks. */
  public static Segments of(SourceText t, List<Block> blocks) {
    Segments out = new Segments(t.length());
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
    if (sentenceCount == firsts.length) {
      int n = sentenceCount + (sentenceCount >> 1) + 1;
      firsts = Arrays.copyOf(firsts, n);
      terminators = Arrays.copyOf(terminators, n);
    }
    if (2 * (clauseCount + s.clauses()) > clauses.length) {
      clauses = Arrays.copyOf(clauses, Math.max(clauses.length + (clauses.length >> 1), 2 * (clauseCount + s.clauses())));
    }
    firsts[sentenceCount] = clauseCount;
    terminators[sentenceCount] = terminator;
    sentenceCount++;
    for (int k = 0; k < s.clauses(); k++) {
      clauses[2 * clauseCount] = s.clauseStart(k);
      clauses[2 * clauseCount + 1] = s.clauseEnd(k);
      clauseCount++;
    }
  }

  public int size() {
    return sentenceCount;
  }

  /** Where sentence {@code k} starts: its first clause's start. */
  public int start(int k) {
    return clauses[2 * firsts[k]];
  }

  /** Where sentence {@code k} ends: its last clause's end, where its terminator stands. */
  public int end(int k) {
    return clauses[2 * clauseTo(k) - 1];
  }

  /** The char that ended the sentence (。, ；, …), or 0 when its paragraph did. */
  public char terminator(int sentence) {
    return terminators[sentence];
  }

  private int clauseTo(int sentence) {
    return sentence + 1 < sentenceCount ? firsts[sentence + 1] : clauseCount;
  }

  /**
   * Points {@code view} at the clauses of sentence {@code k} that lie wholly in {@code [from, to)}; returns
   * false when none does. The view runs from the first such clause's start to the last one's end.
   */
  public boolean view(int k, int from, int to, Segmenter.Sentence view) {
    int a = firsts[k];
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
    view.set(clauses[2 * a], clauses[2 * e - 1], clauses, a, e - a);
    return true;
  }
}
