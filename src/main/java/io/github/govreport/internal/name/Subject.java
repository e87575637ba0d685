package io.github.govreport.internal.name;

/** A name read or inherited within a sentence, with where it was written (-1 when inferred). Immutable. */
public final class Subject {
  public final String name;
  public final int start;

  public Subject(String name, int start) {
    this.name = name;
    this.start = start;
  }
}
