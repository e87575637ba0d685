package io.github.govreport.internal.lexicon;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the line joiner reads a scraped page's lines by ({@code noise.tsv}, and the openers of words.tsv): whole
 * lines of page furniture, openings of furniture and footers, photo captions, a collector's header fields, and the
 * openings of a line that continues the line before. Each word has one kind, checked at load. Loaded once; immutable
 * and thread-safe.
 */
public final class LineWords {

  /** What a line of page furniture or of a collector's header is ({@code noise.tsv}). */
  public enum Noise {
    /** A whole line of page furniture: a button, a font-size widget, a share bar. */
    LINE,
    /** Opens a line of page furniture, a dateline of the page or a footer. */
    PREFIX,
    /** Marks a photo caption when a line also ends with 摄. */
    CAPTION,
    /** Opens a photo caption's line, whatever it ends with: 图为, 图：. */
    CAPTION_OPENER,
    /** A field of a collector's header, before ： or : at a line's start (标题：, 年份：). */
    COLLECTOR
  }

  /** Whole lines of page furniture: buttons, font-size widgets, share bars. */
  public final WordTable<Boolean> noiseLines;
  /** Line openings of page furniture, datelines and footers. */
  public final WordTable<Boolean> noisePrefixes;
  /** Words that mark a photo caption when a line also ends with 摄. */
  public final ImmutableList<String> captionMarks;
  /** Openings of a photo caption's line: 图为, 图：, （图. */
  public final ImmutableList<String> captionOpeners;
  /** The fields of a collector's header, read at a line's start before ： or :. */
  public final WordTable<Boolean> collectorFields;
  /** A line opening with these continues the line before (…的主要任务是：): 为：, 是：. */
  public final ImmutableList<String> continuingOpeners;

  private LineWords(Map<Noise, List<String>> noise, List<String> continuing) {
    this.noiseLines = WordTable.of(Boolean.TRUE, noise.get(Noise.LINE).toArray(new String[0]));
    this.noisePrefixes = WordTable.of(Boolean.TRUE, noise.get(Noise.PREFIX).toArray(new String[0]));
    this.captionMarks = ImmutableList.copyOf(noise.get(Noise.CAPTION));
    this.captionOpeners = ImmutableList.copyOf(noise.get(Noise.CAPTION_OPENER));
    this.collectorFields = WordTable.of(Boolean.TRUE, noise.get(Noise.COLLECTOR).toArray(new String[0]));
    this.continuingOpeners = ImmutableList.copyOf(continuing);
  }

  /**
   * Loads the noise words of {@code resource} (word, kind) and the {@code continuing} openers.
   *
   * @throws IllegalStateException naming a word listed twice
   */
  static LineWords load(String resource, List<String> continuing) {
    Map<Noise, List<String>> m = new EnumMap<>(Noise.class);
    for (Noise n : Noise.values()) {
      m.put(n, new ArrayList<>());
    }
    Map<String, Noise> once = new LinkedHashMap<>();
    for (String[] row : Tsv.rows(resource, 2)) {
      Noise n = Noise.valueOf(row[1]);
      if (once.put(row[0], n) != null) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice");
      }
      m.get(n).add(row[0]);
    }
    return new LineWords(m, continuing);
  }
}
