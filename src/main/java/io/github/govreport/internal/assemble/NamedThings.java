package io.github.govreport.internal.assemble;

import static io.github.govreport.internal.lexicon.Punctuation.CLAUSE_MARKS;
import static io.github.govreport.internal.lexicon.Punctuation.LIST_MARK;
import static io.github.govreport.internal.lexicon.Punctuation.NAME_STOPS;

import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.ListWords;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.lexicon.WordTable;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.outline.Block;
import io.github.govreport.internal.outline.Part;
import io.github.govreport.internal.segment.Segmenter;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.Program;
import io.github.govreport.model.Project;
import io.github.govreport.model.ProjectStatus;
import io.github.govreport.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds named programmes (a quoted nickname with 工程, 战略, 行动, 计划 or 体系: “千项万亿”工程) and named
 * projects with their status ("A、B等一批重大项目建成投用", "确保C、D等新建项目10月底前全部开工").
 */
final class NamedThings {

  private static final int NICKNAME_MAX = 24;
  private static final int SUFFIX_WINDOW = 12;
  /** How far from a list of projects its status word may stand. */
  private static final int STATUS_WINDOW = 8;

  /** The parser's name words: the verbs of a task left off a project's name. */
  private final NameWords names;
  /** The words stripped from a name's front: connectives, time adverbs, list labels. */
  private final WordTable<Cue> leading;
  /** The words of programmes and projects: suffixes, list ends, statuses, kinds that are no projects. */
  private final ListWords lists;
  /** The words that, written after a quoted nickname, make it a programme. */
  private final WordTable<Boolean> suffixes;

  /** A finder of named things that reads the name words of {@code vocabulary}. */
  NamedThings(Vocabulary vocabulary) {
    this.names = vocabulary.names;
    this.leading = vocabulary.leading;
    this.lists = vocabulary.lists;
    this.suffixes = WordTable.of(Boolean.TRUE, lists.programSuffixes.toArray(new String[0]));
  }

  /** The programmes of the blocks, each at its first mention. */
  List<Program> programs(SourceText t, List<Block> blocks) {
    List<Program> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Block b : blocks) {
      if (b.part == Part.BACK_MATTER) {
        continue;
      }
      int i = b.start;
      while (i < b.end) {
        if (t.charAt(i) != '“') {
          i++;
          continue;
        }
        int close = t.indexOf('”', i + 1, Math.min(b.end, i + 1 + NICKNAME_MAX));
        if (close < 0) {
          i++;
          continue;
        }
        int nameEnd = -1;
        if (endsWithSuffix(t, i + 1, close)) {
          nameEnd = close + 1;
        } else if (suffixAtOnce(t, close + 1) > 0) {
          nameEnd = close + 1 + suffixAtOnce(t, close + 1);
        } else {
          int limit = Math.min(b.end, close + 1 + SUFFIX_WINDOW);
          for (int j = close + 1; j < limit; j++) {
            char c = t.charAt(j);
            if (c == '\n' || NAME_STOPS.has(c)) {
              break;
            }
            int len = suffixAt(t, j, limit);
            if (len > 0) {
              nameEnd = j + len;
              break;
            }
          }
        }
        // One programme per name: “金芙蓉”跃升行动 and “金芙蓉”投资基金 are two, each at its first
        // mention; the nickname is copied only then.
        boolean named = nameEnd > 0 && close > i + 1 && t.indexOf('\n', i + 1, close) < 0;
        String name = named ? t.text(i, nameEnd) : null;
        if (name != null && seen.add(name)) {
          SourceSpan span = t.span(i, nameEnd);
          out.add(Program.builder()
              .name(name)
              .nickname(t.text(i + 1, close))
              .span(span)
              .text(t.originalText(span))
              .build());
        }
        i = close + 1;
      }
    }
    return out;
  }

  /** The length of a suffix that makes a programme only at once after the quotes (“两重”项目), or 0. */
  private int suffixAtOnce(SourceText t, int at) {
    for (int wAt = 0; wAt < lists.programSuffixesAtOnce.size(); wAt++) { // indexed: no iterator on a hot path
      String w = lists.programSuffixesAtOnce.get(wAt);
      if (t.startsWith(w, at)) {
        return w.length();
      }
    }
    return 0;
  }

  private boolean endsWithSuffix(SourceText t, int from, int to) {
    WordTable.Match<Boolean> m = suffixes.longestEndingAt(t, to, from);
    return m != null && m.length < to - from;
  }

  private int suffixAt(SourceText t, int j, int limit) {
    WordTable.Match<Boolean> m = suffixes.longestAt(t, j, limit + 4);
    return m == null ? 0 : m.length;
  }

  /** The projects named in a sentence, with the status the sentence gives them. */
  void projects(SourceText t, Segmenter.Sentence s, boolean plan, OptionalInt year, List<Project> out) {
    for (int k = 0; k < s.clauses(); k++) {
      int cs = s.clauseStart(k);
      int ce = s.clauseEnd(k);
      int first = t.indexOf(Grammar.ETC, cs, ce);
      if (first < 0) {
        continue;
      }
      for (int endAt = 0; endAt < lists.projectListEnds.size(); endAt++) { // indexed: no iterator on a hot path
        String end = lists.projectListEnds.get(endAt);
        // Every list end opens with 等: look for it only where a 等 stands.
        int at = -1;
        for (int p = first; p >= 0; p = t.indexOf(Grammar.ETC, p + 1, ce)) {
          if (p + end.length() <= ce && t.startsWith(end, p)) {
            at = p;
            break;
          }
        }
        if (at < 0) {
          continue;
        }
        int after = at + end.length();
        // The status follows the list ("…等一批重大项目建成投用") or leads it ("开工建设…等重大项目").
        ProjectStatus status = null;
        int statusEnd = -1;
        for (int j = after; j < Math.min(ce, after + STATUS_WINDOW) && status == null; j++) {
          WordTable.Match<ProjectStatus> m = lists.projectStatus.longestAt(t, j, ce);
          if (m != null) {
            status = m.value;
            statusEnd = j + m.length;
          }
        }
        for (int j = cs; j < Math.min(at, cs + STATUS_WINDOW) && status == null; j++) {
          WordTable.Match<ProjectStatus> m = lists.projectStatus.longestAt(t, j, at);
          if (m != null) {
            status = m.value;
            statusEnd = after;
          }
        }
        if (status == null) {
          break;
        }
        if (plan) {
          status = ProjectStatus.PLANNED;
        } else if (status == ProjectStatus.PLANNED) {
          break;
        }
        String deadline = deadline(t, after, statusEnd);
        addList(t, cs, at, new Said(status, deadline, year), out);
        break;
      }
    }
  }

  private static String deadline(SourceText t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Normalizer.isDigit(t.charAt(i))) {
        continue;
      }
      int j = i;
      while (j < to && Normalizer.isDigit(t.charAt(j))) {
        j++;
      }
      if (j < to && t.charAt(j) == Grammar.MONTH) {
        int k = j + 1;
        while (k < to && Grammar.MONTH_PARTS.has(t.charAt(k))) {
          k++;
        }
        if (k < to && t.charAt(k) == Grammar.BEFORE) {
          return t.text(i, k + 1);
        }
      }
      i = j;
    }
    return null;
  }

  /** What a sentence says of every project of its list: their status, a deadline (or null), the year. */
  private record Said(ProjectStatus status, String deadline, OptionalInt year) {}

  /** Adds the projects of the list {@code [from, to)} to {@code out}, each with what the sentence says of them. */
  private void addList(SourceText t, int from, int to, Said said, List<Project> out) {
    int i = from;
    while (i < to) {
      int j = i;
      while (j < to && t.charAt(j) != LIST_MARK) {
        j++;
      }
      int s = i;
      int e = j;
      boolean again = true;
      while (again && s < e) {
        again = false;
        WordTable.Match<?> m = leading.longestAt(t, s, e);
        if (m == null) {
          m = names.taskVerbs.longestAt(t, s, e);
        }
        if (m != null && m.length < e - s - 1) {
          s += m.length;
          again = true;
        }
      }
      while (s < e && (t.charAt(s) == '\n')) {
        s++;
      }
      String name = Subjects.clean(t.text(s, e), names);
      if (name.length() >= 2 && name.length() <= 30 && !containsDigitOrPunct(name) && name.indexOf('“') < 0
          && !lists.notProjects.contains(name)) {
        SourceSpan span = t.span(s, e);
        Project.Builder b = Project.builder().name(name).status(said.status).span(span).text(t.originalText(span));
        if (said.deadline != null) {
          b.deadline(said.deadline);
        }
        if (said.year.isPresent()) {
          b.year(said.year.getAsInt());
        }
        out.add(b.build());
      }
      i = j + 1;
    }
  }

  private static boolean containsDigitOrPunct(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Normalizer.isDigit(c) || CLAUSE_MARKS.has(c)) {
        return true;
      }
    }
    return false;
  }
}
