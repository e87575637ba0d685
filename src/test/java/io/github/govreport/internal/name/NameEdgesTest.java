package io.github.govreport.internal.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ends of a name cut without the catalog: the verbs before it, a count that sums up its list. */
class NameEdgesTest {

  static final Vocabulary WORDS = Vocabulary.builtIn();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a count after a list that sums it up leaves
      "城镇和农村居民人均可支配收入两项指标|城镇和农村居民人均可支配收入",
      "全社会研发投入占比、研发人员占比两项指标增幅|全社会研发投入占比增幅、研发人员占比增幅",
      // without a list before it, or without a numeral, it stays
      "三项指标|三项指标", "主要经济指标|主要经济指标", "一般公共预算收入两项指标|一般公共预算收入两项指标",
  })
  void aCountThatSumsUpAListLeaves(String name, String expected) {
    assertThat(NameEdges.withoutResumptive(name, WORDS.lists)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "新认证绿色食品|绿色食品", "新开工保障性住房|保障性住房", "建成投用学校|学校", "开工|开工",
  })
  void theVerbsOfATaskBeforeANameLeave(String name, String expected) {
    assertThat(NameEdges.withoutLeadingVerbs(name, WORDS.names)).isEqualTo(expected);
  }
}
