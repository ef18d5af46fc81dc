package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** The bound on kept fonts holds when documents finish at the same moment. */
class ParsedFontPoolTest {

  private static final int DOCUMENTS = 8;

  /**
   * Eight documents hand their fonts back at one moment. The check-then-add this replaces kept
   * two once in CI ({@code PdfRendererTest}); a queue with no bound keeps all eight here.
   */
  @Test
  void documentsFinishingTogetherKeepNoMoreThanTheBound() throws Exception {
    ParsedFontPool pool = new ParsedFontPool(PdfRenderer.FONT_RESOURCE, 1);
    List<TrueTypeFont> parsed = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      parsed.add(pool.take());
    }
    CyclicBarrier finishTogether = new CyclicBarrier(DOCUMENTS);
    ExecutorService threads = Executors.newFixedThreadPool(DOCUMENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (TrueTypeFont font : parsed) {
        done.add(threads.submit(() -> {
          finishTogether.await();
          pool.giveBack(font, true);
          return null;
        }));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      threads.shutdown();
    }
    assertThat(pool.idle()).isEqualTo(1);
  }

  @Test
  void aKeptFontIsHandedOutAgainAndAFailedOneIsNot() throws Exception {
    ParsedFontPool pool = new ParsedFontPool(PdfRenderer.FONT_RESOURCE, 1);
    TrueTypeFont first = pool.take();
    pool.giveBack(first, true);
    assertThat(pool.take()).isSameAs(first);

    pool.giveBack(first, false);
    assertThat(pool.idle()).isZero();
    assertThat(pool.take()).isNotSameAs(first);
  }
}
