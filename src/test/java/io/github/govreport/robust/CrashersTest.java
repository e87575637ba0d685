package io.github.govreport.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.json.ReportJson;
import io.github.govreport.model.Actual;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One regression test per bug found, each on its input in src/test/resources/crashers. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CrashersTest {

  static final ReportParser PARSER = ReportParser.create();

  static String crasher(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/crashers", name), StandardCharsets.UTF_8);
  }

  /** Found by the alphabet property: a main-targets clause of only connectives had an empty indicator name. */
  @Test
  void mainClauseOfConnectivesOnly() throws IOException {
    String text = crasher("main-clause-of-connectives-only.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.UNREAD_MAIN_CLAUSE);
  }

  /**
   * Found by the pathological inputs: without headings, the passage's own paragraph was taken as the plan
   * before the rest was split, so later paragraphs were read as the review.
   */
  @Test
  void passageRepeatedWithoutHeadings() throws IOException {
    String text = crasher("passage-repeated-without-headings.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.targets(Scope.MAIN)).hasSize(1);
    assertThat(r.actuals()).isEmpty();
  }

  /**
   * Found by the pathological inputs: every figure of a 分别 list quoted the whole list, so memory grew with
   * the square of its length. Long lists now quote each figure alone.
   */
  @Test
  void longRespectivelyList() throws IOException {
    String text = crasher("long-respectively-list.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.actuals()).hasSize(2001).allSatisfy(a -> assertThat(a.text().length()).isLessThan(10));
    assertThat(r.actuals()).extracting(Actual::text).startsWith("5.2%").endsWith("7.3%");
  }

  /** Found by the alphabet property: a passage with nothing after its colon gave a report with no word at all. */
  @Test
  void emptyPassage() throws IOException {
    String text = crasher("empty-passage.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(DiagnosticCode.NO_MAIN_TARGETS);
  }

  /**
   * Found by a new user: a rank written with 名 (第2名) was written to JSON as the symbol 名 and read back as 名
   * = persons. The JSON now carries the unit's dimension beside its symbol.
   */
  @Test
  void rankWrittenWithMingSurvivesTheJsonRoundTrip() throws IOException {
    String text = crasher("rank-written-with-ming.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.actuals()).extracting(a -> a.quantity().get().unit().dimension())
        .containsExactly(Dimension.RANK, Dimension.RANK, Dimension.PERSONS);
    assertThat(ReportJson.read(ReportJson.write(r))).isEqualTo(r);
  }

  /**
   * Found by the fuzz campaign: an item's span could end between the two halves of a supplementary
   * character (an emoji), so its text ended in a lone surrogate and the JSON was not valid UTF-8.
   */
  @Test
  void spansNeverCutASupplementaryCharacterInHalf() throws IOException {
    String text = crasher("span-around-supplementary-characters.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.targets()).isNotEmpty();
    assertThat(r.actuals()).isNotEmpty();
  }

  /**
   * Found by the fuzz campaign: 五千亿五千亿五千亿斤 overflowed a long into a negative quantity, and 亿 after 亿
   * multiplied again. Numerals are exact now, and a numeral whose large units do not fall is no figure.
   */
  @Test
  void chineseNumeralsThatAreNoNumberAreDiagnosticsNotFigures() throws IOException {
    String text = crasher("chinese-numeral-overflow.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    assertThat(r.actuals()).singleElement().satisfies(a -> {
      assertThat(a.indicator().name()).isEqualTo("蔬菜产量");
      assertThat(a.quantity().get().value()).isEqualByComparingTo("3");
      assertThat(a.quantity().get().unit().symbol()).isEqualTo("万亿斤");
    });
    assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.MALFORMED_NUMERAL)
        .extracting(d -> text.substring(d.span().start(), d.span().end()))
        .containsExactly("五千亿五千亿五千亿斤", "五千亿五千亿斤");
  }

  /**
   * Found by the targeted probes of the release campaign: a passage on a markdown heading line, or inside bold
   * marks, gave no target and no diagnostic (its heading's line was never read).
   */
  @Test
  void aPassageOnAHeadingLineOrInBoldIsRead() throws IOException {
    for (String name : new String[] {"passage-on-a-markdown-heading.txt", "passage-in-bold.txt"}) {
      String text = crasher(name);
      Report r = PARSER.parse(text);
      Invariants.check(text, r);
      assertThat(r.targets(Scope.MAIN)).as(name).extracting(t -> t.text())
          .containsExactly("地区生产总值增长5%左右", "城镇调查失业率5.5%以内");
    }
  }

  /**
   * Found by the emoji probe: a name distributed over a list kept the low half of 𝟎 (标箱、增𝟎长9%), a name read after
   * a long run of emoji began inside one, a caption quoted in a message was cut inside one.
   */
  @Test
  void noStringIsCutInsideASurrogatePair() throws IOException {
    String text = crasher("names-cut-inside-surrogate-pairs.txt");
    Report r = PARSER.parse(text);
    Invariants.check(text, r);
    Invariants.wholeStrings(io.github.govreport.json.ReportJson.write(r));
    assertThat(r.actuals()).isNotEmpty();
  }
}
