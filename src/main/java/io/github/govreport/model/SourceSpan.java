package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of offsets into the original input text, counted in UTF-16 code
 * units exactly like {@link String#substring(int, int)}.
 *
 * <p>For every extracted item, {@code input.substring(span.start(), span.end())} equals the item's
 * {@code text}. Line and column are not stored; derive them from the input when needed. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SourceSpan span = target.span();
 * String quoted = input.substring(span.start(), span.end()); // == target.text()
 * }</pre>
 */
@Value.Immutable(builder = false)
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableSourceSpan.class)
@JsonDeserialize(as = ImmutableSourceSpan.class)
public abstract class SourceSpan implements Comparable<SourceSpan> {

  SourceSpan() {}

  /** The offset of the first UTF-16 unit of the span. */
  @Value.Parameter
  public abstract int start();

  /** The offset one past the last UTF-16 unit of the span; equal to {@link #start()} when empty. */
  @Value.Parameter
  public abstract int end();

  /**
   * Returns the span {@code [start, end)}.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public static SourceSpan of(int start, int end) {
    return ImmutableSourceSpan.of(start, end);
  }

  /** The number of UTF-16 units the span covers. */
  public final int length() {
    return end() - start();
  }

  /** Whether {@code other} lies wholly within this span. */
  public final boolean contains(SourceSpan other) {
    checkNotNull(other, "other");
    return start() <= other.start() && other.end() <= end();
  }

  /** Whether the two spans share at least one offset. */
  public final boolean overlaps(SourceSpan other) {
    checkNotNull(other, "other");
    return start() < other.end() && other.start() < end();
  }

  /**
   * Returns the text this span covers in {@code input}.
   *
   * @throws IllegalArgumentException if the span does not lie within {@code input}
   */
  public final String textIn(CharSequence input) {
    checkNotNull(input, "input");
    checkArgument(end() <= input.length(), "span %s lies outside an input of length %s", this, input.length());
    return input.subSequence(start(), end()).toString();
  }

  /** Orders spans by start, then by end. */
  @Override
  public final int compareTo(SourceSpan other) {
    int c = Integer.compare(start(), other.start());
    return c != 0 ? c : Integer.compare(end(), other.end());
  }

  @Value.Check
  final void check() {
    checkArgument(start() >= 0, "span start must not be negative: %s", start());
    checkArgument(end() >= start(), "span end %s must not be before its start %s", end(), start());
  }

  @Override
  public final String toString() {
    return "[" + start() + ", " + end() + ")";
  }
}
