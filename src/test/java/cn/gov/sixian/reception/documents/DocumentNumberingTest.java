package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Document numbers (文号): per body, kind and year, distinct under concurrent issue. */
class DocumentNumberingTest {

  private final DocumentTestBeans beans =
      DocumentTestBeans.onFreshH2(
          Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")),
          UnitCatalogue.builtIn());

  @Test
  void concurrentIssuesInTheirOwnTransactionsGetDistinctGaplessNumbers() throws Exception {
    TransactionTemplate tx =
        new TransactionTemplate(new DataSourceTransactionManager(beans.dataSource()));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Long>> issues = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        issues.add(() -> tx.execute(
            status -> beans.counter().next("rsj", DocumentKind.ACCEPTANCE_NOTICE, 2026)));
      }
      List<Long> numbers = new ArrayList<>();
      for (Future<Long> f : pool.invokeAll(issues)) {
        numbers.add(f.get());
      }
      assertThat(numbers).doesNotHaveDuplicates().hasSize(40);
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(
          java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRolledBackIssueGivesItsNumberBack() {
    TransactionTemplate tx =
        new TransactionTemplate(new DataSourceTransactionManager(beans.dataSource()));
    tx.executeWithoutResult(s -> beans.counter().next("center", DocumentKind.TRANSFER_SLIP, 2026));
    tx.executeWithoutResult(s -> {
      beans.counter().next("center", DocumentKind.TRANSFER_SLIP, 2026);
      s.setRollbackOnly();
    });
    Long next = tx.execute(s -> beans.counter().next("center", DocumentKind.TRANSFER_SLIP, 2026));
    assertThat(next).isEqualTo(2L);
  }

  @Test
  void eachBodyKindAndYearCountsOnItsOwn() {
    JdbcDocumentCounter counter = beans.counter();
    assertThat(counter.next("rsj", DocumentKind.ACCEPTANCE_NOTICE, 2026)).isEqualTo(1);
    assertThat(counter.next("rsj", DocumentKind.ACCEPTANCE_NOTICE, 2026)).isEqualTo(2);
    assertThat(counter.next("zjj", DocumentKind.ACCEPTANCE_NOTICE, 2026)).isEqualTo(1);
    assertThat(counter.next("rsj", DocumentKind.WRITTEN_REPLY, 2026)).isEqualTo(1);
    assertThat(counter.next("rsj", DocumentKind.ACCEPTANCE_NOTICE, 2027)).isEqualTo(1);
  }

  @Test
  void theNumberNamesBodyKindYearAndRunningNumber() {
    IssuedDocument first = beans.documents().issue(DocumentKind.ACCEPTANCE_NOTICE, "JF-2026-000001",
        "zjj", DocumentsFixture.content(DocumentKind.ACCEPTANCE_NOTICE), "zjj-staff");
    IssuedDocument second = beans.documents().issue(DocumentKind.ACCEPTANCE_NOTICE, "JF-2026-000002",
        "zjj", DocumentsFixture.content(DocumentKind.ACCEPTANCE_NOTICE), "zjj-staff");
    IssuedDocument receipt = beans.documents().issue(DocumentKind.REGISTRATION_RECEIPT,
        "JF-2026-000002", null, DocumentsFixture.content(DocumentKind.REGISTRATION_RECEIPT), null);
    // zjj has no configured abbreviation in the test defaults: its catalogue name
    assertThat(first.documentNumber()).isEqualTo("县住建局受〔2026〕1号");
    assertThat(second.documentNumber()).isEqualTo("县住建局受〔2026〕2号");
    assertThat(receipt.documentNumber()).isEqualTo("泗信登〔2026〕1号");
  }
}
