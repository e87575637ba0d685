package io.github.govreport.internal.origin;

import static io.github.govreport.internal.lexicon.Punctuation.COLON;
import static io.github.govreport.internal.lexicon.Punctuation.COMMA;
import static io.github.govreport.internal.lexicon.Punctuation.FULL_STOP;

import io.github.govreport.internal.lexicon.OriginWords;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.text.CollectorField;
import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Diagnostic;
import io.github.govreport.model.DiagnosticCode;
import io.github.govreport.model.Region;
import io.github.govreport.model.SourceSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who gave the report: its region at any level, from everything the text says, the report's own words before a
 * collector's. In order: a region the caller states; the name the title, the byline, the signature or the opening
 * writes ("高唐县2023年政府工作报告", "在保定市第十五届人民代表大会…", "保定市人民政府市长", "我代表海拉尔区人民政府");
 * then the place the text names most while it speaks of itself at that level ("驻马店" with "全市": 驻马店市); then
 * a collector's header. A name as written is resolved against the table of divisions: exactly (高唐县, never 唐县),
 * inside its parent's (保定市徐水区), by its short name (驻马店), or by its stem when it has been renamed since (满城县,
 * now 满城区); where several divisions fit, the province and prefecture the text names decide. What cannot be
 * resolved is kept as written, with a diagnostic naming the candidates. One instance per parse.
 */
public final class RegionReader {

  /** The region read, and what was said about it. */
  public static final class Result {
    /** The region, or null when the text names none. */
    public final Region region;
    public final List<Diagnostic> diagnostics;

    Result(Region region, List<Diagnostic> diagnostics) {
      this.region = region;
      this.diagnostics = diagnostics;
    }
  }

  /** The report's own lines are among its first paragraphs: its title, byline, signature and opening. */
  private static final int FRONT_BLOCKS = 40;
  /** A title or a signature is a short line of its own; a byline may share a line with the signature. */
  private static final int MAX_TITLE = 60;
  private static final int MAX_BYLINE = 120;
  /** How much of each front paragraph is read for a title, byline, signature or opening. */
  private static final int FRONT_WINDOW = 200;
  /** The place named most is taken when it is named this often, and this many times as often as the next. */
  private static final int MIN_MENTIONS = 3;
  private static final int LEAD = 2;
  /** A word the text uses of itself (全市) says its level when it is used this often. */
  private static final int MIN_SELF = 2;

  private final SourceText text;
  private final List<Block> blocks;
  private final OriginWords words;
  private final PlaceNames places;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** How often the text names each division (by code) and each local name, counted once when first asked. */
  private Map<String, Integer> mentions;

  private RegionReader(SourceText text, List<Block> blocks, OriginWords words, PlaceNames places) {
    this.text = text;
    this.blocks = blocks;
    this.words = words;
    this.places = places;
  }

  /**
   * The region of a report: {@code stated} when the caller gives one (may be null), else as the text says it.
   */
  public static Result read(SourceText text, List<Block> blocks, List<CollectorField> collector, String stated,
      OriginWords words) {
    RegionReader r = new RegionReader(text, blocks, words, PlaceNames.of(words));
    Region region = r.read(collector, stated);
    return new Result(region, r.diagnostics);
  }

  private Region read(List<CollectorField> collector, String stated) {
    Map<Written.How, Written> own = ownWords();
    Written first = null;
    for (Written w : own.values()) {
      if (!w.name.isEmpty()) {
        first = w;
        break;
      }
    }
    if (stated != null) {
      Region region = resolve(stated, null);
      Region fromText = first == null ? null : resolve(first.name, first);
      if (fromText == null || !fromText.isSameDivision(region)) {
        diagnostics.clear();
        diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_STATED, "the caller stated the region " + region
            + (fromText == null ? "" : "; " + first.how.said + " names " + first.name), text.span(0, 0)));
      }
      return region;
    }
    if (first != null) {
      return resolve(first.name, first);
    }
    Region inferred = inferFromText(suffixOf(own));
    if (inferred != null) {
      return inferred;
    }
    for (CollectorField f : collector) {
      Written w = Written.collector(f.value, words);
      if (w != null && !w.name.isEmpty()) {
        Region r = resolve(w.name, w);
        diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_INFERRED, "the report names no region of its own; took "
            + r + " from the collector's header '" + f.key + COLON + f.value + "'", f.span));
        return r;
      }
    }
    diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_NOT_FOUND, "no title, byline, signature or opening names"
        + " the region, and the text names none most while speaking of itself", text.span(0, 0)));
    return null;
  }

  private int newlines(int from, int to) {
    int n = 0;
    for (int i = text.indexOf('\n', from, to); i >= 0; i = text.indexOf('\n', i + 1, to)) {
      n++;
    }
    return n;
  }

  /** The names the report's own front lines write, by how each was found, first of each kind. */
  private Map<Written.How, Written> ownWords() {
    Map<Written.How, Written> own = new EnumMap<>(Written.How.class);
    for (int k = 0; k < blocks.size() && k < FRONT_BLOCKS; k++) {
      Block b = blocks.get(k);
      if (b.part == Part.BODY && b.kind == LabelKind.CHINESE_ENUM) {
        break; // the first part of the speech: the front lines are behind
      }
      // The front of a paragraph is enough: a title, byline or opening 我代表… is short, a paragraph may not be.
      int end = Math.min(b.end, b.start + FRONT_WINDOW);
      boolean sentence = text.indexOf(COMMA, b.start, end) >= 0 || text.indexOf(FULL_STOP, b.start, end) >= 0;
      int length = end - b.start - newlines(b.start, end);
      boolean opening = (b.part == Part.BODY || sentence)
          && words.indexOf(OriginWords.Role.ON_BEHALF, text, b.start, end) >= 0; // 代表: an opening may follow
      if (length > MAX_BYLINE && !opening || !opening && length == end - b.start && !namesItsRegion(b.start, end)) {
        continue; // read in place: no copy of a paragraph that can hold no name of the region
      }
      String line = text.text(b.start, end).replace("\n", "");
      if (line.length() <= MAX_TITLE && !sentence) {
        keepFirst(own, Written.title(line, words));
        keepFirst(own, Written.signature(line, words));
      }
      if (line.length() <= MAX_BYLINE) {
        keepFirst(own, Written.byline(line, words));
      }
      if (opening) {
        keepFirst(own, Written.opening(line, words));
      }
    }
    return own;
  }

  /**
   * Whether a line with no line break in {@code [from, to)} holds a word a title, a byline or a signature names the
   * region by (报告, 人民代表大会, 市长): a line without one is not copied to be read.
   */
  private boolean namesItsRegion(int from, int to) {
    return words.indexOf(OriginWords.Role.TITLE, text, from, to) >= 0
        || words.indexOf(OriginWords.Role.CONGRESS, text, from, to) >= 0
        || words.indexOf(OriginWords.Role.HEAD, text, from, to) >= 0;
  }

  private static void keepFirst(Map<Written.How, Written> own, Written w) {
    if (w != null) {
      own.putIfAbsent(w.how, w);
    }
  }

  /** The last character of the region's name the front lines give (a signature's 市长: 市), or 0. */
  private static char suffixOf(Map<Written.How, Written> own) {
    for (Written w : own.values()) {
      if (w.suffix != 0) {
        return w.suffix;
      }
    }
    return 0;
  }

  /**
   * The division a name as written stands for, the text's mentions deciding between several; a place the table
   * does not hold when none or several fit, with a diagnostic.
   */
  private Region resolve(String written, Written evidence) {
    List<Region> exact = Region.named(written);
    boolean renamed = false;
    List<Region> found = exact;
    if (found.isEmpty()) {
      found = Region.candidates(written);
      renamed = !found.isEmpty();
    }
    if (found.size() > 1) {
      found = decide(found);
    }
    SourceSpan at = text.span(0, 0);
    if (found.size() == 1) {
      Region r = found.get(0).name().equals(written) ? found.get(0) : found.get(0).writtenAs(written);
      if (renamed && !written.equals(r.shortName().orElse(""))) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_RENAMED, "no division of today is named " + written
            + "; took " + r + ", named by the same stem in " + r.province().orElse("the country"), at));
      }
      return r;
    }
    if (found.isEmpty()) {
      diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_NOT_IN_TABLE, "the region " + written
          + (evidence == null ? "" : " (" + evidence.how.said + ")")
              + " is in no table of divisions; kept as written", at));
    } else {
      diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_AMBIGUOUS, "the region " + written + " may be any of "
          + found.stream().map(r -> r.name() + " (" + r.divisionCode().get() + ", "
              + r.prefecture().map(p -> p + ", ").orElse("") + r.province().orElse("") + ")")
              .collect(Collectors.joining("; ")) + "; nothing in the text decides, kept as written", at));
    }
    return Region.local(written);
  }

  /** Of several divisions, those whose province and prefecture the text names most (all of them on a tie). */
  private List<Region> decide(List<Region> candidates) {
    Map<String, Integer> m = mentions();
    int best = -1;
    List<Region> out = new ArrayList<>();
    for (Region r : candidates) {
      int score = r.provinceCode().map(c -> m.getOrDefault(c, 0)).orElse(0)
          + r.prefectureCode().map(c -> m.getOrDefault(c, 0)).orElse(0);
      if (score > best) {
        best = score;
        out.clear();
      }
      if (score == best) {
        out.add(r);
      }
    }
    return best > 0 ? out : candidates;
  }

  /**
   * The place the text names most while it speaks of itself at that place's level (全市, 我县: a name ending in
   * 市, 县), named at least {@link #MIN_MENTIONS} times and {@link #LEAD} times as often as any other of its level.
   */
  private Region inferFromText(char frontSuffix) {
    char suffix = frontSuffix != 0 ? frontSuffix : selfSuffix();
    if (suffix == 0) {
      return null;
    }
    Map<String, Integer> m = withParts(mentions());
    Region best = null;
    int bestCount = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      Region r = Region.ofCode(e.getKey()).orElse(null);
      if (r == null || r.name().charAt(r.name().length() - 1) != suffix) {
        continue;
      }
      if (e.getValue() > bestCount) {
        second = bestCount;
        best = r;
        bestCount = e.getValue();
      } else {
        second = Math.max(second, e.getValue());
      }
    }
    if (best == null || bestCount < MIN_MENTIONS || bestCount < LEAD * second) {
      return null;
    }
    diagnostics.add(Diagnostic.of(DiagnosticCode.REGION_INFERRED, "no title, byline or signature names the region;"
        + " took " + best + ", which the text names, with its parts, " + bestCount + " times while speaking of"
        + " itself as a " + suffix, text.span(0, 0)));
    return best;
  }

  /**
   * The mentions of each division with those of its parts added (a city's counties, a province's cities): a text
   * names the places of its own region, which tells 驻马店 from 合作, a word that is also a city's short name.
   */
  private static Map<String, Integer> withParts(Map<String, Integer> mentions) {
    Map<String, Integer> out = new HashMap<>(mentions);
    mentions.forEach((code, n) -> Region.ofCode(code).ifPresent(r -> {
      r.prefectureCode().ifPresent(p -> out.merge(p, n, Integer::sum));
      r.provinceCode().ifPresent(p -> out.merge(p, n, Integer::sum));
    }));
    return out;
  }

  /** The last character of the name the text speaks of itself with most (全市, 我市: 市), or 0. */
  private char selfSuffix() {
    WordTable<OriginWords.Word> self = words.of(OriginWords.Role.SELF);
    Map<Character, Integer> counts = new HashMap<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      WordTable.Match<OriginWords.Word> m = self.longestAt(text, i, n);
      if (m != null) {
        counts.merge(m.value.suffix, 1, Integer::sum);
        i += m.length - 1;
      }
    }
    char best = 0;
    int bestCount = MIN_SELF - 1;
    for (Map.Entry<Character, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /**
   * How often the speech names each division, by code: a name read longest first at each position (米易县, not
   * 易县), for every division it may stand for. One pass over the text, made when first needed.
   */
  private Map<String, Integer> mentions() {
    if (mentions != null) {
      return mentions;
    }
    // Counted by place first, then spread over the divisions each place may stand for: a short name such as
    // 城关 stands for dozens, and a long report names its places hundreds of times.
    Map<PlaceNames.Place, int[]> byPlace = new IdentityHashMap<>();
    for (Block b : blocks) {
      if (b.part == Part.BACK_MATTER) {
        continue;
      }
      for (int i = b.start; i < b.end; ) {
        WordTable.Match<PlaceNames.Place> m = places.names.longestAt(text, i, b.end);
        if (m == null) {
          i++;
          continue;
        }
        byPlace.computeIfAbsent(m.value, k -> new int[1])[0]++;
        i += m.length;
      }
    }
    mentions = new HashMap<>();
    byPlace.forEach((place, n) -> {
      for (Region r : place.named) {
        mentions.merge(r.divisionCode().get(), n[0], Integer::sum);
      }
      for (Region r : place.shortNamed) {
        mentions.merge(r.divisionCode().get(), n[0], Integer::sum);
      }
    });
    return mentions;
  }
}
