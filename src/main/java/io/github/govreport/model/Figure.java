package io.github.govreport.model;

import java.util.Optional;
import java.util.OptionalInt;

/** A target or an actual: a statement about an indicator, usually with a quantity. */
public interface Figure extends Extracted {

  /** The indicator the figure is about. */
  Indicator indicator();

  /** What the figure measures. */
  Measure measure();

  /** The figure's quantity; absent only for targets without a figure. */
  Optional<Quantity> quantity();

  /** The year the figure is for, when known. */
  OptionalInt year();
}
