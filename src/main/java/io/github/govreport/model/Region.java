package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a report is from: the country, a province, a prefecture or a county, as the statistics bureau's table
 * of divisions holds it (its official name, six-digit division code of GB/T 2260, level and parents), with
 * the name as the report writes it; or a place the table does not hold, under that name. The country and the
 * provinces also carry their English name as the National Bureau of Statistics' yearbooks write it and their
 * ISO 3166-2 code. Immutable and thread-safe.
 *
 * <pre>{@code
 * Region r = Region.resolve("驻马店");
 * r.name();          // 驻马店市
 * r.level();         // PREFECTURE
 * r.divisionCode();  // Optional[411700]
 * r.province();      // Optional[河南省]
 * }</pre>
 *
 * <p>Two regions are {@linkplain #equals equal} when every field is, the name as written included;
 * {@link #isSameDivision} compares the division only.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableRegion.class)
@JsonDeserialize(as = ImmutableRegion.class)
public abstract class Region implements Comparable<Region> {

  Region() {}

  /**
   * The official name in the table (全国, 广西壮族自治区, 驻马店市, 徐水区); for a place the table does not hold, the
   * name as written.
   */
  public abstract String name();

  /** The name as the report writes it (驻马店, 保定市徐水区, 满城县); the official name when none was written. */
  @Value.Default
  public String written() {
    return name();
  }

  /** Whether the region is the country, a province, a prefecture, a county, or a place the table does not hold. */
  public abstract RegionLevel level();

  /** The six-digit administrative division code (GB/T 2260: 330000, 411700; the country 100000); absent for a local place. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> divisionCode();

  /** The prefecture-level division the region lies in (保定市 for 徐水区); absent at and above the prefecture. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> prefecture();

  /** The division code of {@link #prefecture()}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> prefectureCode();

  /** The province the region lies in (河北省 for 保定市 and for 徐水区); absent for a province and the country. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> province();

  /** The division code of {@link #province()}. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> provinceCode();

  /** The English name (Zhejiang, Inner Mongolia, Tibet); present for the country and the provinces only. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> englishName();

  /** The ISO 3166-2 code (CN-ZJ; the country CN); present for the country and the provinces only. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> iso3166();

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "a region needs a name");
    checkArgument(divisionCode().isPresent() == (level() != RegionLevel.LOCAL),
        "a division code is present exactly when the level is not LOCAL: %s %s", name(), level());
  }

  /**
   * The short name reports write for a division below the province (驻马店 for 驻马店市, 延边 for 延边朝鲜族自治州);
   * absent for the country and the provinces (see their other names in {@link #resolve}) and where it would be one
   * character (唐县).
   */
  public final Optional<String> shortName() {
    return level().isBelowProvince() ? Optional.ofNullable(Stems.of(name())) : Optional.empty();
  }

  /**
   * The name without the suffix of its level and the peoples before it, at every level (北京 for 北京市, 广西 for
   * 广西壮族自治区, 驻马店 for 驻马店市): the stem a report writes before 地区 and the like; the name itself when it
   * has no suffix or the stem would be one character (唐县).
   */
  public final String stem() {
    String stem = Stems.of(name());
    return stem != null ? stem : name();
  }

  /** Whether the table of divisions holds the region. */
  public final boolean isKnown() {
    return level() != RegionLevel.LOCAL;
  }

  /** Whether {@code other} is the same division (same code; for local places, the same name), however written. */
  public final boolean isSameDivision(Region other) {
    checkNotNull(other, "other");
    return divisionCode().isPresent() ? divisionCode().equals(other.divisionCode())
        : other.divisionCode().isEmpty() && name().equals(other.name());
  }

  /** This region as the table writes it: {@link #written()} set to the official name. */
  public final Region canonical() {
    return written().equals(name()) ? this : ImmutableRegion.builder().from(this).written(name()).build();
  }

  /** This region, written as {@code written} in a report. */
  public final Region writtenAs(String written) {
    checkNotNull(written, "written");
    checkArgument(!written.isBlank(), "a region's name as written is blank");
    return ImmutableRegion.builder().from(this).written(written.strip()).build();
  }

  /**
   * The region a name stands for: a name of the country or a province in any form (浙江省, 浙江, 国务院, 广西), the
   * official name of a prefecture or county when only one division has it (驻马店市, 徐水区), or its name without
   * 市, 县 or 区 when only one has that (驻马店); else a local place under the name as written (某市, or 朝阳区, which
   * several divisions share). A parsed report's region is read with the whole text as evidence: see
   * {@link Report#region()}. Never fails on a non-null name.
   */
  public static Region resolve(String written) {
    checkNotNull(written, "written");
    String w = written.strip();
    checkArgument(!w.isEmpty(), "a region's name is blank: '%s'", written);
    Optional<Region> found = Divisions.TABLE.find(w);
    return found.map(r -> r.name().equals(w) ? r : r.writtenAs(w)).orElseGet(() -> local(w));
  }

  /**
   * Every division named exactly {@code name}: by its official name or another name (驻马店市, 河北, 朝阳区 for each
   * of its divisions), or by its official name after a parent's (保定市徐水区); empty for 唐 or 易.
   */
  public static List<Region> named(String name) {
    checkNotNull(name, "name");
    return Divisions.TABLE.named(name.strip());
  }

  /**
   * Every division a name may stand for: {@link #named}, and those whose short name is {@code name} or the stem of
   * {@code name} (驻马店 for 驻马店市; 满城县 for 满城区, a county that became a district).
   */
  public static List<Region> candidates(String name) {
    checkNotNull(name, "name");
    return Divisions.TABLE.candidates(name.strip());
  }

  /** The division with a six-digit code (411700), if the table holds it. */
  public static Optional<Region> ofCode(String code) {
    checkNotNull(code, "code");
    return Divisions.TABLE.ofCode(code.strip());
  }

  /** The country and its 34 provincial-level divisions, in the order of their division codes. */
  public static List<Region> table() {
    return Divisions.TABLE.provincial();
  }

  /**
   * Every division of the table: the country, 34 provincial-level divisions, the prefectures and the counties
   * (the statistics bureau's codes of 2023), in the order of their codes.
   */
  public static List<Region> divisions() {
    return Divisions.TABLE.all();
  }

  /**
   * Every name of the table with the divisions it is the official or other name of (驻马店市, 河北省, 河北, 广西,
   * 国务院, and 朝阳区 for each of its divisions); short names are {@link #shortName()}'s.
   */
  public static Map<String, List<Region>> names() {
    return Divisions.TABLE.names();
  }

  /** A place the table does not hold, under its name as written. */
  public static Region local(String name) {
    checkNotNull(name, "name");
    return ImmutableRegion.builder().name(name.strip()).level(RegionLevel.LOCAL).build();
  }

  /** The country first, then divisions by code, then local places by name; the name as written last. */
  @Override
  public final int compareTo(Region o) {
    int c = Boolean.compare(divisionCode().isEmpty(), o.divisionCode().isEmpty());
    if (c != 0) {
      return c;
    }
    c = level() == RegionLevel.COUNTRY || o.level() == RegionLevel.COUNTRY
        ? Boolean.compare(level() != RegionLevel.COUNTRY, o.level() != RegionLevel.COUNTRY) : 0;
    if (c != 0) {
      return c;
    }
    c = divisionCode().orElse("").compareTo(o.divisionCode().orElse(""));
    c = c != 0 ? c : name().compareTo(o.name());
    return c != 0 ? c : written().compareTo(o.written());
  }

  /** The name, with the English name and ISO code when known: "浙江省 (Zhejiang, CN-ZJ)", "驻马店市 (411700)". */
  @Override
  public final String toString() {
    if (englishName().isPresent()) {
      return name() + " (" + englishName().get() + ", " + iso3166().orElse("") + ")";
    }
    return divisionCode().map(c -> name() + " (" + c + ")").orElse(name());
  }
}
