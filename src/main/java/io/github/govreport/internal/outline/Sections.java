package io.github.govreport.internal.outline;

import io.github.govreport.internal.text.LabelKind;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The section tree of a text: each heading's level from the kinds of label open above it (一、 above （一） above 1.;
 * a Markdown level as written), each section spanning to the next heading at its level or above. The page around the
 * report and a second copy make no sections.
 */
final class Sections {

  /** The sections of a text's blocks, whose headings are read and whose parts are assigned. */
  static List<Section> of(SourceText text, List<Block> blocks) {
    return new Sections(text).build(blocks);
  }

  private final SourceText text;

  private Sections(SourceText text) {
    this.text = text;
  }

  /** Gives each heading its level from the labels open above it, then nests the sections. */
  private List<Section> build(List<Block> blocks) {
    List<Block> heads = new ArrayList<>();
    List<Object> stack = new ArrayList<>();
    for (Block b : blocks) {
      if (b.kind == null || b.part == Part.PREAMBLE && (!b.isPartHeading() || b.kind == LabelKind.PLAIN)
          || b.part == Part.REPEATED || b.chrome) {
        continue; // the page around the report and a second copy make no sections
      }
      Object key = b.kind == LabelKind.MARKDOWN ? "md" + b.markdownLevel : b.kind;
      if (!b.kind.isListItem()) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1) instanceof LabelKind
            && ((LabelKind) stack.get(stack.size() - 1)).isListItem() && !stack.get(stack.size() - 1).equals(key)) {
          stack.remove(stack.size() - 1);
        }
      }
      int at = stack.indexOf(key);
      if (at >= 0) {
        while (stack.size() > at) {
          stack.remove(stack.size() - 1);
        }
      } else if (b.kind == LabelKind.CHINESE_ENUM || b.kind == LabelKind.MARKDOWN || b.kind == LabelKind.PLAIN) {
        // A part heading closes any list labels opened below the enclosing heading.
        int keep = 0;
        for (int i = 0; i < stack.size(); i++) {
          Object k = stack.get(i);
          if (k instanceof String && (b.kind != LabelKind.MARKDOWN || ((String) k).compareTo((String) key) < 0)) {
            keep = i + 1;
          }
        }
        while (stack.size() > keep) {
          stack.remove(stack.size() - 1);
        }
      }
      stack.add(key);
      b.level = stack.size();
      heads.add(b);
    }
    int[] pos = {0};
    return build(heads, pos, 1, text.length());
  }

  private List<Section> build(List<Block> heads, int[] pos, int level, int limit) {
    int[] next = nextAtOrAbove(heads);
    return build(heads, next, pos, level, limit);
  }

  /** For each heading, the index of the next heading at its level or above, in one pass with a stack. */
  private static int[] nextAtOrAbove(List<Block> heads) {
    int[] next = new int[heads.size()];
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int k = 0; k < heads.size(); k++) {
      while (!open.isEmpty() && heads.get(open.peek()).level >= heads.get(k).level) {
        next[open.pop()] = k;
      }
      open.push(k);
    }
    while (!open.isEmpty()) {
      next[open.pop()] = heads.size();
    }
    return next;
  }

  private List<Section> build(List<Block> heads, int[] next, int[] pos, int level, int limit) {
    List<Section> out = new ArrayList<>();
    while (pos[0] < heads.size()) {
      Block h = heads.get(pos[0]);
      if (h.level < level || h.start >= limit) {
        break;
      }
      int self = pos[0];
      pos[0]++;
      int end = next[self] < heads.size() ? Math.min(limit, heads.get(next[self]).start) : limit;
      int contentEnd = trimEnd(h.start, end);
      List<Section> children = build(heads, next, pos, h.level + 1, end);
      int headingEnd = Math.max(h.titleEnd, h.labelEnd);
      out.add(Section.of(label(h),
          text.text(h.titleStart, h.titleEnd).replace("\n", ""), level,
          text.span(h.start, Math.max(contentEnd, headingEnd)), text.span(h.start, headingEnd), children));
    }
    return out;
  }

  private static final String DASH = "——";

  /** A heading's label as written; the common ones are shared rather than copied for every section. */
  private String label(Block h) {
    int n = h.labelEnd - h.labelStart;
    if (n == 0) {
      return "";
    }
    if (n == 2 && text.startsWith(DASH, h.labelStart)) {
      return DASH;
    }
    return text.text(h.labelStart, h.labelEnd);
  }

  private int trimEnd(int start, int end) {
    int e = end;
    while (e > start && (text.charAt(e - 1) == '\n')) {
      e--;
    }
    return e;
  }
}
