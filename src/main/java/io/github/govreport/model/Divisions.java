package io.github.govreport.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of divisions, loaded once: the country and the 34 provincial-level divisions of {@code regions.tsv}
 * (English names, ISO codes, other names) and the prefectures and counties of the statistics bureau's table
 * ({@code divisions/*.csv}, see its {@code SOURCE.md}), each by its code, its name and the stem of its name.
 */
final class Divisions {

  /** The rows of {@code divisions/suffixes.tsv}, read once for the kinds below. */
  private static final List<String[]> WORD_ROWS = rows("divisions/suffixes.tsv", '\t', 2);

  /** Written after a region's name in a byline or a signature, and not part of it. */
  private static final ImmutableList<String> GOVERNMENT = ImmutableList.copyOf(kind(WORD_ROWS, "GOVERNMENT"));

  /** Rows of the table that hold a level's place, not a division: their children hang on the level above. */
  private static final ImmutableSet<String> PLACEHOLDERS = ImmutableSet.copyOf(kind(WORD_ROWS, "PLACEHOLDER"));

  /** The table, loaded once; declared after the constants the loading reads. */
  static final Divisions TABLE = load();

  private final ImmutableList<Region> all;
  private final ImmutableList<Region> provincial;
  private final ImmutableMap<String, Region> byCode;
  private final ImmutableListMultimap<String, Region> byName;
  private final ImmutableListMultimap<String, Region> byStem;

  private Divisions(List<Region> all, ListMultimap<String, Region> byName, ListMultimap<String, Region> byStem) {
    List<Region> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.naturalOrder());
    this.all = ImmutableList.copyOf(sorted);
    this.provincial = this.all.stream().filter(r -> r.level() == RegionLevel.COUNTRY
        || r.level() == RegionLevel.PROVINCE).collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<String, Region> codes = ImmutableMap.builder();
    this.all.forEach(r -> codes.put(r.divisionCode().get(), r));
    this.byCode = codes.buildOrThrow();
    this.byName = ImmutableListMultimap.copyOf(byName);
    this.byStem = ImmutableListMultimap.copyOf(byStem);
  }

  List<Region> all() {
    return all;
  }

  List<Region> provincial() {
    return provincial;
  }

  Map<String, List<Region>> names() {
    return com.google.common.collect.Multimaps.asMap(byName);
  }

  Optional<Region> ofCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The one division written as {@code written}: by a name (浙江省, 浙江, 驻马店市, with 人民政府 after it or not),
   * by a name inside a parent's (保定市徐水区), or by the stem of a name (驻马店; 满城县 for 满城区, renamed since);
   * empty when none or several fit.
   */
  Optional<Region> find(String written) {
    String w = withoutGovernment(written);
    List<Region> found = named(w);
    if (found.isEmpty()) {
      found = stemmed(w);
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Every division a name may stand for: by its name, by its stem, or by its stem with another suffix. */
  List<Region> candidates(String written) {
    String w = withoutGovernment(written);
    Set<Region> out = new LinkedHashSet<>(named(w));
    out.addAll(stemmed(w));
    List<Region> list = new ArrayList<>(out);
    list.sort(Comparator.naturalOrder());
    return ImmutableList.copyOf(list);
  }

  /** The divisions whose name (or other name) is {@code w}, or that are written after a parent's name. */
  List<Region> named(String w) {
    List<Region> exact = byName.get(withoutGovernment(w));
    return exact.isEmpty() ? withinParent(withoutGovernment(w)) : exact;
  }

  /** The divisions whose stem is {@code w}, or the stem of {@code w}: 驻马店 and 满城县 (满城区). */
  List<Region> stemmed(String w) {
    List<Region> found = byStem.get(w);
    String stem = Stems.of(w);
    if (found.isEmpty() && stem != null) {
      found = new ArrayList<>(byStem.get(stem));
      found.addAll(byName.get(stem));
    }
    return found;
  }

  /** The divisions written after a parent's name: 保定市徐水区, 河北省保定市, 呼伦贝尔市海拉尔区. */
  private List<Region> withinParent(String w) {
    List<Region> out = new ArrayList<>();
    for (int cut = 2; cut <= w.length() - 2; cut++) {
      for (Region parent : byName.get(w.substring(0, cut))) {
        String code = parent.divisionCode().get();
        for (Region child : byName.get(w.substring(cut))) {
          if (isWithin(child, code)) {
            out.add(child);
          }
        }
      }
    }
    return out;
  }

  /** Whether {@code r} lies in the division of {@code code}. */
  static boolean isWithin(Region r, String code) {
    return code.equals(r.provinceCode().orElse(null)) || code.equals(r.prefectureCode().orElse(null));
  }

  private static String withoutGovernment(String written) {
    String w = written.strip();
    for (String g : GOVERNMENT) {
      if (w.endsWith(g) && w.length() > g.length()) {
        return w.substring(0, w.length() - g.length());
      }
    }
    return w;
  }

  // ---- loading ----

  private static Divisions load() {
    List<Region> all = new ArrayList<>();
    Map<String, Region> provinces = new HashMap<>();
    ListMultimap<String, Region> byName = MultimapBuilder.hashKeys().arrayListValues().build();
    for (String[] c : rows("regions.tsv", '\t', 6)) {
      Region r = ImmutableRegion.builder().name(c[0]).englishName(c[1]).iso3166(c[2]).divisionCode(c[3])
          .level(RegionLevel.valueOf(c[4])).build();
      all.add(r);
      provinces.put(c[3], r);
      byName.put(c[0], r);
      for (String other : c[5].split("\\|")) {
        if (!other.isEmpty()) {
          byName.put(other, r);
        }
      }
    }
    Map<String, Region> prefectures = new HashMap<>();
    for (String[] c : rows("divisions/cities.csv", ',', 3)) {
      Region province = provinces.get(c[2] + "0000");
      if (PLACEHOLDERS.contains(c[1]) || province == null) {
        continue;
      }
      Region r = ImmutableRegion.builder().name(c[1]).level(RegionLevel.PREFECTURE).divisionCode(c[0] + "00")
          .province(province.name()).provinceCode(province.divisionCode()).build();
      all.add(r);
      prefectures.put(c[0], r);
      byName.put(c[1], r);
    }
    for (String[] c : rows("divisions/areas.csv", ',', 4)) {
      Region province = provinces.get(c[3] + "0000");
      if (province == null || prefectures.containsKey(c[0].substring(0, 4)) && c[0].endsWith("00")) {
        continue; // a prefecture-level city without districts is listed again as its own county (东莞市)
      }
      ImmutableRegion.Builder b = ImmutableRegion.builder().name(c[1]).level(RegionLevel.COUNTY).divisionCode(c[0])
          .province(province.name()).provinceCode(province.divisionCode());
      Region prefecture = prefectures.get(c[2]);
      if (prefecture != null) {
        b.prefecture(prefecture.name()).prefectureCode(prefecture.divisionCode());
      }
      Region r = b.build();
      all.add(r);
      byName.put(c[1], r);
    }
    ListMultimap<String, Region> byStem = MultimapBuilder.hashKeys().arrayListValues().build();
    for (Region r : all) {
      String stem = r.level().isBelowProvince() ? Stems.of(r.name()) : null;
      if (stem != null) {
        byStem.put(stem, r);
      }
    }
    return new Divisions(all, byName, byStem);
  }

  /** The rows of a resource beside this class: tab- or comma-separated, quotes around a field dropped. */
  /** The words of {@code divisions/suffixes.tsv} of one kind, in the file's order. */
  private static List<String> kind(List<String[]> words, String kind) {
    List<String> out = new ArrayList<>();
    for (String[] row : words) {
      if (row[1].equals(kind)) {
        out.add(row[0]);
      }
    }
    return out;
  }

  static List<String[]> rows(String resource, char separator, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the library jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = separator == ',';
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || header) {
          header = false;
          continue;
        }
        String[] c = line.split(String.valueOf(separator), -1);
        if (c.length != columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns in '" + line + "'");
        }
        for (int k = 0; k < c.length; k++) {
          c[k] = c[k].length() >= 2 && c[k].startsWith("\"") && c[k].endsWith("\"")
              ? c[k].substring(1, c[k].length() - 1) : c[k];
        }
        out.add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
