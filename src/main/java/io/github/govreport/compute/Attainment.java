package io.github.govreport.compute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.Measure;
import io.github.govreport.model.NameLexicon;
import io.github.govreport.model.Polarity;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Region;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds targets against actual results and says whether each was met.
 *
 * <p>The bound decides: {@link Bound#AT_LEAST} is met when the actual is at or above the figure,
 * {@link Bound#AT_MOST} at or below it, {@link Bound#EXACT} at the figure or inside a range (4.5%—5%), {@link Bound#ABOUT} (左右)
 * within a tolerance of the figure or the range. Beyond that, the
 * indicator's {@link Polarity} decides what "better" is: for a higher-is-better indicator a higher actual
 * is {@link Status#EXCEEDED}; for a lower-is-better one (unemployment, energy intensity) a lower actual is,
 * except under 左右, where a lower actual is {@link Status#MET}; for a ceiling (CPI "涨幅3%左右") any actual up
 * to the ceiling is {@link Status#MET}, never exceeded or missed for being low. A fall written as a target ("能耗下降2%以上", value −2) binds on the signed value:
 * a fall of at least 2% is a value of −2 or less. {@link Bound#IN_STEP_WITH} compares the indicator's growth
 * with the reference's (收入 against 经济增长). Anything that cannot be compared is
 * {@link Status#NOT_COMPARABLE}, never an exception.
 *
 * <p>Tolerances, all configurable: {@link #DEFAULT_ABOUT_POINTS} percentage points for 左右 on figures in
 * percent, {@link #DEFAULT_ABOUT_RELATIVE} of the figure for 左右 on other units, none for an exact figure,
 * and {@link Growth#IN_STEP_TOLERANCE} for keeping pace.
 *
 * <pre>{@code
 * Attainment attainment = Attainment.defaults();
 * AttainmentReport r = attainment.assess(report2024, report2025); // 2024's targets, 2025's review of 2024
 * r.rows().forEach(a -> System.out.println(a.explanation()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Attainment {

  /** Default tolerance of 左右 for figures in percent: half a percentage point either side. */
  public static final BigDecimal DEFAULT_ABOUT_POINTS = new BigDecimal("0.5");
  /** Default tolerance of 左右 for other figures: 5% of the figure either side. */
  public static final BigDecimal DEFAULT_ABOUT_RELATIVE = new BigDecimal("0.05");

  private static final Attainment DEFAULTS = builder().build();

  private final BigDecimal aboutPoints;
  private final BigDecimal aboutRelative;
  private final BigDecimal inStepPoints;
  private final IndicatorCatalog catalog;
  private final Pairing pairing;
  private final FlowsAndLevels flows;
  private final boolean anyRegion;

  private Attainment(Builder b) {
    this.anyRegion = b.anyRegion;
    this.aboutPoints = b.aboutPoints;
    this.aboutRelative = b.aboutRelative;
    this.inStepPoints = b.inStepPoints;
    this.catalog = b.catalog;
    this.pairing = Pairing.of(catalog, b.names);
    this.flows = new FlowsAndLevels(b.names);
  }

  /** The assessor with the documented default tolerances and the default indicator catalog. */
  public static Attainment defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Holds a target against an actual result.
   *
   * @throws NullPointerException if either is null
   */
  public Assessment assess(Target target, Actual actual) {
    checkNotNull(target, "target");
    checkNotNull(actual, "actual");
    return judge(target, Optional.of(actual), Optional.empty());
  }

  /**
   * Holds an in-step target (与经济增长同步) against the indicator's growth and the reference's growth.
   *
   * @throws NullPointerException if any is null
   */
  public Assessment assess(Target target, Actual actual, Actual reference) {
    checkNotNull(target, "target");
    checkNotNull(actual, "actual");
    checkNotNull(reference, "reference");
    return judge(target, Optional.of(actual), Optional.of(reference));
  }

  /**
   * Holds every target of {@code plan} against the results stated in {@code review}, the next year's report,
   * pairing them by the indicator catalog's key (规模以上工业增加值 finds 规上工业增加值) or, for indicators the
   * catalog does not know, by name. A target whose indicator the review states nothing of is
   * {@link Status#NO_DATA}.
   *
   * @throws IllegalArgumentException if both reports give years and the review does not look back on the
   *     plan's year, or both name regions and they differ (unless {@link Builder#anyRegion} allows it)
   */
  public AttainmentReport assess(Report plan, Report review) {
    checkNotNull(plan, "plan");
    checkNotNull(review, "review");
    checkArgument(plan.planYear().isEmpty() || review.reviewYear().isEmpty()
            || plan.planYear().getAsInt() == review.reviewYear().getAsInt(),
        "the review looks back on %s, not on %s, the year the plan sets its targets for",
        review.reviewYear().orElse(0), plan.planYear().orElse(0));
    checkArgument(anyRegion || plan.region().isEmpty() || review.region().isEmpty()
            || plan.region().get().isSameDivision(review.region().get()),
        "the plan is %s's report and the review %s's: one region's targets are not met by another's results",
        plan.region().map(Region::name).orElse(""), review.region().map(Region::name).orElse(""));
    List<Assessment> rows = new ArrayList<>();
    for (Target t : plan.targets()) {
      Optional<Actual> actual = pairing.actualFor(t.indicator(), t.measure(), review.actuals());
      Optional<Actual> reference = t.reference().flatMap(r -> pairing.actualFor(r, Measure.GROWTH, review.actuals()));
      if (t.bound() == Bound.IN_STEP_WITH) {
        actual = pairing.actualFor(t.indicator(), Measure.GROWTH, review.actuals());
      }
      if (actual.isEmpty() && t.bound() != Bound.QUALITATIVE) {
        rows.add(Assessment.builder().target(t).status(Status.NO_DATA)
            .explanation(name(t) + ": the review states no result to compare").build());
        continue;
      }
      rows.add(judge(t, actual, reference));
    }
    AttainmentReport.Builder b = AttainmentReport.builder().rows(rows);
    plan.planYear().ifPresent(b::planYear);
    return b.build();
  }

  private Assessment judge(Target t, Optional<Actual> actual, Optional<Actual> reference) {
    Assessment.Builder b = Assessment.builder().target(t).actual(actual).reference(reference);
    if (t.bound() == Bound.QUALITATIVE || actual.isEmpty()) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": the target states no figure to compare")
          .build();
    }
    Actual a = actual.get();
    if (a.quantity().isEmpty()) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": the result is stated without a figure ('"
          + a.text() + "')").build();
    }
    if (t.bound() == Bound.IN_STEP_WITH) {
      return inStep(t, a, reference, b);
    }
    if (!comparable(t.measure(), a.measure())) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": the target is a " + lower(t.measure())
          + " figure and the result a " + lower(a.measure()) + " one").build();
    }
    if (flows.flowAgainstLevel(t, a)) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": the target is " + (flows.isFlow(t)
          ? "what is added in the year" : "a level to reach") + " ('" + t.text() + "') and the result "
          + (flows.isFlow(a) ? "what was added" : "the level reached") + " ('" + a.text() + "')").build();
    }
    Quantity target = t.quantity().get();
    Quantity result = a.quantity().get();
    if (!result.unit().isConvertibleTo(target.unit())) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": the target is in " + target.unit()
          + " and the result in " + result.unit() + ", which do not convert").build();
    }
    BigDecimal value = result.convertTo(target.unit(), Growth.CONTEXT).value();
    Polarity polarity = polarity(t);
    BigDecimal low = target.value();
    BigDecimal high = target.upper().orElse(target.value());
    Bound bound = signedBound(t);
    BigDecimal tol = bound == Bound.ABOUT ? tolerance(target) : BigDecimal.ZERO;
    Status status;
    switch (bound) {
      case AT_LEAST:
        status = value.compareTo(low) < 0 ? Status.MISSED
            : value.compareTo(low) > 0 && polarity == Polarity.HIGHER_IS_BETTER ? Status.EXCEEDED : Status.MET;
        break;
      case AT_MOST:
        status = value.compareTo(high) > 0 ? Status.MISSED
            : value.compareTo(high) < 0 && polarity == Polarity.LOWER_IS_BETTER ? Status.EXCEEDED : Status.MET;
        break;
      default:
        status = band(value, low.subtract(tol), high.add(tol), polarity, bound == Bound.ABOUT);
    }
    BigDecimal gap = value.compareTo(low) < 0 ? value.subtract(low)
        : value.compareTo(high) > 0 ? value.subtract(high) : target.isRange() ? BigDecimal.ZERO
        : value.subtract(low);
    Unit gapUnit = target.unit().dimension() == Dimension.PERCENT && target.unit().factor().compareTo(BigDecimal.ONE) == 0
        ? Unit.PERCENTAGE_POINTS : target.unit();
    Quantity gapQ = Quantity.of(gap.signum() == 0 ? BigDecimal.ZERO : gap, gapUnit);
    String line = name(t) + ": " + Quantity.of(value, target.unit()) + " against " + describe(t, tol) + " — "
        + status + (gap.signum() == 0 ? "" : ", gap " + gapQ)
        + (a.estimated() ? " (estimated result)" : "")
        + (t.stretch() && status == Status.MISSED ? " (a stretch goal, 力争, missed)" : "");
    return b.status(status).gap(gapQ).explanation(line).build();
  }


  private Assessment inStep(Target t, Actual a, Optional<Actual> reference, Assessment.Builder b) {
    if (reference.isEmpty()) {
      return b.status(Status.NO_DATA).explanation(name(t) + ": the review states no growth of "
          + t.reference().map(Indicator::name).orElse("the reference") + " to keep pace with").build();
    }
    if (reference.get().quantity().isEmpty()) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": the growth of "
          + reference.get().indicator().name() + " is stated without a figure").build();
    }
    Quantity g = a.quantity().get();
    Quantity r = reference.get().quantity().get();
    if (a.measure() != Measure.GROWTH || reference.get().measure() != Measure.GROWTH
        || g.unit().dimension() != Dimension.PERCENT || r.unit().dimension() != Dimension.PERCENT) {
      return b.status(Status.NOT_COMPARABLE).explanation(name(t) + ": keeping pace needs two growth rates in %")
          .build();
    }
    Quantity diff = Growth.difference(g, r);
    Status status = diff.value().compareTo(inStepPoints.negate()) < 0 ? Status.MISSED
        : diff.value().compareTo(inStepPoints) > 0 ? Status.EXCEEDED : Status.MET;
    String line = name(t) + ": grew " + g + " against " + reference.get().indicator().name() + " " + r + " — "
        + status + ", gap " + diff + (a.estimated() || reference.get().estimated() ? " (estimated result)" : "");
    return b.status(status).gap(diff).explanation(line).build();
  }

  /**
   * The status of a value against a band. Below the band, a ceiling is met; so is a lower-is-better
   * indicator under 左右 ("城镇调查失业率5.5%左右" asks to stay at about 5.5% or under), while under an exact
   * figure or a range doing better than asked is exceeding it.
   */
  private static Status band(BigDecimal v, BigDecimal low, BigDecimal high, Polarity p, boolean about) {
    boolean below = v.compareTo(low) < 0;
    boolean above = v.compareTo(high) > 0;
    switch (p) {
      case CEILING:
        return above ? Status.MISSED : Status.MET;
      case LOWER_IS_BETTER:
        return above ? Status.MISSED : below && !about ? Status.EXCEEDED : Status.MET;
      default:
        return below ? Status.MISSED : above ? Status.EXCEEDED : Status.MET;
    }
  }

  /** A fall stated with a floor ("下降2%以上", −2) is a ceiling on the signed value, and the other way round. */
  private static Bound signedBound(Target t) {
    boolean fall = t.quantity().isPresent() && t.quantity().get().value().signum() < 0;
    if (fall && t.bound() == Bound.AT_LEAST) {
      return Bound.AT_MOST;
    }
    if (fall && t.bound() == Bound.AT_MOST) {
      return Bound.AT_LEAST;
    }
    return t.bound();
  }

  private BigDecimal tolerance(Quantity target) {
    if (target.unit().dimension() == Dimension.PERCENT || target.unit().dimension() == Dimension.PERCENTAGE_POINTS) {
      return aboutPoints.multiply(BigDecimal.ONE).divide(target.unit().factor(), Growth.CONTEXT);
    }
    return target.value().abs().multiply(aboutRelative, Growth.CONTEXT);
  }

  /** The indicator's polarity from the catalog, or from the target's wording when the catalog lacks it. */
  Polarity polarity(Target t) {
    Optional<IndicatorKey> key = t.indicator().key();
    if (key.isPresent() && catalog.definition(key.get()).isPresent()) {
      return catalog.polarity(key.get());
    }
    boolean fall = t.quantity().isPresent() && t.quantity().get().value().signum() < 0;
    return t.bound() == Bound.AT_MOST || fall ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
  }

  static boolean comparable(Measure target, Measure actual) {
    if (target == actual) {
      return true;
    }
    return (target == Measure.LEVEL || target == Measure.COUNT) && (actual == Measure.LEVEL || actual == Measure.COUNT)
        || (target == Measure.RATE || target == Measure.SHARE) && (actual == Measure.RATE || actual == Measure.SHARE);
  }

  private static String describe(Target t, BigDecimal tol) {
    Quantity q = t.quantity().get();
    switch (t.bound()) {
      case ABOUT:
        return q + "左右 (±" + tol.stripTrailingZeros().toPlainString() + ")";
      case AT_LEAST:
        return q + "以上";
      case AT_MOST:
        return q + "以内";
      default:
        return q.toString();
    }
  }

  private static String name(Target t) {
    return t.indicator().name();
  }

  private static String lower(Measure m) {
    return m.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return "Attainment{about ±" + aboutPoints + " points or ±" + aboutRelative + ", in step ±" + inStepPoints + "}";
  }

  /** Configures an {@link Attainment}; not thread-safe. */
  public static final class Builder {
    private BigDecimal aboutPoints = DEFAULT_ABOUT_POINTS;
    private BigDecimal aboutRelative = DEFAULT_ABOUT_RELATIVE;
    private BigDecimal inStepPoints = Growth.IN_STEP_TOLERANCE;
    private IndicatorCatalog catalog = IndicatorCatalog.defaults();
    private NameLexicon names = NameLexicon.defaults();
    private boolean anyRegion;

    private Builder() {}

    /**
     * Whether reports of two regions may be held against each other (one region's plan against another's review);
     * by default they are refused.
     */
    public Builder anyRegion(boolean any) {
      this.anyRegion = any;
      return this;
    }

    /**
     * Sets the tolerance of 左右 for figures in percent, in percentage points.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder aboutTolerancePoints(BigDecimal points) {
      this.aboutPoints = nonNegative(points, "points");
      return this;
    }

    /**
     * Sets the tolerance of 左右 for figures in other units, as a fraction of the figure (0.05 is 5%).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder aboutToleranceRelative(BigDecimal fraction) {
      this.aboutRelative = nonNegative(fraction, "fraction");
      return this;
    }

    /**
     * Sets how many percentage points a growth may fall short of its reference and still keep pace.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder inStepTolerancePoints(BigDecimal points) {
      this.inStepPoints = nonNegative(points, "points");
      return this;
    }

    /** Sets the catalog that gives indicators their polarity. */
    public Builder catalog(IndicatorCatalog catalog) {
      this.catalog = checkNotNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the words that shape names (the defaults unless set), as the parser that read the reports was given
     * them: a target and a result the catalog does not know pair by name without their task verbs ({@code VERB},
     * {@code KEEP}) and scope words ({@code SCOPE}, added to the catalog's), and a figure whose text holds a
     * {@code KEEP} word (新增) is what was added, not the level reached.
     */
    public Builder names(NameLexicon names) {
      this.names = checkNotNull(names, "names");
      return this;
    }

    /** Returns the assessor. */
    public Attainment build() {
      return new Attainment(this);
    }

    private static BigDecimal nonNegative(BigDecimal v, String name) {
      checkNotNull(v, name);
      checkArgument(v.signum() >= 0, "%s must not be negative: %s", name, v);
      return v;
    }
  }
}
