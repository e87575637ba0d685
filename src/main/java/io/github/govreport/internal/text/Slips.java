package io.github.govreport.internal.text;

import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.SourceSpan;
import java.util.List;

/** A kind of slip the normalizer reads through (lost chars, footnote markers …): how many, and the span of the first. */
final class Slips {
  private int count;
  private int firstStart;
  private int firstEnd;

  /** {@code slips} with one more at {@code [at, at + width)}; a new count when {@code slips} is null. */
  static Slips note(Slips slips, int at, int width) {
    Slips s = slips == null ? new Slips() : slips;
    if (s.count++ == 0) {
      s.firstStart = at;
      s.firstEnd = at + width;
    }
    return s;
  }

  /** Adds one diagnostic for all of {@code s} to {@code out} ("read N what", spanning the first); none for null. */
  static void report(List<Diagnostic> out, Slips s, DiagnosticCode code, String what) {
    if (s != null) {
      out.add(Diagnostic.of(code, "read " + s.count + " " + what + (s.count == 1 ? "" : "; the span is the first"),
          SourceSpan.of(s.firstStart, s.firstEnd)));
    }
  }
}
