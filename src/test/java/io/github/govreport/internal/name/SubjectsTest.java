package io.github.govreport.internal.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding a figure's subject alone: the words before a figure, the patterns (the noun after a count: PostNounTest). */
class SubjectsTest {

  static SourceText text(String s) {
    return Normalizer.normalize(s).text;
  }

  @Test
  void theWordsBetweenANameAndItsFigureArePeeledAsCues() {
    SourceText t = text("地区生产总值预计增长5%");
    int figure = t.toString().indexOf('5');
    Subjects.Peel p = Subjects.peel(t, 0, figure, new Subjects.Peel(), Vocabulary.builtIn());
    assertThat(t.text(0, p.end)).isEqualTo("地区生产总值");
    assertThat(p.cues).contains(Cue.RISE, Cue.ESTIMATE);
  }

  @Test
  void aFigureAfterFromIsTheValueMovedFrom() {
    SourceText t = text("常住人口城镇化率从2020年的51.4%提升到2025年的56.3%");
    String s = t.toString();
    Amount former = new Amount(s.indexOf("51.4"), s.indexOf("51.4") + 4, s.indexOf("51.4") + 5,
        Amount.Number.of(new BigDecimal("51.4"), Unit.PERCENT), null);
    Amount reached = new Amount(s.indexOf("56.3"), s.indexOf("56.3") + 4, s.indexOf("56.3") + 5,
        Amount.Number.of(new BigDecimal("56.3"), Unit.PERCENT), null);
    assertThat(Subjects.formerValue(t, 0, former, Vocabulary.builtIn())).isTrue();
    assertThat(Subjects.formerValue(t, 0, reached, Vocabulary.builtIn())).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"一季度", "全年", "提高到2025年", "2024年"})
  void aNameOfTimeOnlyNamesNothing(String name) {
    assertThat(Subjects.isTimeOnly(name, Vocabulary.builtIn())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"地区生产总值", "一季度地区生产总值"})
  void aNameWithANounIsNotTimeOnly(String name) {
    assertThat(Subjects.isTimeOnly(name, Vocabulary.builtIn())).isFalse();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {"城镇居民的|城镇居民", "投资在政策带动下|投资", "研发经费、|研发经费"})
  void cleaningDropsLineBreaksTrailingParticlesAndACircumstance(String found, String name) {
    assertThat(Subjects.clean(found, Lexicon.NAMES)).isEqualTo(name);
  }

  @Test
  void aJoinedLineBreakLeavesAName() {
    assertThat(Subjects.clean("城镇\n新增就业", Lexicon.NAMES)).isEqualTo("城镇新增就业");
  }

  @Test
  void aCircumstanceBeforeANameLeavesIt() {
    assertThat(Subjects.afterCircumstance("在种源、医疗等方面突破关键技术", Vocabulary.builtIn())).isEqualTo("突破关键技术");
    assertThat(Subjects.afterCircumstance("在建项目", Vocabulary.builtIn())).isEqualTo("在建项目");
    assertThat(Subjects.afterCircumstance("在全省10个市建成海外仓", Vocabulary.builtIn())).isEqualTo("建成海外仓");
    assertThat(Subjects.afterCircumstance("在线政务服务事项办理", Vocabulary.builtIn())).isEqualTo("在线政务服务事项办理");
    assertThat(Subjects.afterCircumstance("我市在省十三届运动会上获得金牌", Vocabulary.builtIn())).isEqualTo("获得金牌");
    assertThat(Subjects.afterCircumstance("在亿元以上项目中新建园区", Vocabulary.builtIn())).isEqualTo("在亿元以上项目中新建园区");
  }

  @Test
  void verbsAloneBeforeACountNameNothing() {
    SourceText t = text("整体提升");
    assertThat(Subjects.isVerbOnly(t, 0, t.length(), Vocabulary.builtIn())).isTrue();
    SourceText n = text("高新技术企业");
    assertThat(Subjects.isVerbOnly(n, 0, n.length(), Vocabulary.builtIn())).isFalse();
    SourceText scope = text("全省新增");
    assertThat(Subjects.isVerbOnly(scope, 0, scope.length(), Vocabulary.builtIn())).isTrue();
    SourceText there = text("全市有");
    assertThat(Subjects.isVerbOnly(there, 0, there.length(), Vocabulary.builtIn())).isTrue();
    SourceText owned = text("有效投资"); // 有 only right before the figure
    assertThat(Subjects.isVerbOnly(owned, 0, owned.length(), Vocabulary.builtIn())).isFalse();
  }
}
