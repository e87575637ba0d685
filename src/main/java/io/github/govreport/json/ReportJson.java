package io.github.govreport.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.govreport.model.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The library's public JSON: writes a {@link Report} (or any model value) as JSON and reads it back.
 *
 * <p>The names are the contract documented in the README and in {@code report.schema.json}:
 * {@code targets[]} and {@code actuals[]} with {@code indicator.name}, {@code indicator.key},
 * {@code measure}, {@code quantity.value} (a JSON number as written in its unit), {@code quantity.unit},
 * {@code quantity.upper}, {@code year}, {@code span.start}, {@code span.end}, {@code text}, and so on.
 * {@code read(write(report))} equals {@code report}. Thread-safe.
 *
 * <pre>{@code
 * String json = ReportJson.write(report);
 * Report again = ReportJson.read(json);
 * }</pre>
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new GuavaModule())
      .addModule(new Jdk8Module()).build();
  private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /**
   * Returns a new mapper configured for the model: Guava and JDK 8 modules, exact decimals written plain,
   * only the model's declared properties. Callers may configure their copy further.
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Adds the modules the model needs (Guava and JDK 8) to a mapper builder.
   *
   * @deprecated no longer needed: the model carries its JSON contract itself, so an application's own mapper with
   *     the modules on its class path found ({@code new ObjectMapper().findAndRegisterModules()}, as Spring Boot
   *     does) writes and reads exactly what {@link #write} writes. This method no longer changes the mapper's
   *     features, so applying it to an application's global mapper leaves its other classes as they were.
   */
  @Deprecated
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    checkNotNull(builder, "builder");
    return builder.addModule(new GuavaModule()).addModule(new Jdk8Module());
  }

  /**
   * The JSON Schema (draft 2020-12) of a report's JSON, as text: the same on the class path and the module path,
   * where the resource beside this class cannot be read from another module.
   */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  private static final class SchemaHolder {
    static final String SCHEMA = load();

    private static String load() {
      try (java.io.InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
        if (in == null) {
          throw new IllegalStateException("report.schema.json is missing from the library jar");
        }
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Returns the JSON of a model value on one line. */
  public static String write(Object value) {
    return write(value, false);
  }

  /** Returns the JSON of a model value, indented when {@code pretty}. */
  public static String write(Object value, boolean pretty) {
    checkNotNull(value, "value");
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Writes the JSON of a model value to a stream as it is made, in UTF-8, indented when {@code pretty}: a
   * report of any size is written without being held as one string. The stream is flushed, not closed.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static void write(Object value, OutputStream out, boolean pretty) {
    checkNotNull(value, "value");
    checkNotNull(out, "out");
    try {
      writer(pretty).writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes the JSON of a model value to a stream on one line, in UTF-8, as {@link #write(Object, OutputStream, boolean)}. */
  public static void write(Object value, OutputStream out) {
    write(value, out, false);
  }

  /**
   * Writes the JSON of a model value to a writer as it is made, indented when {@code pretty}. The writer is
   * flushed, not closed.
   *
   * @throws UncheckedIOException if the writer cannot be written
   */
  public static void write(Object value, Writer out, boolean pretty) {
    checkNotNull(value, "value");
    checkNotNull(out, "out");
    try {
      writer(pretty).writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes the JSON of a model value to a writer on one line, as {@link #write(Object, Writer, boolean)}. */
  public static void write(Object value, Writer out) {
    write(value, out, false);
  }

  private static ObjectWriter writer(boolean pretty) {
    return (pretty ? PRETTY : MAPPER).writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /**
   * Reads a report from its JSON.
   *
   * @throws IllegalArgumentException if {@code json} is not a report in the documented form; the message
   *     says where
   */
  public static Report read(String json) {
    return read(json, Report.class);
  }

  /**
   * Reads a model value of the given type from its JSON.
   *
   * @throws IllegalArgumentException if {@code json} is not such a value; the message says where
   */
  public static <T> T read(String json, Class<T> type) {
    checkNotNull(json, "json");
    checkNotNull(type, "type");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + " in JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr()), e);
    }
  }
}
