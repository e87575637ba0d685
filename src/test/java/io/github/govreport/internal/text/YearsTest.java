package io.github.govreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Years and dates as texts write them. */
class YearsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2025年, 2025", "二〇〇七年, 2007", "二00七年, 2007", "二O一一年, 2011", "二零二六年, 2026", "一九九八年, 1998",
      "12025年, -1", "3000年, -1", "2025, -1", "二〇〇七, -1", "2O25年, -1", "十二五年, -1",
  })
  void readsAYearInAnyNumerals(String text, int year) {
    assertThat(Years.firstYear(text, 0, text.length())).isEqualTo(year);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "3月27日在, 3, 5", "一月十四日, 1, 5", "十二月二十八日, 12, 7", "01月08日, 1, 6", "1月在, 1, 2", "13月1日, 0, 0",
      "月1日, 0, 0",
  })
  void readsTheMonthOfADate(String text, int month, int length) {
    int[] m = new int[1];
    assertThat(Years.monthDayAt(text, 0, text.length(), m)).isEqualTo(length);
    if (length > 0) {
      assertThat(m[0]).isEqualTo(month);
    }
  }
}
