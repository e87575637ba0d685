package io.github.govreport.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetChangesTest {

  static String figure(java.util.Optional<Quantity> q) {
    return q.map(Quantity::toString).orElse(null);
  }

  @Test
  void theSeedsTargetsAgainstItsOwnResults() throws Exception {
    Report seed = ReportParser.create().parse(Path.of("seeds/zhejiang-2024-summary.txt"));
    List<TargetChange> changes = TargetChanges.againstResults(seed);
    assertThat(changes).extracting(c -> c.indicator().name(), TargetChange::kind, c -> figure(c.versusResult()))
        .containsExactly(
            tuple("生产总值", ChangeKind.NEW, "-0.5个百分点"),      // 5.5%左右 against 6%
            tuple("规模以上工业增加值", ChangeKind.NEW, "0个百分点"),  // 6%左右 against 6%
            tuple("固定资产投资", ChangeKind.NEW, "-0.1个百分点"),     // 6%左右 against 6.1%
            tuple("社会消费品零售总额", ChangeKind.NEW, "-1.3个百分点"), // 5.5%左右 against 6.8%
            tuple("研发投入强度", ChangeKind.NEW, "0.05个百分点"),     // 3.2% against 3.15% (预计)
            tuple("一般公共预算收入", ChangeKind.NEW, null),          // in step: no figure of its own
            tuple("城乡居民收入", ChangeKind.NEW, null),
            tuple("居民消费价格指数", ChangeKind.NEW, "2.7个百分点"),   // 3%左右 against 0.3%
            tuple("城镇调查失业率", ChangeKind.NEW, "0.4个百分点"));    // 5%以内 against 4.6%
    assertThat(changes.get(0).lastResult().get().text()).isEqualTo("全省生产总值增长6%");
    assertThat(changes.get(5).lastResult().get().text()).isEqualTo("一般公共预算收入增长7%");
  }

  @Test
  void targetsRaisedLoweredNewAndDroppedBetweenTwoYears() {
    ReportParser p = ReportParser.create();
    Report before = p.parse("2024年某省政府工作报告\n主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率5.5%以内，"
        + "城镇新增就业70万人以上，进出口稳中提质。");
    Report after = p.parse("2025年某省政府工作报告\n主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5%以内，"
        + "城镇新增就业75万人以上，单位地区生产总值能耗降低2.5%左右，粮食产量1300亿斤以上。");
    List<TargetChange> changes = TargetChanges.between(before, after);
    assertThat(changes).extracting(c -> c.indicator().name(), TargetChange::kind, c -> figure(c.change()))
        .containsExactly(
            tuple("地区生产总值", ChangeKind.LOWERED, "-0.5个百分点"),
            tuple("城镇调查失业率", ChangeKind.RAISED, "-0.5个百分点"),   // lower is better: a lower ceiling
            tuple("城镇新增就业", ChangeKind.RAISED, "5万人"),
            tuple("单位地区生产总值能耗", ChangeKind.NEW, null),
            tuple("粮食产量", ChangeKind.NEW, null),
            tuple("进出口", ChangeKind.DROPPED, null));
    assertThat(changes.get(5).previous().get().text()).isEqualTo("进出口稳中提质");
    assertThat(TargetChanges.between(after, after)).extracting(TargetChange::kind).containsOnly(ChangeKind.UNCHANGED);
  }

  @Test
  void theCallersNameWordsPairTargetsTheCatalogDoesNotKnow() {
    io.github.govreport.model.Indicator stocked = io.github.govreport.model.Indicator.named("储备重大项目");
    io.github.govreport.model.Indicator projects = io.github.govreport.model.Indicator.named("全域重大项目");
    Report before = Report.builder().planYear(2024).addTargets(AttainmentTest.target(stocked,
        io.github.govreport.model.Measure.COUNT, io.github.govreport.model.Bound.AT_LEAST, Quantity.of("500",
            io.github.govreport.model.Unit.parse("个")))).build();
    Report after = Report.builder().planYear(2025).addTargets(AttainmentTest.target(projects,
        io.github.govreport.model.Measure.COUNT, io.github.govreport.model.Bound.AT_LEAST, Quantity.of("600",
            io.github.govreport.model.Unit.parse("个")))).build();
    assertThat(TargetChanges.between(before, after)).extracting(TargetChange::kind)
        .containsExactly(ChangeKind.NEW, ChangeKind.DROPPED);
    io.github.govreport.model.NameLexicon words = io.github.govreport.model.NameLexicon.defaults().toBuilder()
        .add(io.github.govreport.model.NameLexicon.Role.VERB, "储备")
        .add(io.github.govreport.model.NameLexicon.Role.SCOPE, "全域").build();
    assertThat(TargetChanges.between(before, after, io.github.govreport.model.IndicatorCatalog.defaults(), words))
        .extracting(TargetChange::kind, c -> figure(c.change())).containsExactly(tuple(ChangeKind.RAISED, "100个"));
  }
}
