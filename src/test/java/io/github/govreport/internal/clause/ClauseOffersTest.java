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

  /** The readings of a clause without figures, each on its own. */
  enum Reading {
    /** What it says changes ({@link ClauseOffers#ofClause}). */
    CHANGED,
    /** What a task closed by a word of building builds ({@link ClauseOffers#builtThing}). */
    BUILT,
    /** What a task is about, for an investment after it ({@link ClauseOffers#taskTopic}). */
    TOPIC
  }

  /**
   * A clause without figures offers what it says changes, what a task closed by a word of building builds, and what a
   * task is about (the object of its verb, or what a word of how it went closes); any other clause, nothing.
   */
  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "CHANGED|企业退休人员养老金标准继续提高|企业退休人员养老金标准",
      "CHANGED|社区干部生活补贴、环卫工人工资再次提高|社区干部生活补贴、环卫工人工资",
      "CHANGED|下调城镇职工基本养老保险单位缴费比例|城镇职工基本养老保险单位缴费比例",
      "CHANGED|提高城乡居民基础养老金最低标准|城乡居民基础养老金最低标准",
      "CHANGED|万亿产业、国家先进制造业集群从无到有|万亿产业、国家先进制造业集群",
      "CHANGED|精准施策|",
      "CHANGED|统筹地上地下|",
      "CHANGED|坚持以实效惠民生|",
      "BUILT|强力推进标准化厂房建设|标准化厂房",
      "BUILT|加快农村公路建设|农村公路",
      "BUILT|推进老旧小区改造|老旧小区",
      "BUILT|标准化厂房建设|",
      "BUILT|推进乡村振兴|",
      "TOPIC|职教园区建设成效明显|职教园区建设",
      "TOPIC|交通事业快速发展|交通事业",
      "TOPIC|大力发展第三产业|第三产业",
      "TOPIC|加快矿山生态修复|矿山生态修复",
      "TOPIC|实施了一批市政道路、园林绿化等基础设施项目|基础设施项目",
      "TOPIC|精准施策|",
      "TOPIC|成效明显|",
  })
  void aClauseWithoutFiguresOffersWhatItIsAbout(Reading reading, String clause, String subject) {
    SourceText t = Normalizer.normalize(clause).text;
    Vocabulary words = Vocabulary.builtIn();
    Subject s = switch (reading) {
      case CHANGED -> ClauseOffers.ofClause(t, 0, t.length(), new Subjects.Peel(), words);
      case BUILT -> ClauseOffers.builtThing(t, 0, t.length(), words);
      case TOPIC -> ClauseOffers.taskTopic(t, 0, t.length(), words);
    };
    assertThat(s == null ? null : s.name).isEqualTo(subject);
  }
}
