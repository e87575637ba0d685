package io.github.govreport.internal.origin;

import com.google.common.collect.ImmutableList;
import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.OriginWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.model.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of every division of the table as a text writes them, matched longest first: official names
 * (驻马店市, 米易县), short names (驻马店, 延边; not those that are common words, 合作 of 合作市) and the other
 * names of the provinces (河北, 广西, 国务院). At a
 * position the longest name wins, so 米易县 is never read as 易县, nor 高唐县 as 唐县. Immutable and thread-safe.
 */
final class PlaceNames {

  /** The table of the built-in divisions with the bundled origin words, built once: most parsers read it. */
  private static final PlaceNames BUNDLED = new PlaceNames(Lexicon.ORIGIN);

  private final OriginWords words;

  /** The divisions a name may stand for: by their official or other name, or by their short name. */
  static final class Place {
    final ImmutableList<Region> named;
    final ImmutableList<Region> shortNamed;

    Place(List<Region> named, List<Region> shortNamed) {
      this.named = ImmutableList.copyOf(named);
      this.shortNamed = ImmutableList.copyOf(shortNamed);
    }
  }

  final WordTable<Place> names;

  /** The place names read with {@code words}: the table built once when they are the bundled words. */
  static PlaceNames of(OriginWords words) {
    return BUNDLED.words == words ? BUNDLED : new PlaceNames(words);
  }

  private PlaceNames(OriginWords words) {
    this.words = words;
    WordTable<OriginWords.Word> common = words.of(OriginWords.Role.COMMON);
    Map<String, List<Region>> shortNamed = new HashMap<>();
    for (Region r : Region.divisions()) {
      r.shortName().filter(s -> !common.contains(s))
          .ifPresent(s -> shortNamed.computeIfAbsent(s, k -> new ArrayList<>()).add(r));
    }
    Map<String, List<Region>> named = Region.names();
    Map<String, Place> places = new HashMap<>();
    named.forEach((w, rs) -> places.put(w, new Place(common.contains(w) ? List.of() : rs,
        shortNamed.getOrDefault(w, List.of()))));
    shortNamed.forEach((w, rs) -> places.putIfAbsent(w, new Place(List.of(), rs)));
    this.names = WordTable.of(places);
  }
}
