package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units of measure a parser recognises after a figure, and the multipliers (万, 亿, 万亿 …) that may
 * stand before them.
 *
 * <p>A symbol is read as an optional multiplier followed by a base unit: {@code 万千瓦} is 万 × 千瓦,
 * {@code 亿元} is 亿 × 元. A multiplier alone ({@code 万} in "旅居人数达600万") is a {@link Dimension#COUNT}.
 * The {@linkplain #defaults() defaults} come from a table bundled with the library; a user adds units with
 * {@link #toBuilder()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * UnitCatalog units = UnitCatalog.defaults().toBuilder()
 *     .add(Unit.of("标方", Dimension.VOLUME, BigDecimal.ONE))
 *     .build();
 * units.parse("万标方"); // VOLUME, factor 10000
 * }</pre>
 */
public final class UnitCatalog {

  /** Where the bundled tables of units and multipliers stand. */
  private static final String LEXICON = "/io/github/govreport/lexicon/";

  private static final ImmutableMap<String, BigDecimal> MULTIPLIERS = loadMultipliers();

  private static final UnitCatalog DEFAULTS = new UnitCatalog(load());

  private final ImmutableSortedMap<String, Unit> units;

  private UnitCatalog(Map<String, Unit> units) {
    this.units = ImmutableSortedMap.copyOf(units);
  }

  /** The catalog bundled with the library. */
  public static UnitCatalog defaults() {
    return DEFAULTS;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this catalog's units, to add more. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.units.putAll(units);
    return b;
  }

  /** The base units by symbol, without multipliers. */
  public ImmutableSortedMap<String, Unit> units() {
    return units;
  }

  /** The multipliers that may stand before a unit (十, 百, 千, 万, 亿, 万亿 …), by symbol. */
  public static ImmutableMap<String, BigDecimal> multipliers() {
    return MULTIPLIERS;
  }

  /**
   * Returns the unit for a symbol as written: a known unit, a multiplier and a known unit, a multiplier
   * alone (a count), or else a unit of {@link Dimension#OTHER}. Never fails on a non-null symbol.
   */
  public Unit parse(String symbol) {
    checkNotNull(symbol, "symbol");
    Unit known = units.get(symbol);
    if (known != null) {
      return known;
    }
    BigDecimal alone = MULTIPLIERS.get(symbol);
    if (alone != null) {
      return Unit.of(symbol, Dimension.COUNT, alone);
    }
    for (int split = Math.min(2, symbol.length() - 1); split >= 1; split--) {
      BigDecimal multiplier = MULTIPLIERS.get(symbol.substring(0, split));
      Unit base = units.get(symbol.substring(split));
      if (multiplier != null && base != null) {
        if (base.dimension() == Dimension.OTHER) {
          return Unit.other(symbol, base.baseSymbol(), base.factor().multiply(multiplier));
        }
        return Unit.of(symbol, base.dimension(), base.factor().multiply(multiplier));
      }
    }
    for (int split = Math.min(2, symbol.length() - 1); split >= 1; split--) {
      BigDecimal multiplier = MULTIPLIERS.get(symbol.substring(0, split));
      if (multiplier != null) {
        return Unit.other(symbol, symbol.substring(split), multiplier);
      }
    }
    return Unit.other(symbol, symbol, BigDecimal.ONE);
  }

  @Override
  public String toString() {
    return "UnitCatalog" + units.keySet();
  }

  private static ImmutableMap<String, BigDecimal> loadMultipliers() {
    ImmutableMap.Builder<String, BigDecimal> out = ImmutableMap.builder();
    for (String[] cols : Divisions.rows(LEXICON + "multipliers.tsv", '\t', 2)) {
      out.put(cols[0], new BigDecimal(cols[1]));
    }
    return out.buildOrThrow();
  }

  private static Map<String, Unit> load() {
    Map<String, Unit> units = new LinkedHashMap<>();
    for (String[] cols : Divisions.rows(LEXICON + "units.tsv", '\t', 3)) {
      Unit before = units.put(cols[0], Unit.of(cols[0], Dimension.valueOf(cols[1]), new BigDecimal(cols[2])));
      checkArgument(before == null, "units.tsv: '%s' is listed twice", cols[0]);
    }
    return units;
  }

  /** Builds a {@link UnitCatalog}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Unit> units = new LinkedHashMap<>();

    private Builder() {}

    /** Adds (or replaces) a base unit, keyed by its symbol. */
    public Builder add(Unit unit) {
      checkNotNull(unit, "unit");
      checkArgument(!unit.symbol().isEmpty(), "a catalog unit needs a symbol: %s", unit);
      units.put(unit.symbol(), unit);
      return this;
    }

    /** Returns the catalog. */
    public UnitCatalog build() {
      return new UnitCatalog(units);
    }
  }
}
