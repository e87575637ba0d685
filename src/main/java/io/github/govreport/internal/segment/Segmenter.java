package io.github.govreport.internal.segment;

import static io.github.govreport.internal.lexicon.Punctuation.CLOSING_BRACKETS;
import static io.github.govreport.internal.lexicon.Punctuation.COLON;
import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.OPENING_BRACKETS;
import static io.github.govreport.internal.lexicon.Punctuation.SEGMENT_MARKS;
import static io.github.govreport.internal.lexicon.Punctuation.SEMICOLON;
import static io.github.govreport.internal.lexicon.Punctuation.SENTENCE_ENDS;

import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import java.util.Arrays;

/**
 * Splits a normalised range into sentences (at 。！？；) and clauses (at ，：), not inside brackets or quotes.
 * A bracket left open for long is given up on, so unbalanced text still splits and stays linear.
 */
public final class Segmenter {

  private Segmenter() {}

  /** A sentence and its clauses, each a normalised range without its closing delimiter. */
  public static final class Sentence {
    public int start;
    public int end;
    /** start, end of clause 0, start, end of clause 1, …, from {@link #first} on. */
    private int[] bounds;
    private int first;
    private int count;

    public Sentence(int start, int end, int[] bounds, int count) {
      set(start, end, bounds, count);
    }

    Sentence set(int start, int end, int[] bounds, int count) {
      return set(start, end, bounds, 0, count);
    }

    /** Points at {@code count} clauses of {@code bounds} from clause {@code first} on. */
    Sentence set(int start, int end, int[] bounds, int first, int count) {
      this.start = start;
      this.end = end;
      this.bounds = bounds;
      this.first = first;
      this.count = count;
      return this;
    }

    public int clauses() {
      return count;
    }

    public int clauseStart(int k) {
      return bounds[2 * (first + k)];
    }

    public int clauseEnd(int k) {
      return bounds[2 * (first + k) + 1];
    }
  }

  private static final int BRACKET_LIMIT = 80;

  /** The chars the walk stops at: brackets, quotes, the ends of sentences and clauses, line breaks. */
  private static final boolean[] MARKS = new boolean[65536];

  static {
    for (char c : (SEGMENT_MARKS.chars() + "\n").toCharArray()) {
      MARKS[c] = true;
    }
  }

  /**
   * Walks the sentences of a range one at a time: {@code while (c.next()) use(c.sentence());}. The sentence
   * object is reused for the next one: a caller must not keep it. The walk lives in this object, so the
   * caller's loop body and the scanning are compiled apart.
   */
  public static final class Cursor {
    private final SourceText t;
    private int to;
    private boolean semicolonEndsSentence;
    private int[] bounds = new int[16];
    private int count;
    private final Sentence current = new Sentence(0, 0, bounds, 0);
    private int i;
    private int depth;
    private int openedAt = -1;
    private int clauseStart;
    private int sentenceStart;
    private boolean done;

    public Cursor(SourceText t, int from, int to, boolean semicolonEndsSentence) {
      this.t = t;
      this.to = to;
      this.semicolonEndsSentence = semicolonEndsSentence;
      this.i = from;
      this.clauseStart = from;
      this.sentenceStart = from;
    }

    /** Starts the walk again over another range of the same text, reusing this cursor's buffers. */
    public Cursor reset(int from, int to, boolean semicolonEndsSentence) {
      this.to = to;
      this.semicolonEndsSentence = semicolonEndsSentence;
      this.i = from;
      this.clauseStart = from;
      this.sentenceStart = from;
      this.depth = 0;
      this.openedAt = -1;
      this.count = 0;
      this.done = false;
      return this;
    }

    public Sentence sentence() {
      return current;
    }

    /** Moves to the next sentence; false when there is none. */
    public boolean next() {
      count = 0;
      while (i < to) {
        char c = t.charAt(i);
        int at = i++;
        if (!MARKS[c]) {
          continue; // most chars are neither brackets nor punctuation
        }
        if (bracket(c, at)) {
          continue;
        }
        boolean sentenceEnd = SENTENCE_ENDS.has(c) || c == '!' || c == '?'
            || semicolonEndsSentence && (c == SEMICOLON || c == ';');
        boolean clauseEnd = c == COMMA || c == ',' && !digitAround(t, at, to) || c == COLON || c == ':'
            || !semicolonEndsSentence && (c == SEMICOLON || c == ';') || c == '\n';
        if (!sentenceEnd && !clauseEnd) {
          continue;
        }
        if (depth > 0) {
          if (at - openedAt <= BRACKET_LIMIT && c != '\n') {
            continue;
          }
          depth = 0;
        }
        if (c == '\n') {
          continue; // a line joined mid-sentence
        }
        if (at > clauseStart) {
          bounds = add(bounds, count++, clauseStart, at);
        }
        clauseStart = at + 1;
        if (sentenceEnd) {
          int start = sentenceStart;
          sentenceStart = at + 1;
          if (count > 0) {
            current.set(start, at, bounds, count);
            return true;
          }
        }
      }
      return lastSentence();
    }

    /** Counts a bracket at {@code at} in or out; false for any other char. */
    private boolean bracket(char c, int at) {
      if (isOpen(c)) {
        if (depth == 0) {
          openedAt = at;
        }
        depth++;
        return true;
      }
      if (isClose(c)) {
        depth = Math.max(0, depth - 1);
        return true;
      }
      return false;
    }

    /** The sentence the range ends without a mark, once; false when it holds no clause or was given already. */
    private boolean lastSentence() {
      if (done) {
        return false;
      }
      done = true;
      if (to > clauseStart) {
        bounds = add(bounds, count++, clauseStart, to);
        clauseStart = to;
      }
      if (count > 0) {
        current.set(sentenceStart, to, bounds, count);
        return true;
      }
      return false;
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

  public static boolean isOpen(char c) {
    return OPENING_BRACKETS.has(c);
  }

  public static boolean isClose(char c) {
    return CLOSING_BRACKETS.has(c);
  }

  /** The parts of {@code s} between the {@code separators} that stand outside brackets and quotes; {@code s} alone when none. */
  public static java.util.List<String> splitTopLevel(String s, String separators) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && separators.indexOf(c) >= 0) {
        if (i > start) {
          out.add(s.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out.isEmpty() ? java.util.List.of(s) : out;
  }
}
