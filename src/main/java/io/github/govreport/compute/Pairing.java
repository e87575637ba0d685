package io.github.govreport.compute;

import io.github.govreport.model.Actual;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.Measure;
import java.util.List;
import java.util.Optional;

/** Finds the result that answers a target: same catalog key (or same name), a measure that compares. */
final class Pairing {

  private Pairing() {}

  private static final String[] VERBS = {"新增", "净增", "安排", "实施", "完成", "建设", "新建", "建成", "培育",
      "引进", "实现", "达到"};

  /**
   * The first result of the indicator with the same measure, else the first with a measure that compares, else
   * the first stated in words (which the caller reports as not comparable rather than as missing).
   */
  static Optional<Actual> actualFor(Indicator indicator, Measure measure, List<Actual> actuals) {
    Actual fallback = null;
    Actual inWords = null;
    for (Actual a : actuals) {
      if (!same(indicator, a.indicator())) {
        continue;
      }
      if (a.quantity().isEmpty()) {
        inWords = inWords == null ? a : inWords;
      } else if (a.measure() == measure) {
        return Optional.of(a);
      } else if (fallback == null && Attainment.comparable(measure, a.measure())) {
        fallback = a;
      }
    }
    return Optional.ofNullable(fallback != null ? fallback : inWords);
  }

  static boolean same(Indicator a, Indicator b) {
    if (a.key().isPresent() || b.key().isPresent()) {
      return a.key().equals(b.key());
    }
    return core(a.name()).equals(core(b.name()));
  }

  /** A name without scope words and a leading verb of a task, for matching names the catalog lacks. */
  static String core(String name) {
    String n = IndicatorCatalog.stripScope(name);
    boolean again = true;
    while (again) {
      again = false;
      for (String w : VERBS) {
        if (n.startsWith(w) && n.length() > w.length() + 1) {
          n = n.substring(w.length());
          again = true;
        }
      }
    }
    return n;
  }
}
