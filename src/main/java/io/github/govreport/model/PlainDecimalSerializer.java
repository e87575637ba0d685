package io.github.govreport.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes an exact decimal as a JSON number written out in full (1000, never 1E+3), whatever the mapper's features:
 * part of the JSON contract the model carries itself.
 */
final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {

  private static final long serialVersionUID = 1L;

  PlainDecimalSerializer() {
    super(BigDecimal.class);
  }

  @Override
  public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeNumber(value.toPlainString());
  }
}
