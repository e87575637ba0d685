package io.github.govreport.internal.assemble;

import io.github.govreport.internal.clause.ClauseReader;
import io.github.govreport.internal.clause.Decoy;
import io.github.govreport.internal.clause.MainTargetsReader;
import io.github.govreport.internal.clause.Reading;
import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.figure.Marks;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.Period;
import io.github.govreport.internal.origin.RegionReader;
import io.github.govreport.internal.origin.YearReader;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Outline;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.period.Passage;
import io.github.govreport.internal.period.PassageFinder;
import io.github.govreport.internal.period.PeriodReader;
import io.github.govreport.internal.period.Periods;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.segment.Segments;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.CollectorField;
import io.github.govreport.internal.text.LineJoiner;
import io.github.govreport.internal.text.NormalizedText;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Project;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.SourceSpan;
import io.github.govreport.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * One parse of one input: the stages run in order over it, its items and diagnostics gathered, the report
 * assembled. Made and used once by {@link ReportReader#read}; holds all the state of a parse, so that the engine is
 * immutable and shared.
 */
final class ReportRun {
  /** The parser this parse runs with: its catalogs and stages. */
  private final ReportReader engine;
  final String input;
  SourceText text;
  Outline outline;
  OptionalInt reviewYear = OptionalInt.empty();
  OptionalInt planYear = OptionalInt.empty();
  /** Makes the model's items of readings, once the text and its years are known. */
  Items items;
  Periods periods;
  Segments segments;
  /** The view of a sentence of {@link #segments} that the clause reading is handed, refilled each time. */
  final Segmenter.Sentence sentence = new Segmenter.Sentence(0, 0, new int[0], 0);
  /** The next sentence of {@link #segments} to read: ranges are read in order. */
  int nextSentence;
  List<Passage> passages = List.of();
  final List<Target> targets = new ArrayList<>();
  final List<Actual> actuals = new ArrayList<>();
  /** Levels stated in a review of several years: the review year's level when its own review has none. */
  final List<Actual> endOfTermLevels = new ArrayList<>();
  final List<Project> projects = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Scratch objects reused paragraph after paragraph within this one parse. */
  final Marks marks;
  ClauseReader.Context context;

  ReportRun(ReportReader engine, String input) {
    this.engine = engine;
    this.input = input;
    this.marks = new Marks(engine.vocabulary);
  }

  Report read() {
    Report.Builder report = Report.builder();
    if (input.isBlank()) {
      return report.addDiagnostics(Diagnostic.of(DiagnosticCode.EMPTY_INPUT, "the input is empty",
          SourceSpan.of(0, 0))).build();
    }
    NormalizedText normalized = LineJoiner.join(Normalizer.normalize(input), engine.vocabulary);
    text = normalized.text;
    diagnostics.addAll(normalized.diagnostics);
    outline = Outline.of(text, normalized.markdownHeadings, normalized.mayGoOn, engine.vocabulary);
    diagnostics.addAll(outline.diagnostics);
    RegionReader.Result who = RegionReader.read(text, outline.blocks, normalized.collectorFields, engine.statedRegion,
        engine.vocabulary.origin);
    diagnostics.addAll(who.diagnostics);
    if (who.region != null) {
      ownNames = List.of(who.region.name(), who.region.stem() + Grammar.AREA);
      belowTheProvince = who.region.level().isBelowProvince();
    }
    YearReader.Result when = YearReader.read(text, outline.blocks, outline.title, engine.vocabulary);
    diagnostics.addAll(when.diagnostics);
    reviewYear = when.reviewYear > 0 ? OptionalInt.of(when.reviewYear) : OptionalInt.empty();
    planYear = when.planYear > 0 ? OptionalInt.of(when.planYear) : OptionalInt.empty();
    items = new Items(text, engine, reviewYear, planYear);

    readPeriods(when);
    readBody();
    EndOfTermLevels.keep(actuals, endOfTermLevels, diagnostics);
    return assemble(report, normalized, who);
  }

  /**
   * The periods of the text, with its main targets passages found and the periods settled around them; a
   * diagnostic when the text names no passage or says nothing of its periods.
   */
  private void readPeriods(YearReader.Result when) {
    segments = Segments.of(text, outline.blocks);
    PeriodReader.Result found = PeriodReader.read(text, outline.blocks, segments, when,
        engine.vocabulary.periods);
    diagnostics.addAll(found.diagnostics);
    passages = PassageFinder.find(text, outline.blocks, found.periods, engine.clauses.wordings(), engine.scanner);
    List<int[]> ranges = new ArrayList<>();
    for (Passage p : passages) {
      ranges.add(new int[] {p.start, p.end});
    }
    periods = found.periods.settle(ranges);
    context = new ClauseReader.Context(null, periods, marks);
    if (passages.isEmpty()) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.NO_MAIN_TARGETS,
          "no main targets passage (主要预期目标…：) was found", text.span(0, 0)));
    } else if (passages.get(0).byContent) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.MAIN_TARGETS_BY_CONTENT, "no phrase names the main targets; took"
          + " the plan's growth target and the sentences after it that set targets",
          text.span(passages.get(0).start, passages.get(passages.size() - 1).end)));
    }
    if (!found.anyCue) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.NO_PERIOD_CUES, "no heading or opening says which year the"
          + " text speaks of: what precedes the main targets passage is read as the review, what follows it as"
          + " the plan", text.span(0, 0)));
    }
  }

  /** Reads every block of the body as prose, and each main targets passage once, in the block it starts in. */
  private void readBody() {
    int backStart = -1;
    int backEnd = -1;
    int next = 0; // the first passage not yet wholly behind the block being read
    for (Block b : outline.blocks) {
      if (b.part == Part.BACK_MATTER) {
        if (!b.chrome) { // the page after the report has its own diagnostic
          backStart = backStart < 0 ? b.start : backStart;
          backEnd = b.end;
        }
        continue;
      }
      int from = Segments.bodyStart(b);
      if (b.part != Part.BODY) {
        continue; // a heading's own line may hold a passage ("**主要预期目标是：…。**"), so it is read below
      }
      headingFigures(b.labelEnd, from);
      // The block outside the passages it holds is read as prose; each passage once, in the block it starts in.
      while (next < passages.size() && passages.get(next).end <= b.start) {
        next++;
      }
      for (int k = next; k < passages.size() && passages.get(k).start < b.end; k++) {
        Passage p = passages.get(k);
        if (p.start > from) {
          readBlock(b, from, p.start);
        }
        if (p.start >= b.start) {
          int before = targets.size();
          readPassage(p);
          if (targets.size() == before) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.NO_MAIN_TARGETS,
                "the main targets passage holds no target that could be read", text.span(p.start, p.end)));
          }
        }
        from = Math.max(from, p.end);
      }
      if (from < b.end) {
        readBlock(b, from, b.end);
      }
    }
    if (backStart >= 0) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.BACK_MATTER_SKIPPED,
          "did not read the glossary or notes after the speech for figures", text.span(backStart, backEnd)));
    }
  }

  /** Reports each figure of a heading's title, which is read as no sentence, outside the main targets passages. */
  private void headingFigures(int from, int to) {
    if (from >= to) {
      return;
    }
    List<Amount> figures = engine.scanner.scan(text, from, to);
    for (int k = 0; k < figures.size(); k++) { // indexed: no iterator for every heading
      Amount a = figures.get(k);
      if (!Passage.anyHolds(passages, a.start)) {
        skipped(Decoy.IN_HEADING, a.start, a.suffixEnd);
      }
    }
  }

  /** The report: its items in text order, every message whole Unicode, the title, region and years. */
  private Report assemble(Report.Builder report, NormalizedText normalized, RegionReader.Result who) {
    targets.sort(Comparator.comparing(Target::span));
    actuals.sort(Comparator.comparing(Actual::span));
    diagnostics.sort(Comparator.comparing(Diagnostic::span));
    diagnostics.replaceAll(d -> d.message().equals(Chars.whole(d.message())) ? d
        : Diagnostic.of(d.code(), Chars.whole(d.message()), d.span())); // every message whole Unicode
    if (outline.title != null) {
      report.title(Chars.whole(outline.title));
    } else {
      CollectorField.title(normalized.collectorFields, engine.vocabulary.origin).ifPresent(report::title);
    }
    if (who.region != null) {
      report.region(who.region);
    }
    reviewYear.ifPresent(report::reviewYear);
    planYear.ifPresent(report::planYear);
    return report
        .sections(outline.sections)
        .targets(targets)
        .actuals(actuals)
        .programs(engine.named.programs(text, outline.blocks))
        .projects(projects)
        .diagnostics(diagnostics)
        .build();
  }

  /** The report's own region as a name may open with it (北京市, 北京地区), left off like 全市; empty when unknown. */
  private List<String> ownNames = List.of();

  /**
   * Whether the report is a city's or a county's, whose national wordings name its own indicators. A province's
   * keep them: 国内生产总值 was a province's own statistical term for its output into the 2000s.
   */
  private boolean belowTheProvince;

  /**
   * A name without the report's own region at its front, cleaned by the parser's name cleaner; in a city's or a
   * county's report, a national wording is the region's name (国内生产总值 in a city's report of 2004 → 地区生产总值).
   */
  private String clean(String name) {
    String cleaned = cleanOwn(name);
    if (belowTheProvince) {
      for (var e : engine.vocabulary.lists.regionalNames.entrySet()) {
        if (e.getValue().contains(cleaned)) {
          return e.getKey();
        }
      }
    }
    return cleaned;
  }

  private String cleanOwn(String name) {
    for (int ownAt = 0; ownAt < ownNames.size(); ownAt++) { // indexed: no iterator on a hot path
      String own = ownNames.get(ownAt);
      if (name.startsWith(own) && name.length() > own.length() + 1) {
        return engine.names.clean(name.substring(own.length())); // "北京地区获评国家科学技术奖" → 国家科学技术奖
      }
    }
    return engine.names.clean(name);
  }

  /** Where the clause reading hands its figures: by their period, results, targets or diagnostics. */
  final ClauseReader.Sink prose = new ClauseReader.Sink() {
    @Override
    public void reading(Reading r) {
      Period p = r.period;
      if (p.isReported() || p == Period.SEVERAL_YEARS) {
        String name = r.namedInFull ? r.name : clean(r.name);
        // "开工、投产新能源项目": each keeps its verb before the object; "高新技术企业新增300家": 新增高新技术企业
        name = name.isEmpty() || name.contains(r.verb) ? name : r.verb + name;
        if (name.isEmpty()) {
          ReportRun.this.skipped(Decoy.NO_NAME, r.figureStart, r.figureEnd); // "实施好200项": a verb names nothing
          return;
        }
        r.name = name;
      }
      if (p == Period.PLAN_YEAR) {
        targets.add(items.target(r, Scope.TASK));
      } else if (p == Period.REVIEW_YEAR) {
        actuals.add(items.actual(r));
      } else if (p == Period.SEVERAL_YEARS && EndOfTermLevels.mayBe(r, text, periods, engine.vocabulary)) {
        endOfTermLevels.add(items.actual(r));
      } else {
        Decoy d = Decoy.of(p, r.former);
        if (d != null) {
          ReportRun.this.skipped(d, r.figureStart, r.figureEnd);
        }
      }
    }

    @Override
    public void skipped(Decoy why, int start, int end) {
      ReportRun.this.skipped(why, start, end);
    }

    @Override
    public void qualitative(String name, int start, int end, boolean estimated) {
      SourceSpan span = text.span(start, end);
      String cleaned = clean(name);
      Actual.Builder a = Actual.builder()
          .indicator(items.indicator(cleaned.isEmpty() ? name : cleaned))
          .measure(Measure.OTHER)
          .bound(Bound.QUALITATIVE)
          .estimated(estimated)
          .span(span)
          .text(text.originalText(span));
      reviewYear.ifPresent(a::year);
      actuals.add(a.build());
    }
  };

  private void readBlock(Block b, int from, int to) {
    ClauseReader.Context ctx = context.about(topicOf(b));
    ClauseReader.Sink sink = prose;
    while (nextSentence < segments.size() && segments.end(nextSentence) <= from) {
      nextSentence++;
    }
    for (int k = nextSentence; k < segments.size() && segments.start(k) < to; k++) {
      if (!segments.view(k, from, to, sentence)) {
        continue;
      }
      Segmenter.Sentence s = sentence;
      Period p = periods.at(s.start);
      if (p == Period.PLAN_YEAR || p == Period.REVIEW_YEAR) {
        engine.named.projects(text, s, p == Period.PLAN_YEAR,
            p == Period.PLAN_YEAR ? planYear : reviewYear, projects);
      }
      // "预计全年生产总值增长6%；规上工业增加值增长7%；…": an estimate opening a list split by ； covers its items.
      ctx.carryEstimateAfter(k > 0 ? segments.terminator(k - 1) : 0);
      engine.clauses.read(text, s, ctx, sink);
    }
  }

  private void readPassage(Passage passage) {
    engine.main.read(text, passage.start, passage.end, new MainTargetsReader.Sink() {
          @Override
          public void reading(Reading r) {
            String name = clean(r.name);
            r.name = name.isEmpty() ? r.name : name; // a clause of the passage is a target whatever it names
            targets.add(items.target(r, Scope.MAIN));
          }

          @Override
          public void skipped(Decoy why, int start, int end) {
            ReportRun.this.skipped(why, start, end);
          }

          @Override
          public void clause(MainTargetsReader.Clause c) {
            SourceSpan span = text.span(c.start, c.end);
            String name = clean(c.name);
            Target.Builder t = Target.builder()
                .indicator(items.indicator(name.isEmpty() ? c.name : name))
                .measure(c.measure)
                .bound(c.bound)
                .scope(Scope.MAIN)
                .span(span)
                .text(text.originalText(span));
            if (c.reference != null) {
              t.reference(items.indicator(c.reference));
            }
            planYear.ifPresent(t::year);
            targets.add(t.build());
          }

          @Override
          public void unread(int start, int end) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.UNREAD_MAIN_CLAUSE,
                "could not read '" + text.text(start, end) + "' as a target", text.span(start, end)));
          }
        }, periods);
  }

  private void skipped(Decoy why, int start, int end) {
    diagnostics.add(Diagnostic.of(why.code, "did not report '" + text.text(start, end) + "': " + why.reason,
        text.span(start, end)));
  }

  /** A name for figures whose clause names nothing: the catalog wording the paragraph's heading opens with. */
  private String topicOf(Block b) {
    if (b.kind == null || b.titleEnd <= b.titleStart) {
      return null;
    }
    IndicatorDefinition d = engine.clauses.wordings().topicAt(text, b.titleStart, b.titleEnd);
    return d == null ? null : d.wordings().get(0);
  }
}
