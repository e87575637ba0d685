package io.github.govreport.internal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.internal.lexicon.Vocabulary;
import io.github.govreport.internal.text.Normalizer;
import io.github.govreport.internal.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether the noun after a count goes on over a list mark, alone: the text after the count, and the answer. */
class ListedNounsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // a one-char level before the next
      "省、市级美丽乡村建设|true",
      // modifiers of one kind before one noun
      "国家级、省级重点实验室|true",
      "国控、省控断面水质全部达标|true",
      // nouns the count is of together, to the clause's end
      "智能车间、智能工厂。|true",
      "留守儿童、困境儿童|true",
      // a list of counts, of things done, of examples, or an item much longer than the first
      "乡镇、70个村改造|false",
      "无公害蔬菜、草莓基地建设|false",
      "道路、供水、污水等配套基础设施项目|false",
      "机关、企事业单位附属空间对外开放共享|false",
  })
  void theNounAfterACountGoesOnOverAListMarkOnlyForAListItIsOfAsAWhole(String after, boolean goesOn) {
    SourceText t = Normalizer.normalize(after).text;
    int mark = t.indexOf('、', 0, t.length());
    assertThat(ListedNouns.goOn(t, 0, mark, t.length(), Vocabulary.builtIn())).isEqualTo(goesOn);
  }
}
