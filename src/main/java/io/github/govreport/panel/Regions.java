package io.github.govreport.panel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table of regions ({@code regions.tsv}), loaded once: each by its name and every other name. */
final class Regions {

  static final Regions TABLE = load();

  /** Written after a region's name in a report's byline or title, and not part of it. */
  private static final String[] SUFFIXES = {"人民政府", "政府"};

  private final List<Region> all;
  private final Map<String, Region> byName;

  private Regions(List<Region> all, Map<String, Region> byName) {
    this.all = List.copyOf(all);
    this.byName = Map.copyOf(byName);
  }

  List<Region> all() {
    return all;
  }

  /** The region written as {@code written} (a name or another name, with 人民政府 after it or not). */
  Optional<Region> find(String written) {
    String w = written.strip();
    Region r = byName.get(w);
    for (int k = 0; r == null && k < SUFFIXES.length; k++) {
      if (w.endsWith(SUFFIXES[k])) {
        r = byName.get(w.substring(0, w.length() - SUFFIXES[k].length()));
      }
    }
    return Optional.ofNullable(r);
  }

  /**
   * The region a text (a title, "2025年广西政府工作报告") names first, by its longest name at a position; empty
   * when it names none. Short names inside longer place names (吉林 in 吉林市) are taken too: use only on titles.
   */
  Optional<Region> findIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      for (int len = Math.min(MAX_NAME, text.length() - i); len >= 2; len--) {
        Region r = byName.get(text.substring(i, i + len));
        if (r != null) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  private static final int MAX_NAME = 12;

  private static Regions load() {
    List<Region> all = new ArrayList<>();
    Map<String, Region> byName = new HashMap<>();
    try (InputStream in = Regions.class.getResourceAsStream("/io/github/govreport/panel/regions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("regions.tsv is missing from the library jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 6) {
          throw new IllegalStateException("regions.tsv: expected 6 columns in '" + line + "'");
        }
        Region region = Region.known(c[0], c[1], c[2], c[3], RegionLevel.valueOf(c[4]));
        all.add(region);
        put(byName, c[0], region);
        for (String other : c[5].split("\\|")) {
          if (!other.isEmpty()) {
            put(byName, other, region);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Regions(all, byName);
  }

  private static void put(Map<String, Region> byName, String name, Region region) {
    if (byName.put(name, region) != null) {
      throw new IllegalStateException("regions.tsv: the name " + name + " is given twice");
    }
  }
}
