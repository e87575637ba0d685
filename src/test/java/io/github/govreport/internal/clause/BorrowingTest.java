package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure borrows from the words before its own, alone: the subject a clause without figures offers. */
class BorrowingTest {

  /** A clause without figures offers what it says changes to the nameless figure after it; any other clause, nothing. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "企业退休人员养老金标准继续提高|企业退休人员养老金标准",
      "下调城镇职工基本养老保险单位缴费比例|城镇职工基本养老保险单位缴费比例",
      "提高城乡居民基础养老金最低标准|城乡居民基础养老金最低标准",
      "万亿产业、国家先进制造业集群从无到有|万亿产业、国家先进制造业集群",
      "精准施策|",
      "统筹地上地下|",
      "坚持以实效惠民生|",
  })
  void aClauseWithoutFiguresOffersWhatItSaysChanges(String clause, String subject) {
    SourceText t = Normalizer.normalize(clause).text;
    Subject s = ClauseOffers.ofClause(t, 0, t.length(), new Subjects.Peel(), Vocabulary.builtIn());
    assertThat(s == null ? null : s.name).isEqualTo(subject);
  }

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
