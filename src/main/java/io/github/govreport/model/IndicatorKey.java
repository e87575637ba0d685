package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * The canonical name of an indicator, the same under every wording a report uses for it
 * (生产总值, 地区生产总值 and 国内生产总值 are all {@link #GDP}).
 *
 * <p>Keys are open: the constants here are the ones the {@linkplain IndicatorCatalog#defaults() default
 * catalog} knows, and a user may add catalog entries with keys of their own. A key is an upper-case
 * identifier such as {@code GDP} or {@code NEW_URBAN_JOBS}. Keys compare by name. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class IndicatorKey implements Comparable<IndicatorKey> {

  /** Gross domestic (regional) product: 生产总值, 地区生产总值, 国内生产总值, 经济增长, GDP. */
  public static final IndicatorKey GDP = of("GDP");
  /** Value added of industry above designated size: 规模以上工业增加值, 规上工业增加值, 规模工业增加值. */
  public static final IndicatorKey INDUSTRIAL_VALUE_ADDED = of("INDUSTRIAL_VALUE_ADDED");
  /** Fixed-asset investment: 固定资产投资, 全社会固定资产投资. */
  public static final IndicatorKey FIXED_ASSET_INVESTMENT = of("FIXED_ASSET_INVESTMENT");
  /** Total retail sales of consumer goods: 社会消费品零售总额. */
  public static final IndicatorKey RETAIL_SALES = of("RETAIL_SALES");
  /** Exports: 出口, 出口总额. */
  public static final IndicatorKey EXPORTS = of("EXPORTS");
  /** Imports and exports together: 进出口, 进出口总额, 外贸进出口. */
  public static final IndicatorKey TRADE = of("TRADE");
  /** Foreign direct investment actually used: 实际使用外资, 实际利用外资. */
  public static final IndicatorKey FOREIGN_INVESTMENT = of("FOREIGN_INVESTMENT");
  /** Consumer price index: 居民消费价格, 居民消费价格指数, CPI. A ceiling. */
  public static final IndicatorKey CPI = of("CPI");
  /** Surveyed urban unemployment rate: 城镇调查失业率. Lower is better. */
  public static final IndicatorKey SURVEYED_UNEMPLOYMENT = of("SURVEYED_UNEMPLOYMENT");
  /** New urban jobs: 城镇新增就业. */
  public static final IndicatorKey NEW_URBAN_JOBS = of("NEW_URBAN_JOBS");
  /** R&amp;D spending as a share of GDP: 研发投入强度, 研究与试验发展经费投入强度. */
  public static final IndicatorKey RD_INTENSITY = of("RD_INTENSITY");
  /** General public budget revenue: 一般公共预算收入, 地方一般公共预算收入. */
  public static final IndicatorKey PUBLIC_BUDGET_REVENUE = of("PUBLIC_BUDGET_REVENUE");
  /** Per-capita disposable income of all residents: 居民人均可支配收入, 居民收入, 城乡居民收入. */
  public static final IndicatorKey RESIDENT_INCOME = of("RESIDENT_INCOME");
  /** Per-capita disposable income of urban residents: 城镇居民人均可支配收入. */
  public static final IndicatorKey URBAN_INCOME = of("URBAN_INCOME");
  /** Per-capita disposable income of rural residents: 农村居民人均可支配收入. */
  public static final IndicatorKey RURAL_INCOME = of("RURAL_INCOME");
  /** Grain output: 粮食产量, 粮食总产量. */
  public static final IndicatorKey GRAIN_OUTPUT = of("GRAIN_OUTPUT");
  /** Energy consumption per unit of GDP: 单位生产总值能耗, 单位GDP能耗. Lower is better. */
  public static final IndicatorKey ENERGY_INTENSITY = of("ENERGY_INTENSITY");
  /** Carbon dioxide emissions per unit of GDP: 单位生产总值二氧化碳排放. Lower is better. */
  public static final IndicatorKey CARBON_INTENSITY = of("CARBON_INTENSITY");

  IndicatorKey() {}

  /** The key's name, an upper-case identifier. */
  @JsonValue
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the key called {@code name}.
   *
   * @throws IllegalArgumentException if {@code name} is not an upper-case identifier ({@code [A-Z][A-Z0-9_]*})
   */
  @JsonCreator
  public static IndicatorKey of(String name) {
    return ImmutableIndicatorKey.of(name);
  }

  @Value.Check
  final void check() {
    String name = checkNotNull(name(), "name");
    checkArgument(isIdentifier(name), "indicator key must be an upper-case identifier: '%s'", name);
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final int compareTo(IndicatorKey other) {
    return name().compareTo(other.name());
  }

  @Override
  public final String toString() {
    return name();
  }
}
