package io.github.govreport.compute;

import io.github.govreport.model.Actual;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.Measure;
import io.github.govreport.model.NameLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the result that answers a target: same catalog key (or same name), a measure that compares. Names the
 * catalog does not know are compared without the catalog's scope words and the lexicon's task verbs.
 */
final class Pairing {

  private static final Pairing DEFAULTS = new Pairing(IndicatorCatalog.defaults(), NameLexicon.defaults());

  private final IndicatorCatalog catalog;
  /**
   * The verbs of a task and the indicator's own words (安排, 完成, 新增) of the name words ({@code VERB} and {@code
   * KEEP}), longest first: a name compared without one at its front.
   */
  private final List<String> verbs;

  Pairing(IndicatorCatalog catalog, NameLexicon names) {
    this.catalog = catalog;
    List<String> all = new ArrayList<>(names.words(NameLexicon.Role.VERB));
    all.addAll(names.words(NameLexicon.Role.KEEP));
    all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.verbs = List.copyOf(all);
  }

  /**
   * Pairing by {@code catalog} and {@code names}, the scope words added to the names joined to the catalog's, as the
   * parser's builder joins them.
   */
  static Pairing of(IndicatorCatalog catalog, NameLexicon names) {
    boolean scopes = names.added().containsValue(NameLexicon.Role.SCOPE);
    return new Pairing(scopes ? catalog.toBuilder().addScopeWords(names).build() : catalog, names);
  }

  /** Pairing by the bundled catalog and name words. */
  static Pairing defaults() {
    return DEFAULTS;
  }

  /**
   * The first result of the indicator with the same measure, else the first with a measure that compares, else
   * the first stated in words (which the caller reports as not comparable rather than as missing).
   */
  Optional<Actual> actualFor(Indicator indicator, Measure measure, List<Actual> actuals) {
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

  boolean same(Indicator a, Indicator b) {
    if (a.key().isPresent() || b.key().isPresent()) {
      return a.key().equals(b.key());
    }
    return core(a.name()).equals(core(b.name()));
  }

  /** A name without scope words and a leading verb of a task, for matching names the catalog lacks. */
  String core(String name) {
    String n = catalog.strip(name);
    boolean again = true;
    while (again) {
      again = false;
      for (String w : verbs) {
        if (n.startsWith(w) && n.length() > w.length() + 1) {
          n = n.substring(w.length());
          again = true;
          break;
        }
      }
    }
    return n;
  }
}
