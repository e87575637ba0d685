package io.github.govreport.compute;

/** How a target moved from one year's report to the next. */
public enum ChangeKind {
  /** The new target asks for more (for a lower-is-better indicator: for less). */
  RAISED,
  /** The new target asks for less. */
  LOWERED,
  /** The same figure and bound. */
  UNCHANGED,
  /** A target the earlier report did not set. */
  NEW,
  /** A target of the earlier report that the later one does not set. */
  DROPPED,
  /** Both set a target for the indicator, but not in comparable figures (a figure and none, % and 万人). */
  CHANGED
}
