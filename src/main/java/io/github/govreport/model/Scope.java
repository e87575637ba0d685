package io.github.govreport.model;

/** Where in the report a target is stated. */
public enum Scope {
  /** A clause of the main expected targets passage (主要预期目标). */
  MAIN,
  /** A quantified commitment elsewhere in the plan, among the key tasks. */
  TASK
}
