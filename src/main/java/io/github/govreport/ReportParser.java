package io.github.govreport;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.govreport.internal.assemble.ReportReader;
import io.github.govreport.internal.text.Decoding;
import io.github.govreport.model.Dimension;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorKey;
import io.github.govreport.model.NameLexicon;
import io.github.govreport.model.Report;
import io.github.govreport.model.Unit;
import io.github.govreport.model.UnitCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Parses the text of a government work report (政府工作报告) into a {@link Report}: title, region, years,
 * sections, the main targets and task commitments of the plan year, the actual results of the review year,
 * named programmes and projects, each tied to its span in the text, and diagnostics for what was skipped
 * or could not be classified.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.create();
 * Report report = parser.parse(text);
 * report.target(IndicatorKey.GDP).orElseThrow().quantity().orElseThrow().value(); // 5.5
 * }</pre>
 *
 * <p>{@link #parse(String)} never throws on odd text: whatever it could not read is reported in
 * {@link Report#diagnostics()}. A null argument fails fast with a {@link NullPointerException} naming it.
 * Parsing is linear in the length of the input. A parser is immutable and thread-safe: one instance may be
 * shared by any number of threads.
 */
public final class ReportParser {

  private final IndicatorCatalog indicators;
  private final UnitCatalog units;
  private final NameLexicon names;
  private final String region;
  private final ReportReader reader;

  private ReportParser(IndicatorCatalog indicators, UnitCatalog units, NameLexicon names, String region) {
    this.indicators = indicators;
    this.units = units;
    this.names = names;
    this.region = region;
    ReportReader r = new ReportReader(indicators, units, names);
    this.reader = region == null ? r : r.withRegion(region);
  }

  private ReportParser(ReportParser base, String region) {
    this.indicators = base.indicators;
    this.units = base.units;
    this.names = base.names;
    this.region = region;
    this.reader = base.reader.withRegion(region);
  }

  /** Returns a parser with the default indicator and unit catalogs. */
  public static ReportParser create() {
    return Holder.DEFAULT;
  }

  /** Returns a builder to configure a parser, starting from the default catalogs. */
  public static Builder builder() {
    return new Builder();
  }

  /** The indicator catalog this parser resolves names with. */
  public IndicatorCatalog indicators() {
    return indicators;
  }

  /** The unit catalog this parser reads units with. */
  public UnitCatalog units() {
    return units;
  }

  /** The words this parser shapes indicators' names with. */
  public NameLexicon names() {
    return names;
  }

  /** The region this parser gives every report it reads, as the caller stated it; empty to read it from the text. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /**
   * This parser, for reports whose region the caller knows: {@code region} (a name as a report writes it, at any
   * level: 驻马店市, 唐县, 河北) wins over what the text says, with a {@code REGION_STATED} diagnostic when the text
   * names another. Cheap: the catalogs are shared.
   *
   * @throws NullPointerException if {@code region} is null
   * @throws IllegalArgumentException if {@code region} is blank
   */
  public ReportParser withRegion(String region) {
    checkNotNull(region, "region");
    com.google.common.base.Preconditions.checkArgument(!region.isBlank(), "a stated region is blank: '%s'", region);
    return new ReportParser(this, region.strip());
  }

  /**
   * Parses a report's text. Spans in the result are offsets into {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public Report parse(String text) {
    checkNotNull(text, "text");
    return reader.read(text);
  }

  /**
   * Parses a report file: UTF-8 unless it is not valid UTF-8, then GB18030 (with a diagnostic saying so); a
   * byte-order mark is dropped. Spans are offsets into the decoded text.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   */
  public Report parse(Path file) throws IOException {
    checkNotNull(file, "file");
    Decoding.Result decoded = Decoding.decode(Files.readAllBytes(file), null);
    return reader.read(decoded.text, decoded.diagnostics);
  }

  /**
   * Parses all the text a reader gives; the reader is read to its end and not closed.
   *
   * @throws NullPointerException if {@code in} is null
   * @throws IOException if reading fails
   */
  public Report parse(Reader in) throws IOException {
    checkNotNull(in, "in");
    StringWriter out = new StringWriter();
    in.transferTo(out);
    return reader.read(out.toString());
  }

  /**
   * Parses the bytes of a stream in the given charset; the stream is read to its end and not closed. Bytes
   * that are not valid in {@code charset} are replaced, with a diagnostic.
   *
   * @throws NullPointerException if {@code in} or {@code charset} is null
   * @throws IOException if reading fails
   */
  public Report parse(InputStream in, Charset charset) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(charset, "charset");
    Decoding.Result decoded = Decoding.decode(in.readAllBytes(), charset);
    return reader.read(decoded.text, decoded.diagnostics);
  }

  @Override
  public String toString() {
    return "ReportParser{indicators=" + indicators.definitions().size() + ", units=" + units.units().size() + "}";
  }

  private static final class Holder {
    static final ReportParser DEFAULT = new ReportParser(IndicatorCatalog.defaults(), UnitCatalog.defaults(),
        NameLexicon.defaults(), null);
  }

  /**
   * Configures a {@link ReportParser}: extra wordings for known indicators, whole catalogs, extra units, extra
   * words that shape names.
   * Not thread-safe; the parser it builds is.
   *
   * <pre>{@code
   * ReportParser parser = ReportParser.builder()
   *     .addWording(IndicatorKey.GDP, "全域生产总值")
   *     .addUnit(Unit.of("标方", Dimension.VOLUME, BigDecimal.ONE))
   *     .addNameWord(NameLexicon.Role.VERB, "储备")
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private IndicatorCatalog indicators = IndicatorCatalog.defaults();
    private UnitCatalog units = UnitCatalog.defaults();
    private NameLexicon names = NameLexicon.defaults();
    /** What was added, kept apart from the catalogs it is added to: either order of calls gives the same parser. */
    private final java.util.List<java.util.Map.Entry<IndicatorKey, String>> wordings = new java.util.ArrayList<>();
    private final java.util.List<Unit> addedUnits = new java.util.ArrayList<>();
    private final java.util.List<java.util.Map.Entry<NameLexicon.Role, String>> nameWords = new java.util.ArrayList<>();
    private String region;

    private Builder() {}

    /**
     * States the region of every report the parser reads (see {@link ReportParser#withRegion}).
     *
     * @throws IllegalArgumentException if {@code region} is blank
     */
    public Builder region(String region) {
      checkNotNull(region, "region");
      com.google.common.base.Preconditions.checkArgument(!region.isBlank(), "a stated region is blank: '%s'", region);
      this.region = region.strip();
      return this;
    }

    /**
     * Replaces the indicator catalog (the defaults unless set); wordings added with {@link #addWording}, before or
     * after, are added to it.
     */
    public Builder indicators(IndicatorCatalog catalog) {
      this.indicators = checkNotNull(catalog, "catalog");
      return this;
    }

    /**
     * Adds a wording for an indicator of the catalog, whichever catalog is set, before or after this call; {@link
     * #build} fails if that catalog has no definition for {@code key}.
     *
     * @throws IllegalArgumentException if {@code wording} is blank
     */
    public Builder addWording(IndicatorKey key, String wording) {
      checkNotNull(key, "key");
      checkNotNull(wording, "wording");
      com.google.common.base.Preconditions.checkArgument(!wording.isBlank(), "a wording of %s is blank", key);
      wordings.add(java.util.Map.entry(key, wording));
      return this;
    }

    /** Replaces the unit catalog (the defaults unless set); units added with {@link #addUnit} are added to it. */
    public Builder units(UnitCatalog catalog) {
      this.units = checkNotNull(catalog, "catalog");
      return this;
    }

    /**
     * Adds a base unit; the multipliers 万, 亿 … work with it at once.
     *
     * @throws IllegalArgumentException if {@code unit} has no symbol or is of {@link Dimension#OTHER}
     */
    public Builder addUnit(Unit unit) {
      checkNotNull(unit, "unit");
      com.google.common.base.Preconditions.checkArgument(unit.dimension() != Dimension.OTHER,
          "a unit added to the parser needs a known dimension: %s", unit);
      addedUnits.add(unit);
      return this;
    }

    /**
     * Replaces the words that shape indicators' names (the defaults unless set); words added with {@link
     * #addNameWord} are added to them.
     */
    public Builder names(NameLexicon lexicon) {
      this.names = checkNotNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Adds a word that shapes indicators' names: a governing verb of a region's style ({@code VERB, "储备"}), a
     * word of an indicator that looks like a verb ({@code KEEP}), a scope ({@code SCOPE, "全域"}) ….
     *
     * @throws IllegalArgumentException if {@code word} is blank or already has another role
     */
    public Builder addNameWord(NameLexicon.Role role, String word) {
      checkNotNull(role, "role");
      checkNotNull(word, "word");
      names.toBuilder().add(role, word); // fails fast on a blank word or one of another role
      nameWords.add(java.util.Map.entry(role, word));
      return this;
    }

    /**
     * Returns the parser: the catalogs set, with what was added to them.
     *
     * @throws IllegalArgumentException if a wording was added for a key the indicator catalog does not define, or
     *     a name word has two roles
     */
    public ReportParser build() {
      if (indicators == IndicatorCatalog.defaults() && units == UnitCatalog.defaults()
          && names == NameLexicon.defaults() && wordings.isEmpty() && addedUnits.isEmpty() && nameWords.isEmpty()) {
        // Nothing added: the default parser's engine, whose tables are built once per JVM, serves.
        return region == null ? Holder.DEFAULT : new ReportParser(Holder.DEFAULT, region);
      }
      IndicatorCatalog.Builder i = indicators.toBuilder();
      wordings.forEach(w -> i.addWording(w.getKey(), w.getValue()));
      UnitCatalog.Builder u = units.toBuilder();
      addedUnits.forEach(u::add);
      NameLexicon.Builder n = names.toBuilder();
      nameWords.forEach(w -> n.add(w.getKey(), w.getValue()));
      NameLexicon lexicon = n.build();
      // A scope word of the parser's is one of its catalog's too: 全域地区生产总值 resolves as 全省地区生产总值 does.
      i.addScopeWords(lexicon);
      return new ReportParser(i.build(), u.build(), lexicon, region);
    }
  }
}
