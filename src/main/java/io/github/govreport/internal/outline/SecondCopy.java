package io.github.govreport.internal.outline;

import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import java.util.List;

/** A report printed twice on one page (a full text and its print view): the second copy is marked, not read again. */
final class SecondCopy {

  private SecondCopy() {}

  /** A paragraph this long is compared with the paragraphs before it to find a second copy of the report. */
  private static final int COPY_PARAGRAPH = 40;
  /** A second copy is taken when this many long paragraphs in a row repeat the first copy's, in order. */
  private static final int COPY_RUN = 3;

  /**
   * A page that prints the report twice (a full text and its print view): from the first long paragraph that
   * repeats one before it, as long as the paragraphs after it repeat those after that one in order, the second
   * copy is not read again ({@link Part#REPEATED}), with a diagnostic naming both copies. One pass, with a map of
   * the long paragraphs seen.
   */
  static void mark(SourceText text, List<Block> blocks, List<Diagnostic> diagnostics) {
    Seen seen = new Seen(blocks.size());
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (b.end - b.start < COPY_PARAGRAPH || b.part == Part.PREAMBLE) {
        continue;
      }
      int first = seen.putIfAbsent(fingerprint(text, b), k); // no copy of the paragraph's text: a report is large
      if (first < 0 || !sameText(text, blocks.get(first), b)) {
        continue;
      }
      int matched = 0;
      int a = first;
      int c = k;
      int lastCopied = k;
      while (a < k && c < blocks.size()) {
        Block x = blocks.get(a);
        Block y = blocks.get(c);
        if (sameText(text, x, y)) {
          matched += x.end - x.start >= COPY_PARAGRAPH ? 1 : 0;
          lastCopied = c;
          a++;
          c++;
        } else {
          break;
        }
      }
      if (matched >= COPY_RUN) {
        for (int m = k; m <= lastCopied; m++) {
          blocks.get(m).part = Part.REPEATED;
        }
        Block firstCopy = blocks.get(first);
        diagnostics.add(Diagnostic.of(DiagnosticCode.REPEATED_COPY_SKIPPED, "the report is printed twice: read the"
            + " copy from offset " + text.span(firstCopy.start, firstCopy.end).start() + " once, and not the copy"
            + " here again", text.span(b.start, blocks.get(lastCopied).end)));
        return;
      }
    }
  }

  /**
   * The long paragraphs seen, by fingerprint: an open-addressed table of primitives, sized once for every paragraph
   * of the report, so that no key or value is boxed.
   */
  private static final class Seen {
    private final long[] keys;
    private final int[] blocks; // the block's index plus one; 0 marks a free slot
    private final int mask;

    Seen(int paragraphs) {
      int size = Integer.highestOneBit(Math.max(2, paragraphs) * 2 - 1) << 1;
      keys = new long[size];
      blocks = new int[size];
      mask = size - 1;
    }

    /** The block first seen with {@code key}, or -1 after noting {@code block} as the first. */
    int putIfAbsent(long key, int block) {
      for (int at = (int) (key ^ key >>> 32) & mask; ; at = (at + 1) & mask) {
        if (blocks[at] == 0) {
          keys[at] = key;
          blocks[at] = block + 1;
          return -1;
        }
        if (keys[at] == key) {
          return blocks[at] - 1;
        }
      }
    }
  }

  /** A 64-bit hash of a paragraph's text, read in place. */
  private static long fingerprint(SourceText text, Block b) {
    long h = 1125899906842597L;
    for (int i = b.start; i < b.end; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  private static boolean sameText(SourceText text, Block x, Block y) {
    return x.end - x.start == y.end - y.start && text.regionMatches(x.start, y.start, x.end - x.start);
  }
}
