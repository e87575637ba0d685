package io.github.govreport.internal.figure;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.IndicatorCatalog;
import io.github.govreport.model.IndicatorDefinition;
import java.util.Map;
import java.util.TreeMap;

/**
 * The wordings of an indicator catalog, found in a text: after the scope words a name may be written after
 * (全省地区生产总值), and whole words only when short (经济增长, but not 经济结构). Immutable and thread-safe.
 */
public final class IndicatorWordings {

  private final WordTable<IndicatorDefinition> wordings;
  /** The catalog's scope words (the bundled ones and a caller's), longest first. */
  private final WordTable<Boolean> scopes;
  /** The words between a name and its figure: a short wording before one is the indicator. */
  private final WordTable<Cue> cues;
  private final ListWords lists;

  /** The wordings of {@code catalog}, read with the bundled words. */
  public IndicatorWordings(IndicatorCatalog catalog) {
    this(catalog, Vocabulary.builtIn());
  }

  /** The wordings of {@code catalog}, a short one told a whole word by the cues of {@code words}. */
  public IndicatorWordings(IndicatorCatalog catalog, Vocabulary words) {
    this.cues = words.cues;
    this.lists = words.lists;
    this.scopes = WordTable.of(Boolean.TRUE, catalog.scopeWords().toArray(new String[0]));
    Map<String, IndicatorDefinition> w = new TreeMap<>();
    for (IndicatorDefinition d : catalog.definitions()) {
      for (String s : d.wordings()) {
        w.putIfAbsent(s, d);
      }
    }
    this.wordings = WordTable.of(w);
  }

  /** The definition whose wording starts the text at {@code from} (after scope words), or null; sets nothing. */
  public IndicatorDefinition at(SourceText t, int from, int to) {
    int i = skipScope(t, from, to);
    WordTable.Match<IndicatorDefinition> m = wholeWording(t, i, to);
    return m == null ? null : m.value;
  }

  /**
   * The definition a heading's title opens with ("经济发展贡献新担当": GDP), the topic of the figures its
   * paragraph leaves unnamed: a short wording need not be a whole word there.
   */
  public IndicatorDefinition topicAt(SourceText t, int from, int to) {
    WordTable.Match<IndicatorDefinition> m = wordings.longestAt(t, skipScope(t, from, to), to);
    return m == null ? null : m.value;
  }

  /** The length of the catalog wording at {@code from} (after scope words), or 0. */
  public int lengthAt(SourceText t, int from, int to) {
    int i = skipScope(t, from, to);
    WordTable.Match<IndicatorDefinition> m = wholeWording(t, i, to);
    return m == null ? 0 : i - from + m.length;
  }

  /** Wordings this short are whole only before a verb or a mark: 经济增长, 投资保持稳定, but not 经济结构. */
  private static final int SHORT_WORDING = 2;

  /**
   * The catalog wording at {@code i}, when it is a whole word there: a short wording (经济, 投资, 物价) that runs
   * on into a longer noun ("经济结构进一步优化", "投资环境") is not the indicator.
   */
  private WordTable.Match<IndicatorDefinition> wholeWording(SourceText t, int i, int to) {
    WordTable.Match<IndicatorDefinition> m = wordings.longestAt(t, i, to);
    if (m == null || m.length > SHORT_WORDING) {
      return m;
    }
    int after = i + m.length;
    if (after >= to || !Chars.isCjk(t.charAt(after)) || cues.longestAt(t, after, to) != null
        || lists.qualitativeResults.longestAt(t, after, to) != null || startsPredicate(t, after, to)) {
      return m;
    }
    return null;
  }

  private boolean startsPredicate(SourceText t, int at, int to) {
    for (int k = 0; k < lists.predicateStarts.size(); k++) {
      if (t.startsWith(lists.predicateStarts.get(k), at)) {
        return true;
      }
    }
    return false;
  }

  private int skipScope(SourceText t, int from, int to) {
    int i = from;
    for (WordTable.Match<Boolean> m; (m = scopes.longestAt(t, i, to)) != null && i + m.length < to; ) {
      i += m.length; // 全省全社会…: every scope word in a row
    }
    return i;
  }
}
