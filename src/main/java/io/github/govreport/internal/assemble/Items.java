package io.github.govreport.internal.assemble;

import io.github.govreport.internal.clause.Reading;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Actual;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import io.github.govreport.model.Measure;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Scope;
import io.github.govreport.model.SourceSpan;
import io.github.govreport.model.Target;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Makes the model's items of the clause stage's readings: a target of the plan year, a result of the year reviewed,
 * each with its indicator resolved against the catalog, its quantity, its span and the text as written.
 */
final class Items {

  private final SourceText text;
  private final IndicatorCatalog catalog;
  /** The verbs of a task, left off a name the catalog does not know as written. */
  private final WordTable<Boolean> verbs;
  /** The change tails and the wordings that are an indicator only as a change. */
  private final ListWords lists;
  private final OptionalInt reviewYear;
  private final OptionalInt planYear;

  Items(SourceText text, ReportReader engine, OptionalInt reviewYear, OptionalInt planYear) {
    this.text = text;
    this.catalog = engine.catalog;
    this.verbs = engine.vocabulary.names.taskVerbs;
    this.lists = engine.vocabulary.lists;
    this.reviewYear = reviewYear;
    this.planYear = planYear;
  }

  /** The target a reading states, in the passage ({@code MAIN}) or the tasks. */
  Target target(Reading r, Scope scope) {
    SourceSpan span = text.span(r.spanStart, r.spanEnd);
    Target.Builder t = Target.builder()
        .indicator(indicator(r))
        .measure(r.measure)
        .bound(r.bound)
        .quantity(quantity(r))
        .stretch(r.stretch)
        .scope(scope)
        .span(span)
        .text(text.originalText(span));
    if (r.reference != null) {
      t.reference(indicator(r.reference));
    }
    if (planYear.isPresent()) { // no method reference: one item after another, each would allocate one
      t.year(planYear.getAsInt());
    }
    return t.build();
  }

  /** The result a reading states for the year reviewed. */
  Actual actual(Reading r) {
    SourceSpan span = text.span(r.spanStart, r.spanEnd);
    Actual.Builder a = Actual.builder()
        .indicator(indicator(r))
        .measure(r.measure)
        .quantity(quantity(r))
        .bound(r.bound)
        .estimated(r.estimated)
        .span(span)
        .text(text.originalText(span));
    if (reviewYear.isPresent()) {
      a.year(reviewYear.getAsInt());
    }
    return a.build();
  }

  private static Quantity quantity(Reading r) {
    return r.upper == null ? Quantity.of(r.value, r.unit) : Quantity.range(r.value, r.upper, r.unit);
  }

  /**
   * The indicator of a reading: its name's, but a level named by a wording that is the indicator only as a change
   * (投资1.6亿元) is no indicator's level, and keeps its name alone.
   */
  private Indicator indicator(Reading r) {
    boolean level = r.measure == Measure.LEVEL || r.measure == Measure.COUNT;
    if (level && lists.changeOnlyWordings.contains(catalog.strip(r.name))) {
      return Indicator.named(Chars.whole(r.name));
    }
    return indicator(r.name);
  }

  /** The indicator a name written in the text is: the catalog's, after verbs and a change word leave it, or its own. */
  Indicator indicator(String written) {
    String name = Chars.whole(written); // a name cut inside a surrogate pair keeps no half of it
    Optional<IndicatorDefinition> d = catalog.resolve(name);
    if (d.isEmpty()) {
      String stripped = stripVerbs(name);
      if (!stripped.equals(name)) {
        d = catalog.resolve(stripped);
      }
    }
    return d.isPresent() ? Indicator.of(name, d.get()) : Indicator.named(name);
  }

  private String stripVerbs(String name) {
    if (!Chars.endsWithAny(name, lists.changeTails) && verbs.longestAt(name, 0, name.length()) == null) {
      return name;
    }
    int i = 0;
    while (i < name.length()) {
      WordTable.Match<Boolean> m = verbs.longestAt(name, i, name.length());
      if (m == null || name.length() - i - m.length < 2) {
        break;
      }
      i += m.length;
    }
    String s = name.substring(i);
    for (int tailAt = 0; tailAt < lists.changeTails.size(); tailAt++) { // indexed: no iterator on a hot path
      String tail = lists.changeTails.get(tailAt);
      if (s.endsWith(tail) && s.length() > tail.length()) {
        s = s.substring(0, s.length() - tail.length());
      }
    }
    return s;
  }
}
