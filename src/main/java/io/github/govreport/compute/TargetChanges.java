package io.github.govreport.compute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.govreport.model.Actual;
import io.github.govreport.model.Bound;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.Measure;
import io.github.govreport.model.NameLexicon;
import io.github.govreport.model.Polarity;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Report;
import io.github.govreport.model.Scope;
import io.github.govreport.model.Target;
import io.github.govreport.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists how a report's main targets changed against the previous year's targets and results: raised,
 * lowered, unchanged, new, dropped.
 *
 * <pre>{@code
 * for (TargetChange c : TargetChanges.between(report2024, report2025)) {
 *   System.out.println(c.indicator().name() + " " + c.kind() + " " + c.change().orElse(null));
 * }
 * }</pre>
 *
 * <p>Targets pair by the catalog's key, or by name for indicators the catalog lacks. "Raised" means the new
 * target asks for more of a good thing: for a lower-is-better indicator or a ceiling, a lower figure is
 * raised ambition. Thread-safe.
 */
public final class TargetChanges {

  private TargetChanges() {}

  /**
   * The changes of {@code current}'s main targets against {@code previous}'s main targets, with the last
   * results as {@code current}'s review states them.
   */
  public static List<TargetChange> between(Report previous, Report current) {
    checkNotNull(previous, "previous");
    checkNotNull(current, "current");
    return changes(previous.targets(Scope.MAIN), current, IndicatorCatalog.defaults(), Pairing.defaults());
  }

  /**
   * As {@link #between(Report, Report)}, with the catalog and the name words the reports were parsed with: targets
   * the catalog does not know pair by name without the caller's task verbs and scope words too.
   *
   * @throws NullPointerException if any is null
   */
  public static List<TargetChange> between(Report previous, Report current, IndicatorCatalog catalog,
      NameLexicon names) {
    checkNotNull(previous, "previous");
    checkNotNull(current, "current");
    checkNotNull(catalog, "catalog");
    checkNotNull(names, "names");
    return changes(previous.targets(Scope.MAIN), current, catalog, Pairing.of(catalog, names));
  }

  /**
   * The main targets of one report against its own review's results: each target is {@link ChangeKind#NEW}
   * (no earlier target is known), with {@link TargetChange#versusResult()} saying how far it reaches past
   * the last result.
   */
  public static List<TargetChange> againstResults(Report current) {
    checkNotNull(current, "current");
    return changes(List.of(), current, IndicatorCatalog.defaults(), Pairing.defaults());
  }

  private static List<TargetChange> changes(List<Target> before, Report current, IndicatorCatalog catalog,
      Pairing pairing) {
    List<TargetChange> out = new ArrayList<>();
    Set<Target> matched = new HashSet<>();
    for (Target now : current.targets(Scope.MAIN)) {
      Optional<Target> prev = before.stream().filter(p -> !matched.contains(p)
          && pairing.same(p.indicator(), now.indicator())).findFirst();
      prev.ifPresent(matched::add);
      Measure wanted = now.bound() == Bound.IN_STEP_WITH ? Measure.GROWTH : now.measure();
      Optional<Actual> last = pairing.actualFor(now.indicator(), wanted, current.actuals());
      TargetChange.Builder b = TargetChange.builder().indicator(now.indicator()).current(now).previous(prev)
          .lastResult(last);
      Optional<Quantity> change = prev.flatMap(p -> difference(now, p.quantity()));
      change.ifPresent(b::change);
      last.flatMap(a -> difference(now, a.quantity())).ifPresent(b::versusResult);
      if (prev.isEmpty()) {
        b.kind(ChangeKind.NEW);
      } else if (change.isEmpty()) {
        b.kind(prev.get().bound() == now.bound() && prev.get().quantity().isEmpty() && now.quantity().isEmpty()
            ? ChangeKind.UNCHANGED : ChangeKind.CHANGED);
      } else {
        b.kind(direction(change.get().value(), polarity(now, catalog), prev.get().bound(), now.bound()));
      }
      out.add(b.build());
    }
    for (Target p : before) {
      if (!matched.contains(p)) {
        out.add(TargetChange.builder().indicator(p.indicator()).kind(ChangeKind.DROPPED).previous(p).build());
      }
    }
    return out;
  }

  private static ChangeKind direction(BigDecimal delta, Polarity polarity, Bound before, Bound after) {
    int sign = delta.signum();
    if (sign == 0) {
      return before == after ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
    }
    boolean more = sign > 0;
    return more == (polarity == Polarity.HIGHER_IS_BETTER) ? ChangeKind.RAISED : ChangeKind.LOWERED;
  }

  private static Polarity polarity(Target t, IndicatorCatalog catalog) {
    return t.indicator().key().map(catalog::polarity)
        .orElse(t.bound() == Bound.AT_MOST ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
  }

  /** {@code now}'s figure minus {@code other} (midpoints of ranges), in percentage points for percent. */
  private static Optional<Quantity> difference(Target now, Optional<Quantity> other) {
    if (now.quantity().isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    Quantity a = now.quantity().get();
    Quantity b = other.get();
    if (!b.unit().isConvertibleTo(a.unit())) {
      return Optional.empty();
    }
    BigDecimal d = a.midpoint().subtract(Quantity.of(b.midpoint(), b.unit()).convertTo(a.unit(), Growth.CONTEXT).value());
    boolean percent = a.unit().dimension() == Dimension.PERCENT && a.unit().factor().compareTo(BigDecimal.ONE) == 0;
    return Optional.of(Quantity.of(d, percent ? Unit.PERCENTAGE_POINTS : a.unit()));
  }
}
