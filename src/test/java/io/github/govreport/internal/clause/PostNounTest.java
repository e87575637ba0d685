package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Lexicon;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noun written after a figure: where it ends, at a mark, a conjunction or the start of its predicate. */
class PostNounTest {

  @Test
  void theNounAfterACountEndsAtTheClauseOrBeforeTheNextItemsConjunction() {
    SourceText t = Normalizer.normalize("新增50家以上先进智能工厂，建成10个").text;
    int from = t.toString().indexOf("先进");
    assertThat(t.text(from, PostNoun.end(t, from, t.length(), Vocabulary.builtIn()))).isEqualTo("先进智能工厂");
    SourceText list = Normalizer.normalize("70项前沿技术研发和50项").text;
    int at = list.toString().indexOf("前沿");
    assertThat(list.text(at, PostNoun.end(list, at, list.toString().indexOf("50"), Vocabulary.builtIn())))
        .isEqualTo("前沿技术研发");
    assertThat(PostNoun.end(t, t.toString().indexOf('，'), t.length(), Vocabulary.builtIn())).isEqualTo(t.toString().indexOf('，'));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "5个城市以主办姿态扛起协办责任|城市", "50个优势产品予以重点扶持|优势产品", "3家企业被评为科技小巨人|企业",
      // but a designation that ends in the noun's own head goes on: it names the things counted
      "3家企业被认定为高新技术企业|企业被认定为高新技术企业",
      "600个新型公共文化空间投入使用|新型公共文化空间", "12个便民连锁超市全部投入使用|便民连锁超市",
      "2个仓储库建成并投入使用|仓储库", "19家市级以上龙头企业|市级以上龙头企业",
      // a word that opens with a cue's char is the noun's (超市, not 超); a word of manner right before another is the noun's
      "18个超市投入使用|超市", "15个风貌保护传承试点稳步推进|风貌保护传承试点",
      "2座生活垃圾转运站以及停车场|生活垃圾转运站以及停车场",
      // 完成 and 开展 open the predicate after the thing counted, with the adverbs and 均 before them
      "28家全国重点实验室完成优化重组|全国重点实验室", "66个产业集群和园区开展试点|产业集群和园区",
      "84项协同发展年度任务基本完成|协同发展年度任务", "8个国家级和省级园区均完成循环化改造|国家级和省级园区",
      "11座厨余垃圾处理设施完成免破袋装置改造|厨余垃圾处理设施", "20项民生实事全面完成|民生实事",
      "8条高速公路建成通车|高速公路", "22个计划竣工项目年内建成投运|计划竣工项目",
      // an adverb and a verb closing the clause, 进行, a time word, 尚未; a noun of one char before a longer word
      "352个行政村重点打造|行政村", "100家企业进行数字化改造|企业", "964人贫困人口今年上半年全部脱贫|贫困人口",
      "187万农村人口尚未稳定脱贫|农村人口", "1000个村开展美丽乡村建设|村",
      // a project's status closing the clause, alone or after an adverb (顺利, 陆续, 按期)
      "76个冬奥项目开工|冬奥项目", "39家养殖企业粪污处理设施全部竣工|养殖企业粪污处理设施",
      "22个项目顺利投产|项目", "10座“24小时图书馆”开馆|“24小时图书馆”", "290所紧急救援中心陆续开工|紧急救援中心", "344项“三年全面提升”项目开工建设|“三年全面提升”项目",
      "30个亿元以上重点工业项目竣工投运|亿元以上重点工业项目", "68条二级和三级管网改造等工程按时完工|二级和三级管网改造等工程",
      // 在建 is a word, no preposition that opens a predicate
      "9条在建高速公路有序推进|在建高速公路", "4个在建抽水蓄能项目|在建抽水蓄能项目"})
  void theNounAfterACountEndsWhereAWordOpensItsPredicate(String clause, String noun) {
    SourceText t = Normalizer.normalize(clause).text;
    int from = 1;
    while (!Character.isIdeographic(t.charAt(from))) {
      from++;
    }
    from++; // past the count word
    assertThat(t.text(from, PostNoun.end(t, from, t.length(), Vocabulary.builtIn()))).isEqualTo(noun);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "营业收入超千亿元的先进制造业集群|先进制造业集群", "省级开发区提质升级|省级开发区", "先进智能工厂|先进智能工厂",
      "县城提档升级|县城", "（含新生儿）的重症救治中心|重症救治中心", "“专精特新”的企业|企业", "升级|升级",
      // the words before 的 are the thing counted, with what is done to it; a quality of it (有, 超 …) leaves
      "背街巷道的综合改造|背街巷道综合改造", "农村人口的安全饮水问题|农村人口安全饮水问题",
      "有一定规模的农业生产性服务组织|农业生产性服务组织", "投资超亿元的文旅重大项目|文旅重大项目",
      // the predicate of the clause leaves: an adverb with its verb, or a compound verb of status
      "民生工程全面完成|民生工程", "“两重”建设项目有序推进|“两重”建设项目", "省级零碳园区启动建设|省级零碳园区",
      "县域普通高中“徐特立项目”建成投用|县域普通高中“徐特立项目”",
      // two verbs after a generic noun are said of it; after another noun they may be done to it
      "品质民生项目落地落实|品质民生项目", "中医药适宜技术推广使用|中医药适宜技术推广使用",
      // a verb alone is the noun's own
      "老旧小区综合整治|老旧小区综合整治", "背街小巷整治|背街小巷整治",
      // a designation that ends in the head of the things counted names them; another stays as written
      "博物馆成功创建国家一级博物馆|国家一级博物馆", "县被认定为国家义务教育优质均衡发展县|国家义务教育优质均衡发展县",
      "村（社区）获评第二批省乡村振兴示范村（社区）|第二批省乡村振兴示范村（社区）", "社区获评“绿色社区”|“绿色社区”",
      "单位入选全国首批中试平台|单位入选全国首批中试平台", "玉米万亩高产创建示范区|玉米万亩高产创建示范区"})
  void aNounAfterItsCountKeepsTheThingCounted(String post, String noun) {
    assertThat(PostNoun.countedNoun(post, Lexicon.NAMES, Lexicon.LISTS)).isEqualTo(noun);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // the building of the things counted leaves: the count counts them
      "国家骨干冷链物流基地建设|国家骨干冷链物流基地", "标准化村卫生室建设|标准化村卫生室",
      // a verb before the building says what became of it; other works than building stay
      "全国重点实验室获批建设|全国重点实验室获批建设", "老旧小区改造|老旧小区改造", "建设|建设"})
  void aCountsNounLeavesTheBuildingOfTheThings(String noun, String expected) {
    assertThat(ListedNouns.withoutTheirBuilding(noun, Lexicon.NAMES)).isEqualTo(expected);
  }
}
