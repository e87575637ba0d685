package io.github.govreport.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The segment stage alone: sentences and their clauses, marks inside brackets and figures left whole. */
class SegmenterTest {

  /** The sentences of a text, each as its clauses joined with " | ". */
  static List<String> sentences(String input) {
    SourceText t = Normalizer.normalize(input).text;
    Segmenter.Cursor c = new Segmenter.Cursor(t, 0, t.length(), false);
    List<String> out = new ArrayList<>();
    while (c.next()) {
      Segmenter.Sentence s = c.sentence();
      List<String> clauses = new ArrayList<>();
      for (int k = 0; k < s.clauses(); k++) {
        clauses.add(t.text(s.clauseStart(k), s.clauseEnd(k)));
      }
      out.add(String.join(" | ", clauses));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // a sentence ends at 。！？, a clause at ，：and ；
      "地区生产总值增长5%左右，城镇新增就业50万人以上。粮食产量稳定。|地区生产总值增长5%左右 / 城镇新增就业50万人以上 ## 粮食产量稳定",
      "主要预期目标是：生产总值增长5%；失业率5%以内。|主要预期目标是 / 生产总值增长5% / 失业率5%以内",
      // a mark inside brackets or quotes splits nothing
      "实施“稳岗、扩岗”行动（含城乡、区域）两项。|实施“稳岗、扩岗”行动（含城乡、区域）两项",
      // a comma between digits is a thousands separator
      "完成投资1,200亿元，增长8%。|完成投资1,200亿元 / 增长8%",
  })
  void splitsSentencesAndClauses(String input, String expected) {
    List<String> want = new ArrayList<>();
    for (String sentence : expected.split(" ## ")) {
      want.add(sentence.replace(" / ", " | "));
    }
    assertThat(sentences(input)).isEqualTo(want);
  }

  @Test
  void listsSplitOnlyAtTheTopLevel() {
    assertThat(Segmenter.splitTopLevel("“专精特新”企业、省级（含国家级）开发区、园区", "、"))
        .containsExactly("“专精特新”企业", "省级（含国家级）开发区", "园区");
    assertThat(Segmenter.splitTopLevel("（甲、乙）", "、")).containsExactly("（甲、乙）");
  }
}
