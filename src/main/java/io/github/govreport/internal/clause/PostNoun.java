package io.github.govreport.internal.clause;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Chars;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;

/**
 * The noun written after a figure, the thing a count counts ("新增50家以上先进智能工厂": 先进智能工厂) or the whole a
 * share is of: it ends at a mark between items, or where its predicate starts (an opener, a verb of
 * {@code POST_NOUN_PREDICATES}, an adverb of manner, a time, an adverb and a verb that close the clause), with the
 * adverbs, verbs and times just before that start. Stateless.
 */
final class PostNoun {

  private PostNoun() {}

  /**
   * Whether a word that opens a predicate starts at {@code i} (以, 被, 予以, 投入使用: {@code OPENER} in names.tsv; 完成,
   * 开展: a verb of {@code POST_NOUN_PREDICATES}),
   * read longest first, so that 以上 and 以及 are not 以.
   */
  private static boolean opensPredicate(SourceText t, int i, int limit, Vocabulary words, boolean share) {
    WordTable.Match<NameWords.Role> w = words.names.all.longestAt(t, i, limit);
    if (w != null && (w.value == NameWords.Role.OPENER || w.value == NameWords.Role.TIME && w.length >= 2)) {
      return true; // "…贫困人口今年上半年全部脱贫": a time after the thing counted is its predicate's
    }
    if (!share && w != null && w.value == NameWords.Role.VERB) {
      WordTable.Match<Boolean> p = words.lists.postNounPredicates.longestAt(t, i, limit);
      if (p != null && p.length == w.length) {
        return true; // "28家全国重点实验室完成优化重组"
      }
    }
    if (!share && w != null && w.value == NameWords.Role.ADVERB && w.length >= 2 && endsWithAVerb(t, i + w.length, limit, words)) {
      return true; // "352个行政村重点打造": an adverb and a verb that close the clause are its predicate
    }
    // An adverb of manner is the predicate's too: "17种抗癌药大幅降价", "3个古城保护更新快速推进"
    WordTable.Match<Cue> cue = w != null && w.value == NameWords.Role.WHOLE ? null : words.cues.longestAt(t, i, limit);
    return cue != null && cue.value == Cue.MANNER;
  }

  /** Whether a verb of a task starts at {@code i} and the clause or the item ends right after it. */
  private static boolean endsWithAVerb(SourceText t, int i, int limit, Vocabulary words) {
    WordTable.Match<Boolean> v = words.names.taskVerbs.longestAt(t, i, limit);
    return v != null && (i + v.length >= limit || Subjects.endsANoun(t.charAt(i + v.length)));
  }

  /** Where the predicate that an opener at {@code opener} belongs to starts: before the adverbs, verbs, times (年内), 均 and 并 before it. */
  private static int predicateStart(SourceText t, int from, int opener, Vocabulary words) {
    int i = opener;
    for (int guard = 0; guard < 4 && i - from > MIN_POST_NOUN; guard++) {
      if (Grammar.CLAUSE_JOINERS.has(t.charAt(i - 1))) {
        i--;
        continue;
      }
      WordTable.Match<Cue> each = words.cues.longestEndingAt(t, i, from);
      if (each != null && each.value == Cue.EACH && i - each.length - from >= MIN_POST_NOUN) {
        i -= each.length; // "80%的国家级和省级园区均完成循环化改造": 均 is the predicate's
        continue;
      }
      WordTable.Match<NameWords.Role> w = words.names.all.longestEndingAt(t, i, from);
      if (w == null || w.length < 2 || i - w.length - from < MIN_POST_NOUN
          || w.value != NameWords.Role.ADVERB && w.value != NameWords.Role.VERB && w.value != NameWords.Role.TIME) {
        break;
      }
      i -= w.length;
    }
    return i;
  }

  /**
   * Whether a name word of two chars or more starts at {@code i}: after a noun of one char (村, 县, 户) only such a word
   * opens its predicate ("1000个村开展…").
   */
  private static boolean wordOfTwoAt(SourceText t, int i, int limit, Vocabulary words) {
    WordTable.Match<NameWords.Role> w = words.names.all.longestAt(t, i, limit);
    return w != null && w.length >= 2;
  }

  /** A noun after a figure keeps at least this many chars before a predicate is cut off it (one before a longer word). */
  private static final int MIN_POST_NOUN = 2;

  /** The longest noun read after a figure; longer ones are cut here rather than run on into the next clause. */
  static final int POST_NOUN_MAX = 40;

  /** The end of a noun written after a count ("…50家以上先进智能工厂"), or {@code from} when there is none. */
  static int end(SourceText t, int from, int limit, Vocabulary words) {
    return end(t, from, limit, words, false);
  }

  /**
   * The end of a noun written after a figure, or {@code from} when there is none; for the noun a percentage is the
   * {@code share} of, a verb of {@code POST_NOUN_PREDICATES} stays in it ("60%的城市污水处理厂完成提标改造": the share
   * of plants that did).
   */
  static int end(SourceText t, int from, int limit, Vocabulary words, boolean share) {
    if (from >= limit) {
      return from;
    }
    char c = t.charAt(from);
    if (!(Chars.isCjk(c) || c == '“' || Normalizer.isAsciiLetter(c)) || c == Grammar.OF) {
      return from;
    }
    WordTable.Match<Cue> cue = words.cues.longestAt(t, from, limit);
    if (cue != null && !cue.value.passedOver() && !Subjects.wholeWordOver(t, from, limit, cue.length, words.names)) {
      return from;
    }
    int i = from;
    int depth = 0;
    while (i < limit && i - from < POST_NOUN_MAX) {
      char d = t.charAt(i);
      if (Segmenter.isOpen(d)) {
        depth++;
      } else if (Segmenter.isClose(d)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && Subjects.endsANoun(d)) {
        break;
      } else if (depth == 0 && (i - from >= MIN_POST_NOUN || i - from == 1 && wordOfTwoAt(t, i, limit, words))
          && opensPredicate(t, i, limit, words, share)) {
        // "5个城市以主办姿态扛起协办责任", "50个优势产品予以重点扶持": the noun is 城市, 优势产品; the adverbs and
        // verbs just before the opener are the predicate's too ("…超市全部投入使用", "…仓储库建成并投入使用")
        return predicateStart(t, from, i, words);
      }
      i++;
    }
    if (i == limit && i - 1 > from && Grammar.JOINERS.has(t.charAt(i - 1))) {
      // "70项前沿技术研发和50项…": the 和 joins the next item, it is not part of this noun; nor is a conjunction
      // that ends with one ("9个产粮大县以及8个…": 以及)
      WordTable.Match<NameWords.Role> w = words.names.all.longestEndingAt(t, i, from);
      i -= w != null && w.value == NameWords.Role.WHOLE && w.length < i - from ? w.length : 1;
    }
    return i;
  }
}
