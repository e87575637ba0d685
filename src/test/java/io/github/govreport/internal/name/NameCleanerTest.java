package io.github.govreport.internal.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.NameWords;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.model.IndicatorCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name cleaner alone: a table of names as the clause reader finds them and the names they become. */
class NameCleanerTest {

  static final NameCleaner CLEANER = new NameCleaner(IndicatorCatalog.defaults());

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // the verb that governs the thing counted leaves
      "安排省级财政资金|省级财政资金", "拟发行超长期特别国债|超长期特别国债", "实施亿元以上项目|亿元以上项目",
      "兑现以旧换新补贴|以旧换新补贴", "建设邻县高速通|邻县高速通", "开工筹集城中村改造安置住房|城中村改造安置住房",
      "实施省科技重大创新项目|省科技重大创新项目", "培育“独角兽”|“独角兽”", "提高居民基础养老金|居民基础养老金",
      "尽快实现制造业企业|制造业企业", "我们将争取使上市企业|上市企业", "更新改造城市地下管网|城市地下管网",
      "新改建农村公路|农村公路", "治理沙化土地|沙化土地", "新开通国际客货运航线|国际客货运航线",
      "新创建国家级绿色工厂|国家级绿色工厂", "修复和新造红树林|红树林", "治理、修复沙化土地|沙化土地",
      "盘活处置低效产业用地|低效产业用地", "排查调处矛盾纠纷|矛盾纠纷", "取得了治愈率|治愈率",
      // a verb before a list mark leaves with it only when a verb that leaves follows: a series with others stays
      "制定、修订和废止省政府规章|制定、修订和废止省政府规章",
      // 新 before a verb of a task leaves with it
      "新组建省实验室|省实验室", "新发行地方政府专项债券|地方政府专项债券",
      // a list closed by 等 is what its count counts; one thing before 等 is an example and stays
      "省实验室、产业创新研究院等|省实验室、产业创新研究院", "高青至商河等|高青至商河等",
      "拟安排地方政府专项债券|地方政府专项债券", "统筹一般公共预算资金和政府债券|一般公共预算资金和政府债券",
      // 将 before the object of a disposal leaves; a former value inside the name leaves with its 的
      "将制造业等行业现行16%的税率|制造业等行业税率", "将全市企业开办时间|企业开办时间", "坚持现行标准|坚持现行标准",
      // a word of will or plan between the subject and its verb leaves; one inside a word stays
      "中央财政为此将投入|中央财政投入", "中央财政拟安排补贴资金|中央财政安排补贴资金", "省财政将安排资金|省财政安排资金",
      "重要改革举措|重要改革举措", "可再生能源装机|可再生能源装机", "城镇居民人均可支配收入|城镇居民人均可支配收入",
      // a time word inside a name leaves, with the adverbs right after it; a plan of the year (全年目标) stays
      "中心城区全年收储土地|中心城区收储土地", "“引江济淮”全年共调水|“引江济淮”调水",
      "城镇新增就业完成全年目标|城镇新增就业完成全年目标", "建设全年龄段友好型社区|全年龄段友好型社区",
      // a verb before a noun too general to name a thing alone stays
      "新引进项目|新引进项目", "筹措资金|筹措资金", "支持项目|支持项目", "统筹资金|统筹资金",
      // a conjunction starts a name only when it is the name's own word
      "和美乡村|和美乡村", "建成和美乡村示范村|和美乡村示范村",
      // the indicator's own words stay
      "新增高新技术企业|新增高新技术企业", "城镇新增就业|城镇新增就业", "新建改造地下管网|新建改造地下管网",
      "新建和改造高标准农田|新建和改造高标准农田",
      // a verb that starts a noun stays
      "保障性租赁住房|保障性租赁住房", "服务业增加值|服务业增加值", "建设用地|建设用地",
      // an adverb leaves only with its verb
      "已建在建入级电动船舶数量|已建在建入级电动船舶数量",
      // an adverb before a verb that makes a noun with a generic one is the noun's modifier, and stays
      "重点建设项目总投资|重点建设项目总投资", "安排重点建设项目|重点建设项目", "初步安排重点建设项目|重点建设项目",
      "重点培育企业|重点培育企业",
      // 为 before who benefits from a verb after leaves; before a noun alone, or in a word, it stays
      "为市场经营主体减负|市场经营主体减负", "为困难家庭发放蔬菜价格补贴|困难家庭发放蔬菜价格补贴",
      "为民办实事项目|为民办实事项目",
      // a year, a time, a region and a count of the things named leave the front
      "2024年地区生产总值|地区生产总值", "2025年全省地区生产总值|地区生产总值", "全省地区生产总值|地区生产总值",
      "全年城镇新增就业|城镇新增就业", "1550个省重点项目完成投资|省重点项目完成投资", "我区城镇调查失业率|城镇调查失业率",
      // a breadth stays
      "全社会研发经费投入|全社会研发经费投入",
      // a verb of achieving leaves before a measure, stays before anything else and before 的
      "投入强度|投入强度", "城镇实现新增就业|城镇新增就业", "高新区规上工业实现税收收入|高新区规上工业税收收入",
      "下岗失业人员实现再就业|下岗失业人员实现再就业", "国有林场实现造林|国有林场实现造林",
      "限额以上单位通过互联网实现的餐饮收入|限额以上单位通过互联网实现的餐饮收入",
      "规模以上工业完成增加值|规模以上工业增加值", "重点项目完成投资|重点项目完成投资", "北岳古城完成一期拆迁|北岳古城完成一期拆迁",
  })
  void makesANameTheNounPhraseOfTheThingCounted(String found, String name) {
    assertThat(CLEANER.clean(found)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a clause on what became of its subject, closed by a list mark, is not the name of the figure after it
      "合肥中欧班列集结中心获批、开行班列|班列", "国家级新区获批、新设外资企业|新设外资企业",
      // a measure alone after it is its subject's
      "一批跨市协同重点产业项目落地、投资|一批跨市协同重点产业项目投资",
      // works listed as nouns, a time before a status, statuses in a series: no clause
      "城市片区更新、社区改造省级项目|城市片区更新、社区改造省级项目", "年内开工、竣工项目|开工、竣工项目",
      "新开工、竣工项目|新开工、竣工项目", "重大项目开工、竣工、投产项目|重大项目开工、竣工、投产项目",
  })
  void aClauseClosedByAListMarkLeavesTheName(String found, String name) {
    assertThat(CLEANER.clean(found)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"实施好", "扎实推进", "试点组建", "全面推进", "统筹"})
  void aNameOfVerbsAndAdverbsOnlyNamesNothing(String found) {
    assertThat(CLEANER.clean(found)).isEmpty();
  }

  @Test
  void everyNameWordHasOneRole() {
    // NameWords refuses a word listed twice when it loads; the roles read by the parser do not overlap.
    Set<String> seen = new HashSet<>();
    for (NameWords.Role r : NameWords.Role.values()) {
      for (String w : Lexicon.NAMES.words(r)) {
        assertThat(seen.add(w)).as("%s has a second role %s", w, r).isTrue();
      }
    }
  }

  @Test
  void stretchAndEstimateWordsComeFromOneListEach() {
    for (String w : Lexicon.STRETCH_WORDS) {
      assertThat(Lexicon.CUES.get(w)).as("cue of %s", w).isEqualTo(io.github.govreport.internal.lexicon.Cue.STRETCH);
      assertThat(Lexicon.LEADING.get(w)).as("leading %s", w).isEqualTo(io.github.govreport.internal.lexicon.Cue.STRETCH);
      assertThat(Lexicon.MARKS.get(w)).as("mark of %s", w).isEqualTo(Lexicon.Mark.STRETCH);
    }
    for (String w : Lexicon.ESTIMATE_WORDS) {
      assertThat(Lexicon.CUES.get(w)).as("cue of %s", w).isEqualTo(io.github.govreport.internal.lexicon.Cue.ESTIMATE);
      assertThat(Lexicon.LEADING.get(w)).as("leading %s", w).isEqualTo(io.github.govreport.internal.lexicon.Cue.ESTIMATE);
      assertThat(Lexicon.MARKS.get(w)).as("mark of %s", w).isEqualTo(Lexicon.Mark.ESTIMATE);
    }
    assertThat(List.copyOf(Lexicon.STRETCH_WORDS)).doesNotContainAnyElementsOf(Lexicon.ESTIMATE_WORDS);
  }

  /** A name the catalog knows leaves the verb before it when it is known without it; 地区 is a word, no suffix. */
  @Test
  void aKnownNameLeavesItsVerb() {
    NameCleaner c = new NameCleaner(IndicatorCatalog.defaults(), Vocabulary.builtIn());
    assertThat(c.clean("全省完成地区生产总值")).isEqualTo("地区生产总值");
    assertThat(c.clean("建设用地")).isEqualTo("建设用地");
  }
}
