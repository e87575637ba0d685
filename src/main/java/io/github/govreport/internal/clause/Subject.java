package io.github.govreport.internal.clause;

/** A name read or inherited within a sentence, with where it was written (-1 when inferred). Immutable. */
final class Subject {
  final String name;
  final int start;

  Subject(String name, int start) {
    this.name = name;
    this.start = start;
  }
}
