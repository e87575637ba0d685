package io.github.govreport.internal.assemble;

import io.github.govreport.internal.clause.ClauseReader;
import io.github.govreport.internal.clause.MainTargetsReader;
import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.NameCleaner;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.NameLexicon;
import io.github.govreport.model.Report;
import io.github.govreport.model.SourceSpan;
import io.github.govreport.model.UnitCatalog;
import java.util.List;

/**
 * The parser's engine: runs the steps over one input and assembles the {@link Report}. Immutable and
 * thread-safe; every parse keeps its state in its own objects.
 */
public final class ReportReader {

  final IndicatorCatalog catalog;
  final FigureScanner scanner;
  final ClauseReader clauses;
  final MainTargetsReader main;
  final NameCleaner names;
  /** The parser's words, built once and handed to every stage that reads words a caller can add. */
  final Vocabulary vocabulary;
  /** Finds the programmes and projects a report names. */
  final NamedThings named;
  /** The region the caller states, which wins over the text's; null to read it from the text. */
  final String statedRegion;

  /** Creates an engine for the given lexicons, with the default name words. */
  public ReportReader(IndicatorCatalog catalog, UnitCatalog units) {
    this(catalog, units, NameLexicon.defaults());
  }

  /** Creates an engine for the given lexicons. */
  public ReportReader(IndicatorCatalog catalog, UnitCatalog units, NameLexicon nameLexicon) {
    this.vocabulary = Vocabulary.of(nameLexicon.added(), units);
    this.catalog = catalog;
    this.scanner = new FigureScanner(vocabulary);
    this.clauses = new ClauseReader(scanner, catalog, vocabulary);
    this.main = new MainTargetsReader(scanner, clauses);
    this.names = new NameCleaner(catalog, vocabulary);
    this.named = new NamedThings(vocabulary);
    this.statedRegion = null;
  }

  private ReportReader(ReportReader base, String statedRegion) {
    this.catalog = base.catalog;
    this.scanner = base.scanner;
    this.clauses = base.clauses;
    this.main = base.main;
    this.names = base.names;
    this.vocabulary = base.vocabulary;
    this.named = base.named;
    this.statedRegion = statedRegion;
  }

  /** This engine, for reports whose region the caller states (null: read from the text). */
  public ReportReader withRegion(String region) {
    return new ReportReader(this, region);
  }

  /** Parses a whole input; never throws on odd text. */
  public Report read(String input) {
    return read(input, List.of());
  }

  /** Parses a whole input, adding diagnostics the caller has about it (how it was decoded). */
  public Report read(String input, List<Diagnostic> decoding) {
    ReportRun run = new ReportRun(this, input);
    run.diagnostics.addAll(decoding);
    try {
      return run.read();
    } catch (RuntimeException bug) {
      // The parser must never fail on text; a bug in a step must not lose the caller's report.
      return Report.builder()
          .addDiagnostics(Diagnostic.builder().code(DiagnosticCode.INTERNAL_ERROR)
              .message("internal error while parsing, the report is incomplete: " + bug)
              .span(SourceSpan.of(0, 0)).build())
          .build();
    }
  }
}
