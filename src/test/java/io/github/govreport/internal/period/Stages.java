package io.github.govreport.internal.period;

import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.figure.IndicatorWordings;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.origin.YearReader;
import io.github.govreport.internal.outline.Outline;
import io.github.govreport.internal.segment.Segments;
import io.github.govreport.internal.text.LineJoiner;
import io.github.govreport.internal.text.NormalizedText;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.IndicatorCatalog;
import java.util.ArrayList;
import java.util.List;

/** Runs the parser's stages up to the period map on a text written for a test, for the stage tests. */
final class Stages {

  static final FigureScanner SCANNER = new FigureScanner(Vocabulary.builtIn());
  static final IndicatorWordings WORDINGS = new IndicatorWordings(IndicatorCatalog.defaults());

  final SourceText text;
  final Outline outline;
  final YearReader.Result years;
  final PeriodReader.Result found;
  final List<Passage> passages;
  final Periods periods;

  private Stages(String input) {
    NormalizedText n = LineJoiner.join(Normalizer.normalize(input));
    text = n.text;
    outline = Outline.of(text, n.markdownHeadings);
    years = YearReader.read(text, outline.blocks, outline.title, Vocabulary.builtIn());
    found = PeriodReader.read(text, outline.blocks, Segments.of(text, outline.blocks), years, Lexicon.PERIODS);
    passages = PassageFinder.find(text, outline.blocks, found.periods, WORDINGS, SCANNER);
    List<int[]> ranges = new ArrayList<>();
    for (Passage p : passages) {
      ranges.add(new int[] {p.start, p.end});
    }
    periods = found.periods.settle(ranges);
  }

  static Stages of(String input) {
    return new Stages(input);
  }

  /** The normalised offset of {@code probe} in the text; the tests' texts need no normalising. */
  int at(String probe) {
    int i = text.toString().indexOf(probe);
    if (i < 0) {
      throw new AssertionError("'" + probe + "' is not in the text");
    }
    return i;
  }

  /** The passages' texts, in order. */
  List<String> passageTexts() {
    List<String> out = new ArrayList<>();
    for (Passage p : passages) {
      out.add(text.text(p.start, p.end).replace("\n", ""));
    }
    return out;
  }
}
