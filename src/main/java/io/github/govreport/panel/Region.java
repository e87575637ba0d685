package io.github.govreport.panel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a report is from: the country, one of its 34 provincial-level divisions, or a city or county kept as
 * written. The country and the provinces carry their Chinese name, their English name as the National Bureau
 * of Statistics' English yearbooks write it, their ISO 3166-2 code and their six-digit administrative division
 * code (GB/T 2260); a local region carries only its name. Immutable and thread-safe.
 *
 * <pre>{@code
 * Region r = Region.resolve("浙江");
 * r.name();         // 浙江省
 * r.englishName();  // Optional[Zhejiang]
 * r.iso3166();      // Optional[CN-ZJ]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegion.class)
@JsonDeserialize(as = ImmutableRegion.class)
public abstract class Region implements Comparable<Region> {

  Region() {}

  /** The region's name: the full official name for the country and provinces (全国, 广西壮族自治区), else as written. */
  public abstract String name();

  /** The English name (Zhejiang, Inner Mongolia, Tibet); absent for a local region. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> englishName();

  /** The ISO 3166-2 code (CN-ZJ; the country CN); absent for a local region. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> iso3166();

  /** The administrative division code of GB/T 2260 (330000; the country 100000); absent for a local region. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<String> divisionCode();

  /** Whether the region is the country, a province or a local one. */
  public abstract RegionLevel level();

  /** Whether the table of regions knows it (the country or a province). */
  public final boolean isKnown() {
    return level() != RegionLevel.LOCAL;
  }

  /**
   * The region a report names, by any of its names (浙江省, 浙江, 国务院, 广西): one of the table's, or a local
   * region under the name as written (杭州市). Never fails on a non-null name.
   */
  public static Region resolve(String written) {
    checkNotNull(written, "written");
    return Regions.TABLE.find(written).orElseGet(() -> local(written.strip()));
  }

  /** The country and its 34 provincial-level divisions, in the order of their division codes. */
  public static List<Region> table() {
    return Regions.TABLE.all();
  }

  /** A region the table does not know, under its name as written. */
  public static Region local(String name) {
    return ImmutableRegion.builder().name(checkNotNull(name, "name")).level(RegionLevel.LOCAL).build();
  }

  /** The country first, then the provinces by division code, then local regions by name. */
  @Override
  public final int compareTo(Region o) {
    int c = level().compareTo(o.level());
    if (c != 0) {
      return c;
    }
    c = divisionCode().orElse("").compareTo(o.divisionCode().orElse(""));
    return c != 0 ? c : name().compareTo(o.name());
  }

  /** The name, with the English name and ISO code when known: "浙江省 (Zhejiang, CN-ZJ)". */
  @Override
  public final String toString() {
    return englishName().map(e -> name() + " (" + e + ", " + iso3166().orElse("") + ")").orElse(name());
  }

  static Region known(String name, String english, String iso, String code, RegionLevel level) {
    return ImmutableRegion.builder().name(name).englishName(english).iso3166(iso).divisionCode(code).level(level)
        .build();
  }
}
