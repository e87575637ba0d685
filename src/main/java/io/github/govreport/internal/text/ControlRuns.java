package io.github.govreport.internal.text;

import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.SourceSpan;
import java.util.List;

/**
 * The control characters and unpaired surrogates the normalizer drops, counted in runs: one diagnostic for them all,
 * spanning the first run.
 */
final class ControlRuns {
  private int start = -1;
  private int end = -1;
  private int count;
  private int runs;
  private int firstStart = -1;
  private int firstEnd = -1;

  /** Whether a run is open: a char was dropped and no kept char followed it yet. */
  boolean open() {
    return start >= 0;
  }

  /** Notes one char dropped at {@code at}, in the open run or a new one. */
  void note(int at) {
    if (start < 0) {
      start = at;
    }
    end = at + 1;
    count++;
  }

  /** Closes the open run, if any; the first run is the span of the diagnostic. */
  void close() {
    if (start >= 0) {
      if (firstStart < 0) {
        firstStart = start;
        firstEnd = end;
      }
      runs++;
      start = -1;
    }
  }

  /** Adds the one diagnostic of all the runs to {@code out}; none when no char was dropped. */
  void report(List<Diagnostic> out) {
    if (count > 0) {
      out.add(Diagnostic.of(DiagnosticCode.CONTROL_CHARACTERS, "dropped " + count
          + " control or unpaired surrogate character" + (count == 1 ? "" : "s")
          + (runs > 1 ? " in " + runs + " places; the span is the first" : ""),
          SourceSpan.of(firstStart, firstEnd)));
    }
  }
}
