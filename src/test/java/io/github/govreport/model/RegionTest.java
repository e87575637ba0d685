package io.github.govreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table of divisions: every name form of the country and the 34 provincial-level divisions resolves, and every
 * prefecture and county by its name, its short name or its name inside its parent's, never by a name inside another.
 */
class RegionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "全国|全国|China|CN|100000", "国务院|全国|China|CN|100000", "中华人民共和国|全国|China|CN|100000",
      "北京市|北京市|Beijing|CN-BJ|110000", "北京|北京市|Beijing|CN-BJ|110000",
      "天津市|天津市|Tianjin|CN-TJ|120000", "河北省|河北省|Hebei|CN-HE|130000", "河北|河北省|Hebei|CN-HE|130000",
      "山西省|山西省|Shanxi|CN-SX|140000", "内蒙古自治区|内蒙古自治区|Inner Mongolia|CN-NM|150000",
      "内蒙古|内蒙古自治区|Inner Mongolia|CN-NM|150000", "辽宁省|辽宁省|Liaoning|CN-LN|210000",
      "吉林省|吉林省|Jilin|CN-JL|220000", "黑龙江|黑龙江省|Heilongjiang|CN-HL|230000",
      "上海市|上海市|Shanghai|CN-SH|310000", "江苏省|江苏省|Jiangsu|CN-JS|320000",
      "浙江省|浙江省|Zhejiang|CN-ZJ|330000", "浙江|浙江省|Zhejiang|CN-ZJ|330000",
      "安徽省|安徽省|Anhui|CN-AH|340000", "福建省|福建省|Fujian|CN-FJ|350000", "江西省|江西省|Jiangxi|CN-JX|360000",
      "山东省|山东省|Shandong|CN-SD|370000", "河南省|河南省|Henan|CN-HA|410000", "湖北省|湖北省|Hubei|CN-HB|420000",
      "湖南省|湖南省|Hunan|CN-HN|430000", "广东省|广东省|Guangdong|CN-GD|440000",
      "广西壮族自治区|广西壮族自治区|Guangxi|CN-GX|450000", "广西|广西壮族自治区|Guangxi|CN-GX|450000",
      "海南省|海南省|Hainan|CN-HI|460000", "重庆市|重庆市|Chongqing|CN-CQ|500000",
      "四川省|四川省|Sichuan|CN-SC|510000", "贵州省|贵州省|Guizhou|CN-GZ|520000", "云南省|云南省|Yunnan|CN-YN|530000",
      "西藏自治区|西藏自治区|Tibet|CN-XZ|540000", "西藏|西藏自治区|Tibet|CN-XZ|540000",
      "陕西省|陕西省|Shaanxi|CN-SN|610000", "甘肃省|甘肃省|Gansu|CN-GS|620000", "青海省|青海省|Qinghai|CN-QH|630000",
      "宁夏回族自治区|宁夏回族自治区|Ningxia|CN-NX|640000", "宁夏|宁夏回族自治区|Ningxia|CN-NX|640000",
      "新疆维吾尔自治区|新疆维吾尔自治区|Xinjiang|CN-XJ|650000", "新疆|新疆维吾尔自治区|Xinjiang|CN-XJ|650000",
      "台湾省|台湾省|Taiwan|CN-TW|710000", "香港特别行政区|香港特别行政区|Hong Kong|CN-HK|810000",
      "澳门特别行政区|澳门特别行政区|Macao|CN-MO|820000", "浙江省人民政府|浙江省|Zhejiang|CN-ZJ|330000",
  })
  void resolvesEveryNameForm(String written, String name, String english, String iso, String code) {
    Region r = Region.resolve(written);
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.englishName()).hasValue(english);
    assertThat(r.iso3166()).hasValue(iso);
    assertThat(r.divisionCode()).hasValue(code);
    assertThat(r.isKnown()).isTrue();
  }

  @Test
  void theTableHoldsTheCountryAndThirtyFourDivisions() {
    List<Region> table = Region.table();
    assertThat(table).hasSize(35);
    assertThat(table).filteredOn(r -> r.level() == RegionLevel.PROVINCE).hasSize(34);
    assertThat(table).extracting(r -> r.divisionCode().get()).doesNotHaveDuplicates();
    assertThat(table).extracting(r -> r.iso3166().get()).doesNotHaveDuplicates();
  }

  @Test
  void theTableHoldsEveryPrefectureAndCountyOfTheStatisticsBureau() {
    List<Region> all = Region.divisions();
    assertThat(all).filteredOn(r -> r.level() == RegionLevel.PREFECTURE).hasSize(333);
    assertThat(all).filteredOn(r -> r.level() == RegionLevel.COUNTY).hasSize(2975);
    assertThat(all).extracting(r -> r.divisionCode().get()).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // written | official name | level | code | prefecture | province
      "驻马店市|驻马店市|PREFECTURE|411700||河南省", "驻马店|驻马店市|PREFECTURE|411700||河南省",
      "保定市|保定市|PREFECTURE|130600||河北省", "徐水区|徐水区|COUNTY|130609|保定市|河北省",
      "保定市徐水区|徐水区|COUNTY|130609|保定市|河北省", "呼伦贝尔市海拉尔区|海拉尔区|COUNTY|150702|呼伦贝尔市|内蒙古自治区",
      "高唐县|高唐县|COUNTY|371526|聊城市|山东省", "唐县|唐县|COUNTY|130627|保定市|河北省",
      "辛集市|辛集市|COUNTY|130181|石家庄市|河北省", "延边朝鲜族自治州|延边朝鲜族自治州|PREFECTURE|222400||吉林省",
      "延边|延边朝鲜族自治州|PREFECTURE|222400||吉林省", "东城区|东城区|COUNTY|110101||北京市",
      "东莞市|东莞市|PREFECTURE|441900||广东省", "吉林市|吉林市|PREFECTURE|220200||吉林省",
      "保定市人民政府|保定市|PREFECTURE|130600||河北省",
  })
  void resolvesPrefecturesAndCountiesWithTheirParents(String written, String name, RegionLevel level, String code,
      String prefecture, String province) {
    Region r = Region.resolve(written);
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.level()).isEqualTo(level);
    assertThat(r.divisionCode()).hasValue(code);
    assertThat(r.prefecture()).isEqualTo(java.util.Optional.ofNullable(prefecture));
    assertThat(r.province()).hasValue(province);
    assertThat(r.provinceCode()).hasValue(code.substring(0, 2) + "0000");
    assertThat(r.englishName()).isEmpty();
  }

  /** Names that contain other names: each resolves to itself, never to the one inside it or around it. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "易县|130633|米易县|510421", "唐县|130627|高唐县|371526", "兴县|141123|定兴县|130626",
      "和县|340523|和静县|652827", "城区|140302|城区|140302",
  })
  void namesThatContainOtherNamesNeverGetConfused(String shorter, String shorterCode, String longer,
      String longerCode) {
    if (!shorter.equals(longer)) {
      assertThat(Region.named(shorter)).extracting(r -> r.divisionCode().get()).containsExactly(shorterCode);
      assertThat(Region.named(longer)).extracting(r -> r.divisionCode().get()).containsExactly(longerCode);
    } else {
      assertThat(Region.named(shorter)).hasSizeGreaterThan(1); // several divisions are named 城区
      assertThat(Region.resolve(shorter).isKnown()).isFalse();
    }
  }

  @Test
  void aPlaceThatChangedLevelResolvesByItsStemWithItsNameAsWrittenKept() {
    Region r = Region.resolve("满城县");
    assertThat(r.name()).isEqualTo("满城区");
    assertThat(r.written()).isEqualTo("满城县");
    assertThat(r.divisionCode()).hasValue("130607");
    assertThat(r.canonical().written()).isEqualTo("满城区");
    assertThat(r.isSameDivision(Region.resolve("满城区"))).isTrue();
  }

  @Test
  void aNameSeveralDivisionsShareOrNoneHasIsKeptAsWritten() {
    assertThat(Region.candidates("朝阳区")).extracting(r -> r.divisionCode().get()).contains("110105", "220104");
    Region shared = Region.resolve("朝阳区");
    assertThat(shared.level()).isEqualTo(RegionLevel.LOCAL);
    assertThat(shared.divisionCode()).isEmpty();
    Region none = Region.resolve("某市");
    assertThat(none.name()).isEqualTo("某市");
    assertThat(none.isKnown()).isFalse();
    assertThat(none.shortName()).isEmpty();
  }

  @Test
  void shortNamesAreWhatReportsWrite() {
    assertThat(Region.resolve("驻马店市").shortName()).hasValue("驻马店");
    assertThat(Region.resolve("大兴安岭地区").shortName()).hasValue("大兴安岭");
    assertThat(Region.resolve("唐县").shortName()).isEmpty(); // one character is no name to search for
    assertThat(Region.resolve("浙江省").shortName()).isEmpty();
  }

  @Test
  void theStemIsTheNameWithoutItsSuffixAtEveryLevel() {
    assertThat(Region.resolve("北京市").stem()).isEqualTo("北京");
    assertThat(Region.resolve("广西壮族自治区").stem()).isEqualTo("广西");
    assertThat(Region.resolve("驻马店市").stem()).isEqualTo("驻马店");
    assertThat(Region.resolve("唐县").stem()).isEqualTo("唐县");
  }

  @Test
  void failsFastOnCallerMistakes() {
    assertThatThrownBy(() -> Region.resolve(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("written");
    assertThatThrownBy(() -> Region.resolve(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> Region.local(null)).hasMessageContaining("name");
  }
}
