package io.github.govreport.model;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/** QuickTheories generators of arbitrary model values, for property tests. */
public final class ModelGenerators {

  private ModelGenerators() {}

  static final List<String> SYMBOLS = List.of("%", "个百分点", "亿元", "万元", "万亿元", "元", "亿美元", "万人", "人",
      "万人次", "家", "个", "项", "万亩", "亩", "万千瓦", "吨标准煤", "亿斤", "微克/立方米", "倍", "位", "元/月", "万", "套件");

  /** Chinese-looking text, 1 to 20 chars, from the CJK block and a little punctuation. */
  public static Gen<String> names() {
    return strings().betweenCodePoints(0x4E00, 0x4E80).ofLengthBetween(1, 12)
        .mix(arbitrary().pick("生产总值", "城镇调查失业率", "“千项万亿”工程", "PM2.5平均浓度"), 30);
  }

  public static Gen<BigDecimal> decimals() {
    return longs().between(-10_000_000L, 10_000_000L).zip(integers().between(0, 4),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  public static Gen<Unit> units() {
    return arbitrary().pick(SYMBOLS).map(Unit::parse);
  }

  public static Gen<Quantity> quantities() {
    Gen<Quantity> single = decimals().zip(units(), Quantity::of);
    Gen<Quantity> range = decimals().zip(longs().between(0, 1_000_000), units(),
        (low, width, unit) -> Quantity.range(low, low.add(BigDecimal.valueOf(width, 1)), unit));
    return single.mix(range, 20);
  }

  public static Gen<SourceSpan> spans(int length) {
    return integers().between(0, 100_000).map(start -> SourceSpan.of(start, start + length));
  }

  public static Gen<Indicator> indicators() {
    Gen<Optional<IndicatorKey>> keys = arbitrary().pick(IndicatorKey.GDP, IndicatorKey.CPI, IndicatorKey.of("MY_KEY"))
        .toOptionals(40);
    return names().zip(keys, (n, k) -> k.map(x -> Indicator.of(n, x)).orElseGet(() -> Indicator.named(n)));
  }

  public static Gen<Target> targets() {
    return names().zip(indicators(), quantities(), arbitrary().enumValues(Bound.class), booleans().all(),
        (text, indicator, q, bound, stretch) -> {
          Target.Builder b = Target.builder().indicator(indicator).measure(Measure.GROWTH).stretch(stretch)
              .scope(stretch ? Scope.TASK : Scope.MAIN).span(SourceSpan.of(3, 3 + text.length())).text(text)
              .year(2024);
          switch (bound) {
            case QUALITATIVE:
              return b.bound(bound).build();
            case IN_STEP_WITH:
              return b.bound(bound).reference(Indicator.of("经济增长", IndicatorKey.GDP)).build();
            case EXACT:
            case ABOUT:
              return b.bound(bound).quantity(q).build(); // a range binds exactly or about its ends
            default:
              return b.bound(q.isRange() ? Bound.EXACT : bound).quantity(q).build();
          }
        });
  }

  /** Actuals with a figure, and now and then one stated in words ({@link Bound#QUALITATIVE}, no quantity). */
  public static Gen<Actual> actuals() {
    Gen<Actual> figured = names().zip(indicators(), decimals().zip(units(), Quantity::of),
        arbitrary().enumValues(Measure.class), booleans().all(), (text, indicator, q, measure, estimated) ->
            Actual.builder().indicator(indicator).measure(measure).quantity(q).estimated(estimated)
                .bound(estimated ? Bound.ABOUT : Bound.EXACT)
                .span(SourceSpan.of(0, text.length())).text(text).year(2023).build());
    Gen<Actual> inWords = names().zip(indicators(), (text, indicator) -> Actual.builder().indicator(indicator)
        .measure(Measure.OTHER).bound(Bound.QUALITATIVE).span(SourceSpan.of(0, text.length())).text(text)
        .year(2023).build());
    return figured.mix(inWords, 20);
  }

  public static Gen<Report> reports() {
    Gen<Program> programs = names().map(n -> Program.builder().name("“" + n + "”工程").nickname(n)
        .span(SourceSpan.of(1, 1 + n.length())).text(n).build());
    Gen<Project> projects = names().zip(arbitrary().enumValues(ProjectStatus.class), (n, s) -> Project.builder()
        .name(n).status(s).span(SourceSpan.of(0, n.length())).text(n).build());
    Gen<Diagnostic> diagnostics = names().zip(arbitrary().enumValues(DiagnosticCode.class),
        (m, c) -> Diagnostic.of(c, m, SourceSpan.of(0, m.length())));
    Gen<Section> sections = names().zip(integers().between(1, 4), (t, level) -> Section.builder().label("（一）")
        .title(t).level(level).span(SourceSpan.of(0, 50)).headingSpan(SourceSpan.of(0, 10))
        .addChildren(Section.builder().label("1.").title(t).level(level + 1).span(SourceSpan.of(10, 20))
            .headingSpan(SourceSpan.of(10, 12)).build())
        .build());
    Gen<Optional<String>> titles = names().toOptionals(30);
    return lists().of(targets()).ofSizeBetween(0, 6).zip(lists().of(actuals()).ofSizeBetween(0, 6),
        lists().of(programs).ofSizeBetween(0, 3), lists().of(projects).ofSizeBetween(0, 3), titles,
        (ts, as, ps, pj, title) -> Report.builder().title(title).region(title.map(x -> Region.resolve("浙江省")))
            .reviewYear(2023).planYear(2024).targets(ts).actuals(as).programs(ps).projects(pj).build())
        .zip(lists().of(diagnostics).ofSizeBetween(0, 3), lists().of(sections).ofSizeBetween(0, 2),
            (r, ds, ss) -> Report.builder().from(r).diagnostics(ds).sections(ss).build());
  }
}
