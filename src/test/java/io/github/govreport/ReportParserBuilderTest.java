package io.github.govreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.NameLexicon;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitCatalog;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The parser's builder keeps what it was given, in whatever order it was given. */
class ReportParserBuilderTest {

  static final String TEXT = "2025年某县政府工作报告\n二、2025年工作安排\n主要预期目标是：全域生产总值增长6%左右，储气能力达到100标方。\n";

  @Test
  void aWordingAddedBeforeTheCatalogIsSetIsKept() {
    ReportParser before = ReportParser.builder().addWording(IndicatorKey.GDP, "全域生产总值")
        .indicators(IndicatorCatalog.defaults()).build();
    ReportParser after = ReportParser.builder().indicators(IndicatorCatalog.defaults())
        .addWording(IndicatorKey.GDP, "全域生产总值").build();
    assertThat(before.indicators().resolve("全域生产总值")).isPresent();
    assertThat(before.parse(TEXT)).isEqualTo(after.parse(TEXT));
    assertThat(before.parse(TEXT).targets().get(0).indicator().key()).hasValue(IndicatorKey.GDP);
  }

  @Test
  void aUnitAndANameWordAddedBeforeTheirCatalogsAreSetAreKept() {
    Unit cubic = Unit.of("标方", Dimension.VOLUME, BigDecimal.ONE);
    ReportParser before = ReportParser.builder().addUnit(cubic).units(UnitCatalog.defaults())
        .addNameWord(NameLexicon.Role.SCOPE, "全域").names(NameLexicon.defaults()).build();
    ReportParser after = ReportParser.builder().units(UnitCatalog.defaults()).addUnit(cubic)
        .names(NameLexicon.defaults()).addNameWord(NameLexicon.Role.SCOPE, "全域").build();
    assertThat(before.units().units()).containsKey("标方");
    assertThat(before.parse(TEXT)).isEqualTo(after.parse(TEXT));
  }

  /** A builder given nothing new builds the default parser, whose tables are built once, not a copy of it. */
  @Test
  void aBuilderGivenNothingNewBuildsTheDefaultParser() {
    assertThat(ReportParser.builder().build()).isSameAs(ReportParser.create());
    assertThat(ReportParser.builder().indicators(IndicatorCatalog.defaults()).units(UnitCatalog.defaults())
        .names(NameLexicon.defaults()).build()).isSameAs(ReportParser.create());
    ReportParser stated = ReportParser.builder().region("某县").build();
    assertThat(stated.parse(TEXT)).isEqualTo(ReportParser.create().withRegion("某县").parse(TEXT));
    assertThat(stated.parse(TEXT).region().map(r -> r.name())).hasValue("某县");
    assertThat(ReportParser.builder().addNameWord(NameLexicon.Role.SCOPE, "全域").build())
        .isNotSameAs(ReportParser.create());
  }

  /**
   * A scope word added through the builder reaches every stage that reads scope words: the name cleaner leaves it
   * off the name, the catalog resolves the name without it, and the clause reader finds the indicator after it
   * (in the passage and in the review, where a result in words opens with the indicator).
   */
  @Test
  void aScopeWordAddedThroughTheBuilderIsHonouredByEveryStage() {
    String text = "2025年某县政府工作报告\n一、2024年工作回顾\n全域地区生产总值增长5.5%。全域城镇调查失业率保持历史最好水平。\n"
        + "二、2025年工作安排\n主要预期目标是：全域地区生产总值增长6%左右。\n";
    ReportParser parser = ReportParser.builder().addNameWord(NameLexicon.Role.SCOPE, "全域").build();
    assertThat(parser.indicators().scopeWords()).contains("全域", "全省");
    assertThat(parser.indicators().resolve("全域地区生产总值").map(d -> d.key())).hasValue(IndicatorKey.GDP);
    var report = parser.parse(text);
    assertThat(report.targets()).extracting(t -> t.indicator().name(), t -> t.indicator().key().orElse(null))
        .containsExactly(org.assertj.core.api.Assertions.tuple("地区生产总值", IndicatorKey.GDP));
    assertThat(report.actuals()).extracting(a -> a.indicator().name(), a -> a.indicator().key().orElse(null))
        .containsExactly(org.assertj.core.api.Assertions.tuple("地区生产总值", IndicatorKey.GDP),
            org.assertj.core.api.Assertions.tuple("城镇调查失业率", IndicatorKey.SURVEYED_UNEMPLOYMENT));
    // without the word, the catalog does not know the name
    assertThat(ReportParser.create().indicators().resolve("全域地区生产总值")).isEmpty();
  }

  /**
   * A verb and a unit added through the builder reach every stage that reads verbs or units: the clause reader
   * reads the noun after a figure that only the verb stands before, the project finder leaves the verb off a
   * project's name, the figure scanner reads the unit after a number and after a round threshold (突破亿标方).
   * The parser built without them reads none of this.
   */
  @Test
  void aVerbAndAUnitAddedThroughTheBuilderAreHonouredByEveryStage() {
    String text = "2025年某省政府工作报告\n各位代表：\n一、2024年工作回顾\n储气能力突破亿标方。\n"
        + "二、2025年工作安排\n主要预期目标是：地区生产总值增长5%左右。\n三、2025年重点工作\n"
        + "储备100个省级重大项目。新增储气能力5000万标方。储备沪渝蓉高铁、平陆运河等重大项目开工建设。\n";
    ReportParser mine = ReportParser.builder().addNameWord(NameLexicon.Role.VERB, "储备")
        .addUnit(Unit.of("标方", Dimension.VOLUME, BigDecimal.ONE)).build();
    var report = mine.parse(text);
    assertThat(report.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString())
        .containsExactly(org.assertj.core.api.Assertions.tuple("省级重大项目", "100个"),
            org.assertj.core.api.Assertions.tuple("新增储气能力", "5000万标方"));
    assertThat(report.targets(Scope.TASK).get(1).quantity().get().unit().dimension()).isEqualTo(Dimension.VOLUME);
    assertThat(report.actuals()).extracting(a -> a.indicator().name(), a -> a.quantity().get().toString(), a -> a.bound())
        .containsExactly(org.assertj.core.api.Assertions.tuple("储气能力", "1亿标方", Bound.AT_LEAST));
    assertThat(report.projects()).extracting(p -> p.name()).containsExactly("沪渝蓉高铁", "平陆运河");

    var plain = ReportParser.create().parse(text);
    assertThat(plain.targets(Scope.TASK)).extracting(t -> t.indicator().name(), t -> t.quantity().get().toString())
        .containsExactly(org.assertj.core.api.Assertions.tuple("储备", "100个"),
            org.assertj.core.api.Assertions.tuple("新增储气能力", "5000万"));
    assertThat(plain.actuals()).isEmpty();
    assertThat(plain.projects()).extracting(p -> p.name()).containsExactly("储备沪渝蓉高铁", "平陆运河");
  }

  @Test
  void aWordingOfAKeyTheCatalogDoesNotHoldFailsAtBuildNamingIt() {
    ReportParser.Builder b = ReportParser.builder().addWording(IndicatorKey.of("TOURIST_VISITS"), "接待游客")
        .indicators(IndicatorCatalog.builder().build());
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOURIST_VISITS");
    assertThatThrownBy(() -> ReportParser.builder().addWording(IndicatorKey.GDP, " "))
        .hasMessageContaining("GDP");
  }
}
