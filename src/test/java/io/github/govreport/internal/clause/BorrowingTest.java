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
    Subject s = Borrowing.ofClause(t, 0, t.length(), new Subjects.Peel(), Vocabulary.builtIn());
    assertThat(s == null ? null : s.name).isEqualTo(subject);
  }
}
