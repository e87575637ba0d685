package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a short item of a list takes from the item before it, alone: its measure, or its subject at its own level. */
class ListItemsTest {

  static final Vocabulary WORDS = Vocabulary.builtIn();

  /** The ways an item with no measure of its own takes one from the item or the whole before it, each by its rule. */
  enum MeasureRule {
    BARE_ITEM, PARTNER, ANOTHER_MEASURE, BREAKDOWN;

    String apply(String before, String name) {
      return switch (this) {
        case BARE_ITEM -> ListItems.withMeasureBefore(before, name, WORDS.lists);
        case PARTNER -> ListItems.forAPartner(before, name, WORDS.lists);
        case ANOTHER_MEASURE -> ListItems.anotherMeasureOf(before, name, WORDS.lists);
        case BREAKDOWN -> ListItems.inABreakdown(before, name, WORDS.lists);
      };
    }
  }

  @ParameterizedTest(name = "{0}: {1}, {2} → {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a bare item after an item with a measure head takes the measure
      "BARE_ITEM|钢铁产能|煤炭|煤炭产能", "BARE_ITEM|粮食产量|油料|油料产量",
      // an item with a head of its own, or too long to be bare, keeps its name (null: nothing borrowed)
      "BARE_ITEM|粮食产量|油料产量|-", "BARE_ITEM|粮食产量|优质专用小麦种植|-",
      // a share or a rate is no measure to borrow
      "BARE_ITEM|财政民生支出占比|教育|-",
      // 对 and a partner alone is the partner's part of the measure before
      "PARTNER|进出口总值|对中亚五国|对中亚五国进出口总值", "PARTNER|对东盟进出口|对欧盟|对欧盟进出口",
      "PARTNER|外贸进出口总额|对东盟|对东盟进出口总额",
      // a partner with a measure of its own, a name not opened by 对, or a name before with no measure: none
      "PARTNER|进出口总值|对东盟出口|-", "PARTNER|进出口总值|东盟|-", "PARTNER|新建校舍|对学校|-", "PARTNER|进出口总值|对|-",
      // another measure alone is of what the item before measures
      "ANOTHER_MEASURE|一般预算收入|支出|一般预算支出", "ANOTHER_MEASURE|规模以上工业增加值|利润|规模以上工业利润",
      "ANOTHER_MEASURE|金融机构各项存款余额|贷款余额|金融机构各项贷款余额",
      // an item before that is a measure alone, or a name that is no measure alone: none
      "ANOTHER_MEASURE|主营业务收入|利润|-", "ANOTHER_MEASURE|一般预算收入|城镇|-",
      // a short part with no head of its own, in a breakdown, takes the measure of the whole
      "BREAKDOWN|交通完成投资|高速公路|高速公路投资", "BREAKDOWN|工业增加值|限额以上工业|限额以上工业增加值",
      // a part with a head of its own, a long name or a whole with no measure: none
      "BREAKDOWN|交通完成投资|民间投资|-", "BREAKDOWN|新建学校|中小学|-", "BREAKDOWN|交通完成投资|高速公路和干线公路建设项目|-",
  })
  void anItemTakesTheMeasureOfTheItemOrTheWholeBefore(MeasureRule rule, String before, String name, String expected) {
    assertThat(rule.apply(before, name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a level alone is the subject before at that level, with the indicator's own word it opens with
      "新增国家级专精特新企业|省级|新增省级专精特新企业",
      "国家级农业产业化龙头企业|市级|市级农业产业化龙头企业",
      // the bound after the subject's level is that level's: the item at its own level does not take it
      "省级以上农业产业化龙头企业|市级|市级农业产业化龙头企业",
      // a name that is no level, or a subject with no level, borrows nothing
      "新增国家级专精特新企业|科技型中小企业|-",
      "专精特新企业|省级|-",
  })
  void aLevelAloneIsTheSubjectBeforeAtThatLevel(String before, String name, String expected) {
    assertThat(ListItems.atLevel(before, name, WORDS, false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, {1} → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // a level that opens a breakdown (其中) of a subject with no level goes in front of its noun
      "重点龙头企业|国家级|国家级重点龙头企业", "新增高新技术企业|省级|新增省级高新技术企业",
      // a subject with a level swaps it as before; a name that is no level borrows nothing
      "国家级农业产业化龙头企业|省级|省级农业产业化龙头企业", "重点龙头企业|科技型中小企业|-",
  })
  void aLevelOpeningABreakdownIsTheSubjectAtThatLevel(String before, String name, String expected) {
    assertThat(ListItems.atLevel(before, name, WORDS, true)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "清理规范县级|县级",
      "省级|省级",
      "省级专精特新企业|-",
      "完成投资|-",
  })
  void aLevelAfterVerbsIsReadAlone(String name, String expected) {
    assertThat(ListItems.levelAlone(name, WORDS.names)).isEqualTo(expected);
  }

  @Test
  void aNameGivenAsManyFiguresAsTheListBeforeTakesItsItems() {
    assertThat(ListItems.itemsOfTheListBefore(List.of("中心城区生活污水集中处理率", "县城生活污水集中处理率"), "污泥无害化处理率"))
        .containsExactly("中心城区污泥无害化处理率", "县城污泥无害化处理率");
    assertThat(ListItems.itemsOfTheListBefore(List.of("粮食产量", "棉花面积"), "增速"))
        .containsExactly("增速", "增速"); // no shared tail: nothing to tell the items by
  }
}
