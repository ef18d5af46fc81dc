package cn.gov.sixian.reception.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's ids are short, unique under concurrent use and in the order they were drawn. */
class TimeOrderedIdsTest {

  /** Crockford's base 32, as a ULID is written: no I, L, O or U. */
  static final String ULID = "[0-9A-HJKMNP-TV-Z]{26}";

  private final TimeOrderedIds ids = new TimeOrderedIds();

  @Test
  void idsDrawnAtOnceByManyThreadsAreUniqueAndEachThreadsAreInOrder() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> drawn = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Callable<List<String>> draw = () -> {
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < 20_000; i++) {
            mine.add(ids.getNextId());
          }
          return mine;
        };
        drawn.add(threads.submit(draw));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> future : drawn) {
        List<String> mine = future.get();
        assertThat(mine).allMatch(id -> id.matches(ULID)).isSorted();
        all.addAll(mine);
      }
      assertThat(all).hasSize(4 * 20_000);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aLaterIdSortsAfterAnEarlierOneAcrossMilliseconds() throws InterruptedException {
    String earlier = ids.getNextId();
    Thread.sleep(2);
    String later = ids.getNextId();

    assertThat(later).isGreaterThan(earlier);
    // the first ten characters are the time: they differ, the random rest does not decide
    assertThat(later.substring(0, 10)).isGreaterThan(earlier.substring(0, 10));
  }
}
