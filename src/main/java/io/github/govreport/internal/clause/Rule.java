package io.github.govreport.internal.clause;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.lexicon.Cue;
import io.github.govreport.internal.lexicon.Grammar;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.name.Subject;
import io.github.govreport.internal.name.Subjects;
import io.github.govreport.internal.period.Periods;
import io.github.govreport.model.Dimension;
import java.math.BigDecimal;

/**
 * The rules that keep a group of figures out of the model, in the order they are asked: the first that applies to
 * a {@link FigureGroup} decides, and the group is reported as a diagnostic of its {@link Decoy}'s code. A group no
 * rule keeps out is read as a target or a result. Each rule's Javadoc quotes the Chinese it is for; each has a row
 * in {@code RuleTest}.
 */
enum Rule {
  /**
   * A figure of a plan-year sentence that names the year's targets outside the main targets passage ("确保完成全年
   * 经济社会发展主要预期目标", "为实现5%左右的预期目标…"): a target already set, restated, not a new commitment. Asked
   * first: every figure of such a sentence is restated.
   */
  RESTATED_TARGET(Decoy.RESTATED_TARGET) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.restated;
    }
  },

  /**
   * The value something moved from ("区域创新能力由全国第11位跃升至第5位", "人均GDP从2020年的5.2万元提高到2025年的7.4万元"):
   * only the value reached is reported, named by the words before 由 or 从; the words between are the change's verb
   * ("开发区和工业园区由162个整合为123个"). Asked before QUALIFYING_FIGURE, whose figure right before another it is.
   */
  FORMER_VALUE(Decoy.FORMER_VALUE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.next != null && Subjects.formerValue(g.t, g.windowStart, g.first, w);
    }

    @Override
    Subject passesOn(FigureGroup g) {
      return Borrowing.formerSubject(g); // the value reached is named by the words before 由 or 从
    }
  },

  /**
   * A figure that only qualifies the name of what is counted ("实施10亿元以上项目200个", "超10亿元的项目", "1244个重大项目
   * 完成投资…"): before 的, or before the next figure with no cue or separator between, or a measure of each thing with
   * a bound after a verb and before the noun of the things ("实施500万元以上技术改造项目"), a class of size ("2个500亿级
   * 产业集群"), a threshold each thing counted next passes ("年主营业务收入超50亿元企业达到3家"), a record ("全球最高10米
   * 液压支架"), an area's bounding distance ("两岸1000米范围内"), a ratio after 按: 新增50家以上先进智能工厂 counts them.
   */
  QUALIFYING_FIGURE(Decoy.QUALIFYING_FIGURE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Qualifying.anyShape(g, w);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return g.next != null ? segStart : g.lastAmount.suffixEnd; // the next figure's name holds this one
    }
  },

  /**
   * The capacity of a plant or a project, written right after a word of capacity and before the product
   * ("昊华骏化年产30万吨纯碱", "豫龙水泥日产5000吨熟料生产线", and one joined to it: "…纯碱和30万吨氯化铵"), or of
   * each of its units ("2×30万千瓦供热机组"), or written bare after its owner before the plant ("吉化120万吨乙烯项目"): a
   * specification of what is built ({@code CAPACITY_WORDS}, {@code PLANT_NOUNS}), no quantity of the year.
   */
  CAPACITY(Decoy.QUALIFYING_FIGURE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Qualifying.capacity(g, w);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return Counted.past(g);
    }
  },

  /** The figure before restated in another unit ("出口1000亿元，折合140亿美元"). */
  CONVERTED_FIGURE(Decoy.CONVERTED_FIGURE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.peel.cues.contains(Cue.CONVERTED);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return g.afterEnd;
    }
  },

  /**
   * A figure for each of the region's parts, a guideline per county, town or village ("每个县至少建成1个高品质夜经济
   * 特色集聚区", "每县至少完成1个示范项目"): a word of {@code PER_UNIT_SCOPES} stands before the figure in its clause.
   * After a word of all the parts ({@code ALL_PARTS_SCOPES}: 各县, 各地) only a count of one is each part's ("各县集中
   * 资源发展1-2个主导产业"), as the parts may be gathered: "各县实施百城建设提质项目382个" is their total, "各地可降至16%"
   * the rate all may apply.
   */
  PER_UNIT(Decoy.PER_UNIT) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.perUnitAt >= 0 && g.perUnitAt < g.first.start
          || g.allPartsAt >= 0 && g.allPartsAt < g.first.start && g.first.isCount()
              && g.first.value.compareTo(BigDecimal.ONE) == 0;
    }
  },

  /** How long a streak ran, not how much there is ("连续12个季度居全国前列", "连续3次获评优秀"). */
  STREAK(Decoy.STREAK) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.first.isCount()
          && w.names.of(NameWords.Role.STREAK).longestEndingAt(g.t, g.first.start, g.windowStart) != null;
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return g.afterEnd;
    }
  },

  /**
   * A count of the parts of the text, not of a thing ("重点做好以下10个方面工作", "…等5个方面", "长白山、三江、吉光3个…"):
   * after a list closed by 等, before 方面, after a word that counts the text's own parts, or a count of categories
   * (类: "实施30类民生实事", "开展7大领域101类…整治"). One thing named before
   * 等 is an example of what is counted ("河钢威赛博等5个垂直大模型"), not a list; a count with a bound or 多 after a
   * list, or a list a verb of things made governs, counts the things made ("新组建省实验室、产业创新研究院等10家以上",
   * "启动建设芯片、机器人等3个创新型产业集群"), not the list. A count written right before another counts the groups
   * the other's things fall in ("完成十方面56项31569个民生实事项目": the 56, not the 31569).
   */
  STRUCTURAL_COUNT(Decoy.STRUCTURAL_COUNT) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Counted.structuresTheText(g, w);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return g.afterEnd;
    }
  },

  /**
   * A count of a policy's articles or measures ("出台稳增长18条措施", "实施稳经济30项举措"): the count word 条 or 项
   * with a noun of articles ({@code ARTICLES} in names.tsv) after it.
   */
  POLICY_ARTICLES(Decoy.POLICY_ARTICLES) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Counted.articlesOfAPolicy(g, w);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return Counted.past(g);
    }
  },

  /**
   * A count of the parts of a framework the text sets up, not of things done ("组织实施…等10项牵引性集成改革", "推进12项
   * 重点改革"): a count before or after a noun of a framework ({@code FRAME} in names.tsv), among them the designated
   * chains and special programmes ("整合建立18条标志性产业链和66条重点产业链", "实施6个重大科技专项"). A noun that ends
   * in another word is counted: 13条重点产业链倍增计划, 54个产业链攻关项目, 全产业链100条.
   */
  FRAMEWORK_COUNT(Decoy.STRUCTURAL_COUNT) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Counted.is(g, w, NameWords.Role.FRAME);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return Counted.past(g);
    }
  },

  /**
   * The region's people counted in an appeal or a tribute ("汇聚960万天中人民的智慧和力量", "1000万保定人民众志成城",
   * "全省6000万人民"): a count in ten thousands or of persons with a word of the people ({@code PEOPLE} in names.tsv)
   * right after it, a nickname of the region between them at most.
   */
  PEOPLE(Decoy.PEOPLE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Counted.thePeople(g, w);
    }
  },

  /**
   * The size of a named set the region joined, one of which it is ("长春入围国家首批20个“车路云一体化”试点城市",
   * "…模式获评河北省26个产业扶贫典型案例", "成为全国首批5个国家公园之一"): a count with its noun after it, right after a
   * verb of joining ({@code SET_JOINED_VERBS}) and at most a short scope or batch between (国家首批, 河北省).
   */
  SET_JOINED(Decoy.QUALIFYING_FIGURE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Counted.sizeOfASetJoined(g, w);
    }
  },

  /**
   * The visits or instructions of the country's leaders counted in a tribute ("党的十八大以来，习近平总书记9次考察河北、3次
   * 踏上保定这片热土"): a count of times after a leader's title or name ({@code LEADERS} in words.tsv) in its clause, and
   * a count of times listed right after such a count.
   */
  TRIBUTE(Decoy.TRIBUTE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return Counted.aLeadersVisits(g, w);
    }
  },

  /**
   * A breakdown of the year's results after 其中 measured otherwise than every figure before it in the sentence: a
   * detail of those, not a result of its own ("引进亿元以上项目793个，其中12条重点产业链项目占比达84.4%"; "在建项目投资超万亿元，其中…工业投资
   * 增长38%"). A breakdown measured as the whole is kept ("进出口总额…增长5.6%，其中出口增长10.8%").
   */
  DETAIL(Decoy.DETAIL) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.detail && !g.main;
    }
  },

  /**
   * A place in an order of priority, no rank ("把人民群众利益放在第一位", "把抢救人的生命放在第一位"): a rank right after a
   * verb that places a thing ({@code PRIORITY_VERBS} in words.tsv).
   */
  PRIORITY(Decoy.PRIORITY) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      int at = g.first.start;
      at = at > 0 && g.t.charAt(at - 1) == Grammar.ORDINAL ? at - 1 : at; // 第 of "第3位" read as a digit
      return g.first.unit.dimension() == Dimension.RANK
          && w.lists.priorityVerbs.longestEndingAt(g.t, at, g.windowStart) != null;
    }
  },

  /** A gap to another region or period, not the indicator's own figure ("高于全国0.5个百分点", "比全国快1个百分点"). */
  COMPARISON(Decoy.COMPARISON) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      if (g.main) {
        return false; // in the passage, a target set against another level (增速高于全省平均水平2个百分点)
      }
      for (int cAt = 0; cAt < w.lists.comparisons.size(); cAt++) { // indexed: no iterator on a hot path
        String c = w.lists.comparisons.get(cAt);
        if (g.shapedName.contains(c)) {
          return true;
        }
      }
      return false;
    }
  },

  /**
   * A threshold passed on the way to a level of the same subject stated before in the sentence ("全市生产总值完成
   * 3082.8亿元，首次突破3000亿元大关"), or before the level stated next ("人均可支配收入突破万元，达到10234元"); with a
   * name of its own and nothing after it, it is a level reached (粮食总产量突破1500亿斤大关).
   */
  MILESTONE(Decoy.MILESTONE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.milestone && (g.inherited || g.passed);
    }

    @Override
    Subject passesOn(FigureGroup g) {
      return g.passed ? g.subject : null; // the level reached next is the threshold's subject's
    }
  },

  /**
   * A count of thresholds passed ("存款余额连跨4个万亿元台阶"): a count whose noun ends in a threshold word
   * ({@code MILESTONE} in names.tsv) counts steps on the way, no things; the level stated next is its subject's.
   */
  STEPS_PASSED(Decoy.MILESTONE) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.first.isCount() && g.postEnd > g.afterEnd
          && w.names.of(NameWords.Role.MILESTONE).longestEndingAt(g.t, g.postEnd, g.afterEnd) != null;
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return g.postEnd;
    }

    @Override
    Subject passesOn(FigureGroup g) {
      return g.nameless() ? null : g.subject;
    }
  },

  /** A count of aspects named after the figure ("抓好5个方面", "在3方面取得突破"): the text's parts again. */
  STRUCTURAL_ASPECTS(Decoy.STRUCTURAL_COUNT) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.nameless() && g.postEnd > g.afterEnd && g.t.startsWith(Grammar.ASPECT, g.afterEnd);
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return g.postEnd;
    }
  },

  /**
   * A figure nothing names: no words before it, no noun after it, no subject before it in the sentence and no
   * topic ("实施好200项"); a figure of a period kept out anyway says its period's rule instead.
   */
  NO_NAME(Decoy.NO_NAME) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.subject == null;
    }

    @Override
    boolean byPeriod() {
      return true;
    }
  },

  /** A name that runs on too long to be told from the words around it (an item over forty chars), or none at all. */
  UNCLEAR_NAME(Decoy.UNCLEAR_NAME) {
    @Override
    boolean applies(FigureGroup g, Vocabulary w) {
      return g.subject.name.isEmpty() || FigureLists.longestItem(g.subject.name) > FigureGroup.MAX_NAME;
    }

    @Override
    int resume(FigureGroup g, int segStart) {
      return segStart;
    }

    @Override
    boolean byPeriod() {
      return true;
    }
  };

  private final Decoy decoy;

  Rule(Decoy decoy) {
    this.decoy = decoy;
  }

  /** The rule's decoy: what a figure it keeps out is reported as. */
  Decoy decoy() {
    return decoy;
  }

  /** Whether the rule keeps the group out. */
  abstract boolean applies(FigureGroup g, Vocabulary w);

  /** Where the next group's words begin after a group this rule keeps out; {@code segStart} is where this one's did. */
  int resume(FigureGroup g, int segStart) {
    return g.lastAmount.suffixEnd;
  }

  /** The subject the figures after a group this rule keeps out take from it, or null when they take none. */
  Subject passesOn(FigureGroup g) {
    return null;
  }

  /** Whether a figure of a period kept out anyway is reported by its period's rule rather than this one. */
  boolean byPeriod() {
    return false;
  }

  /** The rule that decides a group: the first that applies, or null when none does. */
  static Rule first(FigureGroup g, Vocabulary w) {
    for (Rule r : VALUES) {
      if (r.applies(g, w)) {
        return r;
      }
    }
    return null;
  }

  private static final Rule[] VALUES = values();

  /** The rule a figure of the group is reported under: this one's, or its period's when that keeps it out. */
  Decoy decoyFor(Amount a, ClauseReader.Context ctx) {
    if (!byPeriod() || ctx.main) {
      return decoy;
    }
    Decoy d = Decoy.of(ctx.periods.at(a.start), ctx.periods.sourceAt(a.start) == Periods.Source.FORMER);
    return d != null ? d : decoy;
  }
}
