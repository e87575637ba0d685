package io.github.govreport.parse;

/** The corpus texts for tests in other packages. */
public final class CorpusTexts {

  private CorpusTexts() {}

  /** Every corpus text, each followed by a line break. */
  public static String all() {
    StringBuilder sb = new StringBuilder();
    for (String name : Corpus.texts()) {
      sb.append(Corpus.text(name)).append('\n');
    }
    return sb.toString();
  }

  /** The corpus texts, one by one. */
  public static java.util.List<String> each() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String name : Corpus.texts()) {
      out.add(Corpus.text(name));
    }
    return out;
  }
}
