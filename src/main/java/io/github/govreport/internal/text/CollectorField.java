package io.github.govreport.internal.text;

import io.github.govreport.internal.lexicon.OriginWords;
import io.github.govreport.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A field of a collector's header, left out of the text ("标题：2021年保定市政府工作报告", "发文单位：保定市人民政府"):
 * what a scraper wrote about the report, not what the report says. Immutable.
 */
public final class CollectorField {
  /** The field's name as written (标题, 年份, 发文单位). */
  public final String key;
  /** The field's value, trimmed. */
  public final String value;
  /** Where the line is in the original text. */
  public final SourceSpan span;

  CollectorField(String key, String value, SourceSpan span) {
    this.key = key;
    this.value = value;
    this.span = span;
  }

  /** The title a collector's header gives, a value naming a report ({@code TITLE} of {@code words}), if any. */
  public static Optional<String> title(List<CollectorField> fields, OriginWords words) {
    for (CollectorField f : fields) {
      if (words.indexOf(OriginWords.Role.TITLE, f.value, 0, f.value.length()) >= 0) {
        return Optional.of(f.value);
      }
    }
    return Optional.empty();
  }
}
