package io.github.govreport.internal.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a rank is of, alone: its subject before the word of rank, 均 before it, a rank inserted in a chain. */
class RanksTest {

  static final Vocabulary WORDS = Vocabulary.builtIn();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {"稳居全国前十强|true", "位居全国前列|true", "居民消费价格|false",
      "排名|false", "稳居全国前十强、人均地区生产总值|false", "地区生产总值|false"})
  void anInsertedPredicateOpensWithAWordOfRank(String name, boolean inserted) {
    assertThat(Ranks.insertedPredicate(name, Vocabulary.builtIn().lists)).isEqualTo(inserted);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // the words before the word of rank, without a time or a scope
      "粮食产量居全国第一位|粮食产量",
      "营商环境评价全省第七位|营商环境评价",
      // a word kept whole that opens with a word of rank is none (居民, 排放)
      "居民人均可支配收入增速居全国第6位|居民人均可支配收入增速", "二氧化硫排放量排全省第3位|二氧化硫排放量",
      // a rank moved from is the subject before's
      "由上年居世界第四位|''",
      // the region itself ranked: the list it is ranked in; only a scope there names nothing
      "我市位居全国地级城市品牌百强第83名|全国地级城市品牌百强",
      "全市居全国第5位|''",
  })
  void aRankIsOfTheWordsBeforeItsWordOfRank(String text, String subject) {
    SourceText t = Normalizer.normalize(text).text;
    String name = text.substring(0, Math.max(0, text.indexOf('第')));
    assertThat(Ranks.rankSubject(t, 0, text.indexOf('第'), name, WORDS)).isEqualTo(subject);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "PM10、PM2.5年均浓度、优良天数均居全省第二位|true",
      "粮食产量、播种面积均居全国第一位|true",
      "粮食产量居全国第一位|false",
      "均衡发展水平居全国第三位|false",
  })
  void eachBeforeTheWordOfRankGivesTheRankToEachItem(String text, boolean each) {
    SourceText t = Normalizer.normalize(text).text;
    assertThat(Ranks.eachBeforeRank(t, 0, text.indexOf('第'), WORDS)).isEqualTo(each);
  }

  /** A circumstance naming a ranking (在…排名中) names the region's rank after it; any other circumstance, nothing. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "在中国城市商业信用环境指数排名中|中国城市商业信用环境指数排名",
      "在全国地级城市综合实力百强中|全国地级城市综合实力百强",
      "在疫情防控中|",
      "中国城市商业信用环境指数排名中|",
  })
  void aCircumstanceNamingARankingNamesTheRankAfterIt(String clause, String ranking) {
    SourceText t = Normalizer.normalize(clause).text;
    Subject s = Ranks.rankingOfCircumstance(t, 0, t.length(), WORDS);
    assertThat(s == null ? null : s.name).isEqualTo(ranking);
  }
}
