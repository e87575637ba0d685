package io.github.govreport.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name words' one reading of 新 before a verb. */
class NameWordsTest {

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({
      // 新 and a verb of a task: the end of the verb
      "新组建省实验室, 0, 3", "新开工保障性住房, 0, 3", "力争新实施项目, 2, 5",
      // no 新 where asked, no verb after it, or nothing after it
      "组建省实验室, 0, -1", "新能源汽车, 0, -1", "新, 0, -1", "新组建, 1, -1",
  })
  void readsAVerbAfterNew(String s, int at, int end) {
    NameWords names = Lexicon.NAMES;
    assertThat(NameWords.afterNew(s, at, s.length(), names.all, r -> r == NameWords.Role.VERB)).isEqualTo(end);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"新组建", "新实施"})
  void aVerbOfAnotherRoleIsNotRead(String s) {
    NameWords names = Lexicon.NAMES;
    assertThat(NameWords.afterNew(s, 0, s.length(), names.all, r -> r == NameWords.Role.KEEP)).isEqualTo(-1);
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource({
      // the first verb or adverb, each word read longest where it stands
      "企业签约入驻, 2, 2", "城镇居民全面推进, 2, 4", "湖南自贸试验区, 0, -1",
  })
  void findsTheFirstWordOfARole(String s, int from, int at) {
    NameWords names = Lexicon.NAMES;
    assertThat(names.firstWord(s, from, s.length(), r -> r.verbal() || r.adverbial())).isEqualTo(at);
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({"保障性住房, 2, true", "服务业, 2, true", "完成地区生产总值, 2, false", "建设项目, 2, false"})
  void aVerbBeforeANounSuffixStartsANoun(String s, int end, boolean noun) {
    assertThat(Lexicon.NAMES.verbStartsANoun(s, end)).isEqualTo(noun);
  }

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvSource({"困难老年人家庭实施适老化改造, 7, 2", "社区卫生服务中心, 4, 0", "服务业, 0, 0", "省级财政资金, 0, 0"})
  void readsAVerbOfATaskWhereItStandsUnlessItStartsANoun(String s, int at, int length) {
    assertThat(Lexicon.NAMES.taskVerbAt(s, at, s.length())).isEqualTo(length);
  }

  @ParameterizedTest(name = "{0} over {1} chars: {2}")
  @CsvSource({"共建产业集群, 1, true", "共建产业集群, 2, false", "共同推进, 1, false"})
  void aWordOfANameLongerThanACueStartsWhereTheCueDoes(String s, int length, boolean over) {
    assertThat(Lexicon.NAMES.wordOver(s, 0, s.length(), length)).isEqualTo(over);
  }
}
