package io.github.govreport.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numerals and the function chars of the lexicon: what each char is, read from the data files. */
class NumeralsAndGrammarTest {

  @ParameterizedTest(name = "{0}: digit {1}, plain digit {2}, unit {3}, large {4}")
  @CsvSource({
      "〇, 0, 0, -1, -1",
      "零, 0, -1, -1, -1",
      "一, 1, 1, -1, -1",
      "二, 2, 2, -1, -1",
      "两, 2, -1, -1, -1",
      "九, 9, 9, -1, -1",
      "十, -1, -1, 10, -1",
      "百, -1, -1, 100, -1",
      "千, -1, -1, 1000, -1",
      "万, -1, -1, -1, 4",
      "亿, -1, -1, -1, 8",
      "点, -1, -1, -1, -1",
      "年, -1, -1, -1, -1",
  })
  void everyNumeralHasItsKindAndValue(char c, int digit, int plain, int unit, int large) {
    assertThat(Numerals.digit(c)).isEqualTo(digit);
    assertThat(Numerals.plainDigit(c)).isEqualTo(plain);
    assertThat(Numerals.unit(c)).isEqualTo(unit);
    assertThat(Numerals.largePower(c)).isEqualTo(large);
    assertThat(Numerals.isNumeral(c)).isEqualTo(digit >= 0 || unit > 0 || large > 0);
    assertThat(Numerals.isUnit(c)).isEqualTo(unit > 0 || large > 0);
  }

  @Test
  void theNamedNumeralsAreTheirChars() {
    assertThat(Numerals.POINT).isEqualTo('点');
    assertThat(Numerals.kind('点')).isEqualTo(Numerals.Kind.POINT);
    assertThat(Numerals.kind('两')).isEqualTo(Numerals.Kind.COUNT_DIGIT);
    assertThat(Numerals.kind('A')).isNull();
    assertThat(Numerals.TRILLION).isEqualTo("万亿");
    assertThat(String.valueOf(new char[] {Numerals.TEN, Numerals.HUNDRED})).isEqualTo("十百");
  }

  @Test
  void thePunctuationNamesItsMarksAndClasses() {
    assertThat(Punctuation.LIST_MARK).isEqualTo('、');
    assertThat(Punctuation.LIST_MARKS).isEqualTo("、");
    assertThat(Punctuation.COMMA).isEqualTo('，');
    assertThat(Punctuation.FULL_STOP).isEqualTo('。');
    assertThat(Punctuation.OPEN_TITLE).isEqualTo('《');
    assertThat(Punctuation.SENTENCE_ENDS.chars()).isEqualTo("。！？");
    assertThat(Punctuation.TERMINALS.has('；')).isTrue();
    assertThat(Punctuation.TERMINALS.has(';')).isTrue();
    assertThat(Punctuation.TERMINALS.has('，')).isFalse();
    assertThat(Punctuation.COMMAS.has(',')).isTrue();
    assertThat(Punctuation.CLAUSE_STARTS.has('、')).isFalse();
  }

  @Test
  void theGrammarNamesItsCharsAndClasses() {
    assertThat(Grammar.YEAR).isEqualTo('年');
    assertThat(Grammar.OF).isEqualTo('的');
    assertThat(Grammar.ETC).isEqualTo('等');
    assertThat(Grammar.STREAK).isEqualTo("连续");
    assertThat(Grammar.JOINERS.has('与')).isTrue();
    assertThat(Grammar.JOINERS.has('、')).isFalse();
    assertThat(Grammar.FROM.chars()).isEqualTo("由从");
    assertThat(Grammar.TIME_COUNTERS.has('岁')).isTrue();
    assertThat(Grammar.COLLECTIVES.has('市')).isTrue();
  }
}
