package io.github.govreport.internal.text;

import java.util.Arrays;

/**
 * Maps offsets of the normalised text back to the original: where runs of chars were copied one for one,
 * the offset differs by a constant, so only the start of each run and its difference are stored, with the
 * few chars that stand for more than one original char (an entity, a CRLF) kept apart. Memory grows with
 * the number of places text was dropped, not with the length of the text; lookups are binary searches.
 */
final class OffsetMap {
  private int[] runStart;
  private int[] runDelta;
  private int runs;
  private int[] wideAt = new int[4];
  private int[] wideWidth = new int[4];
  private int wides;

  OffsetMap() {
    this(16);
  }

  /** A map with room for {@code runs} runs before it grows. */
  OffsetMap(int runs) {
    runStart = new int[Math.max(4, runs)];
    runDelta = new int[Math.max(4, runs)];
  }

  /** How many runs of one-for-one chars the map holds. */
  int runs() {
    return runs;
  }

  /** Records that normalised char {@code index} came from original offset {@code origin}, {@code width} long. */
  void add(int index, int origin, int width) {
    int delta = origin - index;
    if (runs == 0 || runDelta[runs - 1] != delta) {
      if (runs == runStart.length) {
        runStart = Arrays.copyOf(runStart, runs * 2);
        runDelta = Arrays.copyOf(runDelta, runs * 2);
      }
      runStart[runs] = index;
      runDelta[runs] = delta;
      runs++;
    }
    if (width != 1) {
      addWide(index, width);
    }
  }

  private void addWide(int index, int width) {
    if (wides == wideAt.length) {
      wideAt = Arrays.copyOf(wideAt, wides * 2);
      wideWidth = Arrays.copyOf(wideWidth, wides * 2);
    }
    wideAt[wides] = index;
    wideWidth[wides] = width;
    wides++;
  }

  /** The original offset of normalised char {@code index}. */
  int origin(int index) {
    int k = Arrays.binarySearch(runStart, 0, runs, index);
    if (k < 0) {
      k = -k - 2;
    }
    return index + runDelta[k];
  }

  /** How many original chars normalised char {@code index} stands for. */
  int width(int index) {
    int k = Arrays.binarySearch(wideAt, 0, wides, index);
    return k >= 0 ? wideWidth[k] : 1;
  }

  /** Adds the map of {@code from}'s chars {@code [start, end)}, placed at {@code at} onwards here. */
  void copy(OffsetMap from, int start, int end, int at) {
    if (start >= end) {
      return;
    }
    int k = Arrays.binarySearch(from.runStart, 0, from.runs, start);
    if (k < 0) {
      k = -k - 2;
    }
    for (int i = start; i < end; ) {
      int runEnd = k + 1 < from.runs ? Math.min(end, from.runStart[k + 1]) : end;
      add(at + i - start, i + from.runDelta[k], 1);
      i = runEnd;
      k++;
    }
    int w = Arrays.binarySearch(from.wideAt, 0, from.wides, start);
    if (w < 0) {
      w = -w - 1;
    }
    for (; w < from.wides && from.wideAt[w] < end; w++) {
      addWide(at + from.wideAt[w] - start, from.wideWidth[w]);
    }
  }
}
