package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A total after what it adds up: the things a clause before offers it, and which units add up. */
class TotalsTest {

  /** A clause without figures offers its things to a total that opens the next clause; to nothing else. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "资助残疾人大学生和困难残疾人家庭子女大学生，合计6300名|残疾人大学生和困难残疾人家庭子女大学生",
      "资助残疾人大学生和困难残疾人家庭子女大学生，共计6300名|残疾人大学生和困难残疾人家庭子女大学生",
      "资助残疾人大学生和困难残疾人家庭子女大学生，新增6300名|",
      "资助残疾人大学生，合计发放资金|",
      "精准施策，合计6300名|",
  })
  void aClauseBeforeATotalOffersWhatItActsOn(String text, String subject) {
    SourceText t = Normalizer.normalize(text).text;
    int comma = text.indexOf('，');
    Subject s = Totals.ofTheClauseBefore(t, 0, comma, Vocabulary.builtIn());
    assertThat(s == null ? null : s.name).isEqualTo(subject);
  }

  @Test
  void countsAddUpUnderOneCounterAndAmountsUnderOneDimension() {
    assertThat(Totals.sameKind(Unit.parse("所"), Unit.parse("所"))).isTrue();
    assertThat(Totals.sameKind(Unit.parse("万个"), Unit.parse("个"))).isTrue();
    assertThat(Totals.sameKind(Unit.parse("亿元"), Unit.parse("万元"))).isTrue();
    assertThat(Totals.sameKind(Unit.parse("个"), Unit.parse("万"))).isFalse();
    assertThat(Totals.sameKind(Unit.parse("个"), Unit.parse("家"))).isFalse();
    assertThat(Totals.sameKind(Unit.parse("元"), Unit.parse("人"))).isFalse();
  }
}
