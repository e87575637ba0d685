package io.github.govreport.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table of regions: every name form of the country and the 34 provincial-level divisions resolves. */
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
  void aCityKeepsItsNameAsWrittenWithoutCodes() {
    Region city = Region.resolve("吉林市");
    assertThat(city.name()).isEqualTo("吉林市");
    assertThat(city.level()).isEqualTo(RegionLevel.LOCAL);
    assertThat(city.englishName()).isEmpty();
    assertThat(city.divisionCode()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2025年广西政府工作报告\\n各位代表：\\n主要预期目标是：地区生产总值增长5%左右。|广西壮族自治区",
      "2026年内蒙古自治区政府工作报告\\n各位代表：\\n主要预期目标是：地区生产总值增长5%左右。|内蒙古自治区",
      "各位代表：\\n现在，我代表国务院，向大会作政府工作报告，请予审议。\\n主要预期目标是：国内生产总值增长5%左右。|全国",
      "2025年浙江省政府工作报告\\n——2025年1月在浙江省第十四届人民代表大会第三次会议上\\n主要预期目标是：生产总值增长5.5%左右。|浙江省",
  })
  void placesRealTitlesAndBylines(String text, String region) {
    Panel panel = Panel.of(List.of(ReportParser.create().parse(text.replace("\\n", "\n"))));
    assertThat(panel.regions()).extracting(Region::name).containsExactly(region);
  }
}
