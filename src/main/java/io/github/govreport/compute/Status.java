package io.github.govreport.compute;

/** Whether a target was met, as the actual result shows. */
public enum Status {
  /** Better than the target by more than its tolerance. */
  EXCEEDED,
  /** Within the target: at or past a floor or ceiling, inside a range, within the tolerance of 左右. */
  MET,
  /** Short of the target. */
  MISSED,
  /** The target and the result cannot be compared: no figure, different measures or units. */
  NOT_COMPARABLE,
  /** The review states no result for the target's indicator. */
  NO_DATA;

  /** Whether the status counts as achieved: {@link #MET} or {@link #EXCEEDED}. */
  public boolean achieved() {
    return this == MET || this == EXCEEDED;
  }
}
