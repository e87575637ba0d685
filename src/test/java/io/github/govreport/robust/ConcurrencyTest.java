package io.github.govreport.robust;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.ReportParser;
import io.github.govreport.model.Report;
import io.github.govreport.parse.CorpusTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One parser shared by many threads gives the same reports as one thread. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

  @Test
  void aSharedParserGivesTheSameReportsFromManyThreads() throws Exception {
    ReportParser parser = ReportParser.create();
    List<String> texts = CorpusTexts.each();
    List<Report> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(parser.parse(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> parser.parse(t)));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
