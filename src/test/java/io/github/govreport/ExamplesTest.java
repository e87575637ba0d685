package io.github.govreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the programs in examples/ as the README tells a user to, so that they can never rot. */
class ExamplesTest {

  interface Main {
    void run(String[] args) throws Exception;
  }

  static String run(Main main, String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseSeedTargetsPrintsTheSeedsMainTargets() throws Exception {
    String out = run(examples.ParseSeedTargets::main);
    assertThat(out.lines()).first().isEqualTo("政府工作报告摘要 — targets for 2024");
    assertThat(out.lines()).contains("生产总值\t5.5%\tABOUT", "城镇调查失业率\t5%\tAT_MOST",
        "一般公共预算收入\tin step with 经济增长\tIN_STEP_WITH").hasSize(10);
  }
}
