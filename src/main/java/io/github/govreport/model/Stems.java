package io.github.govreport.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The short name of a division, as reports write it: its name without the suffix of its kind (驻马店 for 驻马店市,
 * 满城 for 满城区 and for 满城县) and without the peoples of an autonomous one (延边 for 延边朝鲜族自治州). The words are
 * {@code divisions/suffixes.tsv}.
 */
final class Stems {

  private Stems() {}

  /** A short name of one character is no name a text can be searched for (唐 of 唐县). */
  private static final int MIN_STEM = 2;

  private static final ImmutableList<String> SUFFIXES;
  private static final ImmutableList<String> NATIONALITIES;

  static {
    List<String> suffixes = new ArrayList<>();
    List<String> peoples = new ArrayList<>();
    for (String[] row : Divisions.rows("divisions/suffixes.tsv", '\t', 2)) {
      switch (row[1]) {
        case "SUFFIX":
          suffixes.add(row[0]);
          break;
        case "NATIONALITY":
          peoples.add(row[0]);
          break;
        case "GOVERNMENT": // read by Divisions
        case "PLACEHOLDER":
          break;
        default:
          throw new IllegalStateException("divisions/suffixes.tsv: unknown kind " + row[1] + " of " + row[0]);
      }
    }
    Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
    suffixes.sort(longestFirst);
    peoples.sort(longestFirst);
    SUFFIXES = ImmutableList.copyOf(suffixes);
    NATIONALITIES = ImmutableList.copyOf(peoples);
  }

  /** The short name of {@code name}, or null when it has no suffix or would be shorter than two characters. */
  static String of(String name) {
    for (String s : SUFFIXES) {
      if (name.endsWith(s)) {
        String stem = withoutPeoples(name.substring(0, name.length() - s.length()));
        return stem.length() >= MIN_STEM ? stem : null;
      }
    }
    return null;
  }

  private static String withoutPeoples(String s) {
    String out = s;
    boolean again = true;
    while (again) {
      again = false;
      for (String p : NATIONALITIES) {
        if (out.endsWith(p) && out.length() > p.length()) {
          out = out.substring(0, out.length() - p.length());
          again = true;
          break;
        }
      }
    }
    return out;
  }
}
