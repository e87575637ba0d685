package io.github.govreport.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when quantities of two units that cannot be converted into each other are combined or compared,
 * such as percent with percentage points or 亿元 with 万人. The message names both units.
 */
public final class UnitMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Unit left;
  private final transient Unit right;

  /** Creates the exception for the two units, in the order the caller gave them. */
  public UnitMismatchException(Unit left, Unit right) {
    super("units do not match: '" + checkNotNull(left, "left").symbol() + "' (" + left.dimension()
        + ") and '" + checkNotNull(right, "right").symbol() + "' (" + right.dimension() + ")");
    this.left = left;
    this.right = right;
  }

  /** The first unit. */
  public Unit left() {
    return left;
  }

  /** The second unit. */
  public Unit right() {
    return right;
  }
}
