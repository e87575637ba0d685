package io.github.govreport.panel;

/** The level of a {@link Region}: the country, a provincial-level division, or a local region below them. */
public enum RegionLevel {
  /** The whole country: the State Council's report. */
  COUNTRY,
  /** A province, autonomous region, municipality or special administrative region. */
  PROVINCE,
  /** A city, prefecture or county, which the table of regions does not hold. */
  LOCAL
}
