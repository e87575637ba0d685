package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a clause without figures offers the nameless figures after it, alone. */
class ClauseOffersTest {

  /** A clause without figures offers what it says changes to the nameless figure after it; any other clause, nothing. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "企业退休人员养老金标准继续提高|企业退休人员养老金标准",
      "社区干部生活补贴、环卫工人工资再次提高|社区干部生活补贴、环卫工人工资",
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

  /** A clause of a task closed by a word of building offers what it builds; any other clause, nothing. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "强力推进标准化厂房建设|标准化厂房",
      "加快农村公路建设|农村公路",
      "推进老旧小区改造|老旧小区",
      "标准化厂房建设|",
      "推进乡村振兴|",
  })
  void aClauseOfATaskOffersWhatItBuilds(String clause, String subject) {
    SourceText t = Normalizer.normalize(clause).text;
    Subject s = ClauseOffers.builtThing(t, 0, t.length(), Vocabulary.builtIn());
    assertThat(s == null ? null : s.name).isEqualTo(subject);
  }

  /** A clause of a task is about what a word of how it went closes, or what its verb opens; any other clause, nothing. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "职教园区建设成效明显|职教园区建设",
      "交通事业快速发展|交通事业",
      "大力发展第三产业|第三产业",
      "加快矿山生态修复|矿山生态修复",
      "实施了一批市政道路、园林绿化等基础设施项目|基础设施项目",
      "精准施策|",
      "成效明显|",
  })
  void aClauseOfATaskIsAboutWhatItsVerbOrItsProgressSays(String clause, String subject) {
    SourceText t = Normalizer.normalize(clause).text;
    Subject s = ClauseOffers.taskTopic(t, 0, t.length(), Vocabulary.builtIn());
    assertThat(s == null ? null : s.name).isEqualTo(subject);
  }
}
