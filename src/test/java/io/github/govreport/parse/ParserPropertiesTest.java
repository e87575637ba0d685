package io.github.govreport.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Extracted;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the parser over the corpus, checked by QuickTheories with shrinking. */
class ParserPropertiesTest {

  static final ReportParser PARSER = ReportParser.create();
  static final List<String> TEXTS = Corpus.texts().stream().map(Corpus::text).collect(Collectors.toList());

  static final List<String> NOISE = List.of("", "打印", "【字号：", "加大", "减小", "】", "相关报道：", "本报记者 李四 摄",
      "来源：某某日报", "<p></p>", "　　", "责任编辑：王五", "![照片](a.jpg)");

  static Gen<String> texts() {
    return arbitrary().pick(TEXTS);
  }

  @Test
  void everySpanIsItsSubstring() {
    qt().withExamples(20).forAll(texts()).checkAssert(text -> {
      Report r = PARSER.parse(text);
      List<Extracted> all = new ArrayList<>(r.targets());
      all.addAll(r.actuals());
      all.addAll(r.programs());
      all.addAll(r.projects());
      assertThat(all).allSatisfy(e -> assertThat(e.span().textIn(text)).isEqualTo(e.text()));
      assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.span().end()).isLessThanOrEqualTo(text.length()));
      assertThat(r.sections()).allSatisfy(s -> assertThat(s.span().end()).isLessThanOrEqualTo(text.length()));
    });
  }

  @Test
  void parsingIsDeterministic() {
    qt().withExamples(10).forAll(texts()).checkAssert(text ->
        assertThat(PARSER.parse(text)).isEqualTo(PARSER.parse(text)));
  }

  @Test
  void noiseLinesBetweenParagraphsChangeNoTarget() {
    Gen<List<Integer>> cuts = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 12);
    Gen<List<String>> noise = lists().of(arbitrary().pick(NOISE)).ofSize(12);
    qt().withExamples(40).forAll(texts(), cuts, noise).checkAssert((text, at, lines) -> {
      List<Integer> breaks = new ArrayList<>();
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        breaks.add(i);
      }
      StringBuilder noisy = new StringBuilder(text);
      List<Integer> chosen = at.stream().map(k -> breaks.get(k % breaks.size())).distinct().sorted((a, b) -> b - a)
          .collect(Collectors.toList());
      for (int k = 0; k < chosen.size(); k++) {
        noisy.insert(chosen.get(k) + 1, lines.get(k) + "\n");
      }
      assertThat(meaning(PARSER.parse(noisy.toString()))).isEqualTo(meaning(PARSER.parse(text)));
    });
  }

  /** What a target says, without where it is. */
  static List<String> meaning(Report r) {
    return r.targets().stream().map(ParserPropertiesTest::meaning).collect(Collectors.toList());
  }

  static String meaning(Target t) {
    return t.scope() + " " + t.indicator() + " " + t.measure() + " " + t.bound() + " " + t.quantity() + " "
        + t.stretch() + " " + t.text().replaceAll("\\s", "");
  }

  /** Breaks every line of a text after {@code width} characters, as text taken out of a PDF is broken. */
  static String hardWrap(String text, int width) {
    StringBuilder sb = new StringBuilder(text.length() + text.length() / width + 1);
    for (String line : text.split("\n", -1)) {
      while (line.length() > width) {
        sb.append(line, 0, width).append('\n');
        line = line.substring(width);
      }
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  @Test
  void hardWrappedTextGivesTheSameMainTargetsAndActuals() {
    // Corpus texts only: the seed's markup (<sub>, **) would be cut in two by a wrap, which no real PDF does.
    Gen<String> corpus = arbitrary().pick(Corpus.texts().stream().filter(n -> !n.startsWith("seed"))
        .map(Corpus::text).collect(Collectors.toList()));
    qt().withExamples(20).forAll(corpus, integers().between(28, 60)).checkAssert((text, width) -> {
      Report plain = PARSER.parse(text);
      Report wrapped = PARSER.parse(hardWrap(text, width));
      assertThat(mainTargets(wrapped)).isEqualTo(mainTargets(plain));
      assertThat(figures(wrapped.actuals())).containsAll(figures(plain.actuals()).subList(0, 10));
    });
  }

  static List<String> mainTargets(Report r) {
    return r.targets(io.github.govreport.model.Scope.MAIN).stream()
        .map(t -> t.indicator().name() + " " + t.bound() + " " + t.quantity()).collect(Collectors.toList());
  }

  static List<String> figures(List<io.github.govreport.model.Actual> actuals) {
    return actuals.stream().map(a -> a.indicator().name() + " " + a.quantity()).collect(Collectors.toList());
  }
}
