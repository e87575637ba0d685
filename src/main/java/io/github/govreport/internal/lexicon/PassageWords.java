package io.github.govreport.internal.lexicon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of the main targets passage, from {@code passage.tsv}: the phrases that name the year's targets,
 * the words that introduce them, restate them, end the passage, or attach an aspiration. Loaded once;
 * immutable and thread-safe.
 */
public final class PassageWords {

  /** What a word of the passage does. */
  public enum Role {
    /** Names the year's targets: 主要预期目标 (its value is a rank among candidates). */
    PHRASE,
    /** Introduces the targets after a phrase: 是, 为, 建议为. */
    INTRO,
    /** Before a phrase, makes it a mention of targets already set: 上述, 年初. */
    RESTATED,
    /** Opens a sentence that explains the targets: 提出上述, 主要考虑. */
    STOP,
    /** Makes a clause without a figure an aspiration, not a target: 争取更好结果, 跑赢全国. */
    ASPIRATION,
    /** Opening a clause without a figure, makes it a remark on the targets, not a target: 这个指标, 上述目标. */
    REMARK,
    /** Passed over at a sentence's opening when judging whether it sets more targets: 确保, 力争. */
    LEAD,
    /** In a later sentence's first clause, makes it a target of the passage: 指标. */
    GOAL,
    /** The same after a {@link #LEAD} word only: 确保完成…目标. */
    PLEDGE
  }

  private final Map<Role, WordTable<Integer>> tables;

  private PassageWords(Map<Role, WordTable<Integer>> tables) {
    this.tables = tables;
  }

  /** The words of one role, each with its rank. */
  public WordTable<Integer> of(Role role) {
    return tables.get(role);
  }

  static PassageWords load(String resource) {
    Map<Role, Map<String, Integer>> words = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      words.put(r, new HashMap<>());
    }
    for (String[] row : Tsv.rows(resource, 3)) {
      Role role = Role.valueOf(row[1]);
      if (role == Role.PHRASE && !row[0].endsWith(Grammar.GOAL)) {
        throw new IllegalStateException(resource + ": a phrase must end in " + Grammar.GOAL + ", as the finder looks for it: "
            + row[0]);
      }
      if (words.get(role).put(row[0], Integer.parseInt(row[2])) != null) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' is listed twice as " + role);
      }
    }
    Map<Role, WordTable<Integer>> tables = new EnumMap<>(Role.class);
    words.forEach((role, m) -> tables.put(role, WordTable.of(m)));
    return new PassageWords(tables);
  }
}
