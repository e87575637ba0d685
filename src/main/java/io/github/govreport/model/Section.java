package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A section of the report: a heading with its label as written (一、, （三）, 1., 一是, ——, or empty for a
 * bold lead sentence or a markdown heading), its title, its nesting level and the span from its heading
 * to the end of its content.
 *
 * <p>Level 1 is the outermost (一、2023年工作回顾); children are nested sections in order. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableSection.class)
@JsonDeserialize(as = ImmutableSection.class)
public abstract class Section {

  Section() {}

  /** The label as written, such as {@code 一、}, {@code （三）}, {@code 1.} or {@code 一是}; may be empty. */
  @Value.Parameter
  public abstract String label();

  /** The heading's title without its label or markup; may be empty for a bare list label. */
  @Value.Parameter
  public abstract String title();

  /** The nesting depth, 1 for the outermost sections. */
  @Value.Parameter
  public abstract int level();

  /** The span from the start of the heading to the end of the section's content. */
  @Value.Parameter
  public abstract SourceSpan span();

  /** The span of the heading itself: label, title and any markup around them. */
  @Value.Parameter
  public abstract SourceSpan headingSpan();

  /** The sections nested in this one, in order. */
  @Value.Parameter
  public abstract List<Section> children();

  /** Returns a section; the children are copied. */
  public static Section of(String label, String title, int level, SourceSpan span, SourceSpan headingSpan,
      List<Section> children) {
    return ImmutableSection.of(label, title, level, span, headingSpan, children);
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    checkState(level() >= 1, "section level must be at least 1: %s", level());
    checkState(span().contains(headingSpan()), "heading %s must lie within the section %s", headingSpan(), span());
    for (Section child : children()) {
      checkState(child.level() > level(), "child level %s must exceed parent level %s", child.level(), level());
    }
  }

  /** Builds a {@link Section}; not thread-safe. */
  public static class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
