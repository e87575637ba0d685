package io.github.govreport.internal.text;

import io.github.govreport.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * A text as the text stage leaves it: normalised, its lines joined, with what was read past (diagnostics), the
 * Markdown heading levels by line start, the paragraph ends a sentence may go on past, and a collector's header.
 */
public final class NormalizedText {
  public final SourceText text;
  public final List<Diagnostic> diagnostics;
  public final Map<Integer, Integer> markdownHeadings;
  /**
   * Where a paragraph ends at a full-width line of hard-wrapped text that ends on a full stop: its sentence
   * may go on in the next paragraph, as nothing tells a wrap there from a paragraph's end. Sorted offsets.
   */
  public final int[] mayGoOn;
  /** The fields of a collector's header that were left out of the text, in order. */
  public final List<CollectorField> collectorFields;

NormalizedText(SourceText text, List<Diagnostic> diagnostics, Map<Integer, Integer> markdownHeadings) {
    this(text, diagnostics, markdownHeadings, new int[0], List.of());
  }

NormalizedText(SourceText text, List<Diagnostic> diagnostics, Map<Integer, Integer> markdownHeadings, int[] mayGoOn,
      List<CollectorField> collectorFields) {
    this.text = text;
    this.diagnostics = diagnostics;
    this.markdownHeadings = markdownHeadings;
    this.mayGoOn = mayGoOn;
    this.collectorFields = collectorFields;
  }
}
