package io.github.govreport.model;

/**
 * The level of a {@link Region} in the administrative divisions: the country, a provincial-level division, a
 * prefecture-level one, a county-level one, or a place the table of divisions does not hold.
 */
public enum RegionLevel {
  /** The whole country: the State Council's report. */
  COUNTRY,
  /** A province, autonomous region, municipality or special administrative region (省, 自治区, 直辖市, 特别行政区). */
  PROVINCE,
  /** A prefecture-level division: a city (地级市), an autonomous prefecture (自治州), a league (盟) or 地区. */
  PREFECTURE,
  /** A county-level division: a district (区), a county (县, 自治县), a county-level city (县级市), a banner (旗). */
  COUNTY,
  /** A place the table of divisions does not hold, kept under its name as written. */
  LOCAL;

  /** Whether the level is below the province: a prefecture, a county, or a place the table does not hold. */
  public boolean isBelowProvince() {
    return this == PREFECTURE || this == COUNTY || this == LOCAL;
  }
}
