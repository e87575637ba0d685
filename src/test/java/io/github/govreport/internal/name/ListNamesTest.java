package io.github.govreport.internal.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.figure.Amount;
import io.github.govreport.internal.figure.FigureScanner;
import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import io.github.govreport.model.IndicatorCatalog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list distributor alone: a listed name, the number of figures after it, and the names they get. */
class ListNamesTest {

  static final ListNames LISTS = new ListNames(Vocabulary.builtIn(), IndicatorCatalog.defaults());

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      // a head written once belongs to every item
      "装备制造业、高技术制造业增加值|2|装备制造业增加值;高技术制造业增加值",
      "家电、新能源汽车零售额|2|家电零售额;新能源汽车零售额",
      "食品、药品抽检合格率|2|食品抽检合格率;药品抽检合格率",
      "技术合同登记数、成交额|2|技术合同登记数;技术合同成交额",
      "城镇职工基本养老保险、基本医疗保险参保人数|2|城镇职工基本养老保险参保人数;基本医疗保险参保人数",
      // short items parallel to the last item's first chars, written once where they overlap
      "城镇居民、农村居民人均可支配收入|2|城镇居民人均可支配收入;农村居民人均可支配收入",
      "城镇和农村居民人均可支配收入|2|城镇居民人均可支配收入;农村居民人均可支配收入",
      "交通、水利领域投资额|2|交通领域投资额;水利领域投资额",
      "刑事、治安案件立案数|2|刑事案件立案数;治安案件立案数",
      // a short later head of the first item's kind shares its modifier
      "群众诉求解决率、满意率|2|群众诉求解决率;群众诉求满意率",
      "适龄儿童入园率、普惠率|2|适龄儿童入园率;适龄儿童普惠率",
      // levels written before the last item's noun
      "国家级、部级创新平台|2|国家级创新平台;部级创新平台",
      "国家级、省级、市级示范基地|3|国家级示范基地;省级示范基地;市级示范基地",
      // numbered items take their 第
      "一、二、三产业增加值|3|第一产业增加值;第二产业增加值;第三产业增加值",
      // a contraction 分别 expands
      "城乡居民人均可支配收入|2|城镇居民人均可支配收入;农村居民人均可支配收入",
      // and one written with a list mark after its first char
      "人民币存、贷款余额|2|人民币存款余额;人民币贷款余额",
      "肉蛋奶总产量|3|肉类总产量;禽蛋总产量;奶类总产量",
      // one figure for a list gathered into one, or for qualities of one thing
      "集成电路、生物医药、人工智能三大先导产业规模|1|集成电路、生物医药、人工智能三大先导产业规模",
      "新认证绿色、有机农产品|1|新认证绿色、有机农产品",
      "黄山、池州、安庆、宣城四市规上服务业营收|1|黄山、池州、安庆、宣城四市规上服务业营收",
  })
  void distributesANameOverItsFigures(String subject, int figures, String names) {
    assertThat(LISTS.distribute(subject, figures))
        .containsExactlyElementsOf(Arrays.asList(names.split(";")));
  }

  @Test
  void oneFigureForAContractionWrittenWithAListMarkIsEachOfItsWords() {
    assertThat(LISTS.each("金融机构本外币存、贷款余额")).containsExactly("金融机构本外币存款余额", "金融机构本外币贷款余额");
  }

  @Test
  void aScopeWrittenOnceCarriesToTheItemsAfterUnlessTheCatalogKnowsThem() {
    assertThat(LISTS.carryScope(List.of("农村卫生户厕", "生活垃圾处理设施覆盖率")))
        .containsExactly("农村卫生户厕", "农村生活垃圾处理设施覆盖率");
    assertThat(LISTS.carryScope(List.of("城镇调查失业率", "居民消费价格涨幅")))
        .containsExactly("城镇调查失业率", "居民消费价格涨幅");
    assertThat(LISTS.carryScope(List.of("城镇职工基本养老保险参保人数", "基本医疗保险参保人数")))
        .containsExactly("城镇职工基本养老保险参保人数", "城镇职工基本医疗保险参保人数");
    // the first item is an indicator with its own scope: 城镇 is not written for the list
    assertThat(LISTS.carryScope(List.of("城镇新增就业", "新增发放创业担保贷款")))
        .containsExactly("城镇新增就业", "新增发放创业担保贷款");
  }

  @Test
  void modifiersBorrowTheHeadOfTheNameBefore() {
    assertThat(LISTS.borrowHead(List.of("城镇", "农村"), "全体居民人均可支配收入"))
        .containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
    assertThat(LISTS.borrowHead(List.of("装备制造业", "农村"), "全体居民人均可支配收入"))
        .containsExactly("装备制造业", "农村");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "长白山、三江、吉光|3个|true", "长白山、三江、吉光|4个|false", "长白山、三江、吉光|3万个|false",
      "长白山、三江、吉光|3.5个|false", "长白山|1个|false", "稻米、油料、水产和林下经济|4个|true",
      "稻米、油料、水产和林下经济|3个|true", "稻米、油料和林下经济|5个|false"})
  void aCountIsTheListsLengthOnlyInItsOwnCounter(String subject, String figure, boolean counts) {
    SourceText t = Normalizer.normalize(figure).text;
    Amount a = new FigureScanner(Vocabulary.builtIn()).scan(t, 0, t.length()).get(0);
    assertThat(ListNames.countsTheList(subject, a)).isEqualTo(counts);
  }
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // verbs before the last item's verb share its object: known verbs, a verb after 新, a verb the words lack
      "开工、投产新能源项目|开工;投产|新能源项目",
      "新建、改造农村公路|新建;改造|农村公路",
      "新建和改造农村公路|新建;改造|农村公路",
      "新开工、竣工保障性住房|新开工;竣工|保障性住房",
      // a list of nouns is no list of verbs, nor a verb with too short an object
      "装备制造业、高技术制造业增加值|-|-",
      "开工、竣工项|-|-",
  })
  void verbsSharingTheObjectOfTheLastItemAreTheList(String listed, String verbs, String object) {
    ListNames.VerbList list = LISTS.verbList(listed);
    if (verbs == null) {
      assertThat(list).isNull();
    } else {
      assertThat(list).isEqualTo(new ListNames.VerbList(List.of(verbs.split(";")), object));
    }
  }
}
