package io.github.govreport.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.govreport.model.Figure;
import io.github.govreport.model.Quantity;
import io.github.govreport.model.Target;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches gold annotations with parsed figures the way the corpus scorer does: the value exactly (a
 * growth's sign aside), the range's ends, the bound where the gold gives one, and the name loosely (one
 * contains the other once quotes, brackets and scope words are dropped, or three quarters of the characters
 * are shared).
 */
final class GoldMatch {

  private GoldMatch() {}

  private static final String[] STRIP = {"全省", "全市", "全国", "全区", "全社会", "新增", "我省", "全年"};

  static String norm(String s) {
    return s.replaceAll("<[^>]+>", "").replaceAll("[\\s“”\"‘’'《》「」（）()、]", "");
  }

  static String core(String s) {
    String n = norm(s);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String p : STRIP) {
        if (n.startsWith(p) && n.length() > p.length() + 1) {
          n = n.substring(p.length());
          changed = true;
        }
      }
    }
    return n;
  }

  static boolean nameMatches(String gold, String ours) {
    String g = core(gold);
    String o = core(ours);
    if (g.isEmpty() || o.isEmpty()) {
      return false;
    }
    if (g.contains(o) || o.contains(g)) {
      return true;
    }
    Set<Integer> gs = new HashSet<>();
    g.codePoints().forEach(gs::add);
    Set<Integer> os = new HashSet<>();
    o.codePoints().forEach(os::add);
    Set<Integer> common = new HashSet<>(gs);
    common.retainAll(os);
    return common.size() >= 0.75 * Math.max(1, Math.min(gs.size(), os.size()));
  }

  /** The figure matching a gold entry among those not yet used, or empty. */
  static Optional<Figure> find(JsonNode g, List<? extends Figure> figures, Set<Figure> used, boolean checkBound) {
    for (Figure f : figures) {
      if (used.contains(f) || !matches(g, f, checkBound)) {
        continue;
      }
      used.add(f);
      return Optional.of(f);
    }
    return Optional.empty();
  }

  static boolean matches(JsonNode g, Figure f, boolean checkBound) {
    Optional<Quantity> q = f.quantity();
    BigDecimal ours = q.map(Quantity::value).orElse(null);
    JsonNode min = g.get("valueMin");
    if (min != null && !min.isNull()) {
      if (q.isEmpty() || q.get().upper().isEmpty() || ours.compareTo(min.decimalValue()) != 0
          || q.get().upper().get().compareTo(g.get("valueMax").decimalValue()) != 0) {
        return false;
      }
    } else {
      JsonNode v = g.get("value");
      boolean goldHasValue = v != null && !v.isNull();
      if (goldHasValue != (ours != null)) {
        return false;
      }
      if (goldHasValue) {
        BigDecimal gv = v.decimalValue();
        boolean equal = gv.compareTo(ours) == 0
            || "GROWTH".equals(text(g, "measure")) && gv.abs().compareTo(ours.abs()) == 0;
        if (!equal) {
          return false;
        }
      }
    }
    String bound = text(g, "bound");
    if (checkBound && bound != null && f instanceof Target && !((Target) f).bound().name().equals(bound)) {
      return false;
    }
    return nameMatches(g.get("indicator").asText(), f.indicator().name());
  }

  /** The offset in {@code quote} of its last figure (a run of digits, full-width ones too). */
  static int lastFigureAt(String quote) {
    int at = -1;
    for (int i = quote.length() - 1; i >= 0; i--) {
      char c = quote.charAt(i);
      boolean digit = c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '.' || c == '．';
      if (digit) {
        at = i;
      } else if (at >= 0) {
        break;
      }
    }
    return Math.max(0, at);
  }

  static String text(JsonNode g, String field) {
    JsonNode n = g.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
