package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure borrows from the words before its own, alone: a stock after a flow, a subject before. */
class BorrowingTest {

  /** A total of a measure after a flow of it is the stock it flows into; after anything else, nothing. */
  @ParameterizedTest(name = "{0}, {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "新增地铁运营里程|总里程|地铁运营总里程",
      "新增电力装机|总装机|电力总装机",
      "累计新增光伏装机容量|总装机容量|光伏总装机容量",
      "地铁运营里程|总里程|",
      "新增地铁运营里程|总投资|",
      "新增里程|总里程|",
  })
  void aTotalOfAMeasureAfterAFlowIsItsStock(String last, String name, String stock) {
    assertThat(Borrowing.totalMeasureOfLast(last, name, Vocabulary.builtIn().names)).isEqualTo(stock);
  }
}
