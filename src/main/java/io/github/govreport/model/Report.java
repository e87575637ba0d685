package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A government work report as the parser read it: title, region, the year reviewed and the year planned,
 * the section tree, the targets, actuals, programmes and projects it states, and diagnostics about what
 * was skipped or could not be classified.
 *
 * <p>Lookups keep callers short:
 *
 * <pre>{@code
 * Report report = ReportParser.create().parse(text);
 * Target gdp = report.target(IndicatorKey.GDP).orElseThrow();      // MAIN first
 * Actual jobs = report.actual(IndicatorKey.NEW_URBAN_JOBS).orElseThrow();
 * List<Figure> unemployment = report.find("城镇调查失业率");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
public abstract class Report {

  Report() {}

  /** The title as written on its line, such as {@code 2024年浙江省政府工作报告}; absent if none was found. */
  public abstract Optional<String> title();

  /**
   * The region the report is for, at any level (全国, 浙江省, 驻马店市, 徐水区), with its division code and parents and
   * its name as the report writes it: as the title, byline, signature or opening states it, else as inferred from
   * the text (a {@link DiagnosticCode#REGION_INFERRED} diagnostic), or as the caller stated it. A name that fits no
   * division or several is kept as written ({@link RegionLevel#LOCAL}, with a diagnostic); absent when the text
   * names none ({@link DiagnosticCode#REGION_NOT_FOUND}).
   */
  public abstract Optional<Region> region();

  /** The year the review part looks back on. */
  public abstract OptionalInt reviewYear();

  /** The year the targets are set for. */
  public abstract OptionalInt planYear();

  /** The outermost sections, each with its children. */
  public abstract List<Section> sections();

  /** Every target, in text order: the main targets passage's clauses and the task commitments. */
  public abstract List<Target> targets();

  /** Every quantified result of the review year, in text order. */
  public abstract List<Actual> actuals();

  /** Named programmes, strategies and actions, each at its first mention. */
  public abstract List<Program> programs();

  /** Named major projects with their status. */
  public abstract List<Project> projects();

  /** What the parser skipped or could not classify, in text order. */
  public abstract List<Diagnostic> diagnostics();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The targets of one scope, in text order. */
  public final List<Target> targets(Scope scope) {
    checkNotNull(scope, "scope");
    return targets().stream().filter(t -> t.scope() == scope).collect(ImmutableList.toImmutableList());
  }

  /**
   * The first target for an indicator key, a {@link Scope#MAIN} one when there is one.
   */
  public final Optional<Target> target(IndicatorKey key) {
    checkNotNull(key, "key");
    return targets().stream().filter(t -> t.indicator().is(key))
        .min(Comparator.comparing(t -> t.scope() == Scope.MAIN ? 0 : 1));
  }

  /**
   * The first actual for an indicator key: a growth figure when there is one (生产总值增长6%), else the first
   * with a figure, else a result stated in words ({@link Bound#QUALITATIVE}).
   */
  public final Optional<Actual> actual(IndicatorKey key) {
    checkNotNull(key, "key");
    return actuals().stream().filter(a -> a.indicator().is(key))
        .min(Comparator.comparing(a -> a.measure() == Measure.GROWTH ? 0 : a.quantity().isPresent() ? 1 : 2));
  }

  /** The first actual for an indicator key with the given measure. */
  public final Optional<Actual> actual(IndicatorKey key, Measure measure) {
    checkNotNull(key, "key");
    checkNotNull(measure, "measure");
    return actuals().stream().filter(a -> a.indicator().is(key) && a.measure() == measure).findFirst();
  }

  /**
   * Every target and actual whose indicator name contains {@code name}, targets first, each in text order.
   */
  public final List<Figure> find(String name) {
    checkNotNull(name, "name");
    return Stream.concat(targets().stream(), actuals().stream())
        .filter(f -> f.indicator().name().contains(name))
        .collect(ImmutableList.toImmutableList());
  }

  /** Builds a {@link Report}; not thread-safe. */
  public static class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
