package io.github.govreport.internal.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.model.IndicatorCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heads a list shares, alone: the items as split, and the names they take. */
class SharedHeadsTest {

  static final SharedHeads HEADS = new SharedHeads(Vocabulary.builtIn(), IndicatorCatalog.defaults());

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a list closed by 等 before its head: the head is each item's, 等 no part of any
      "食品;石化;医药;信息等产业增加值|食品产业增加值;石化产业增加值;医药产业增加值;信息产业增加值",
      // 等 inside a word of one char and 等 is no close of a list
      "高等学校;中等职业学校|高等学校;中等职业学校",
      // a verb and its object are a whole name, which takes no head
      "接待游客;旅游总花费|接待游客;旅游总花费",
      // the first item's modifier reaches a later item of a short modifier and its own head
      "生产安全事故起数;死亡人数|生产安全事故起数;生产安全事故死亡人数",
      "技术合同登记数;成交额|技术合同登记数;技术合同成交额",
      // a later item with a long modifier of its own keeps it
      "生产安全事故起数;道路交通事故死亡人数|生产安全事故起数;道路交通事故死亡人数",
      // a later item that is a head alone takes the modifier before the first item's parallel word, and the head
      "人民币存款;贷款余额|人民币存款余额;人民币贷款余额",
      "金融机构存款;贷款余额|金融机构存款余额;金融机构贷款余额",
      // the longest head the last item ends in that leaves a modifier before it (贷款余额 of 普惠小微贷款余额)
      "制造业;普惠小微贷款余额|制造业贷款余额;普惠小微贷款余额",
      // places before a last item that opens with a place share all after it, a time before the first included
      "中心城区;县城生活污水集中处理率|中心城区生活污水集中处理率;县城生活污水集中处理率",
      "年底前中心城区;县城生活污水集中处理率|年底前中心城区生活污水集中处理率;县城生活污水集中处理率",
      // so do groups of people before a last item that opens with one; a modifier of another kind is no group
      "职工;居民住院报销比例|职工住院报销比例;居民住院报销比例", "单位;个人缴费比例|单位缴费比例;个人缴费比例",
      "家电;新能源汽车零售额|家电零售额;新能源汽车零售额",
      // a one-char head other than a rate's is no head of items whole without it, as one between them shows
      "PM10;PM2.5年均浓度;优良天数|PM10;PM2.5年均浓度;优良天数",
      "诉求解决率;满意率|诉求解决率;诉求满意率",
      // one char parallel to the first of a two-char word takes its second
      "进;出口|进口;出口",
      "规上工业主营业务收入;利润|规上工业主营业务收入;规上工业利润",
      "食品;轻纺主营业务收入|食品主营业务收入;轻纺主营业务收入",
      "城镇;农村居民人均可支配收入|城镇居民人均可支配收入;农村居民人均可支配收入",
  })
  void sharesTheHeadsAListWritesOnce(String items, String expected) {
    assertThat(HEADS.share(List.of(items.split(";")))).containsExactly(expected.split(";"));
  }

  @Test
  void anItemTheCatalogKnowsAsItIsTakesNoSharedHead() {
    assertThat(HEADS.share(List.of("城镇新增就业", "新增发放创业担保贷款")))
        .containsExactly("城镇新增就业", "新增发放创业担保贷款");
    assertThat(HEADS.share(List.of("装备制造业", "高技术制造业增加值")))
        .containsExactly("装备制造业增加值", "高技术制造业增加值");
  }

  @Test
  void aHeadIsJoinedOnceWhereItOverlapsTheItem() {
    assertThat(SharedHeads.joinHead("城镇居民", "居民人均可支配收入")).isEqualTo("城镇居民人均可支配收入");
    assertThat(SharedHeads.joinHead("家电", "零售额")).isEqualTo("家电零售额");
  }
}
