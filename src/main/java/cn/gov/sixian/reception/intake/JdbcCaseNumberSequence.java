package cn.gov.sixian.reception.intake;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-year counters in {@code case_number_sequence}. The increment runs inside the registering
 * transaction and holds the year's row lock until it commits, so concurrent registrations (also
 * from several nodes) are serialised and a rolled-back registration gives its number back: no gap.
 */
@Repository
class JdbcCaseNumberSequence implements CaseNumberSequence {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  JdbcCaseNumberSequence(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public long next(int year) {
    if (increment(year) == 0) {
      createYear(year);
      if (increment(year) == 0) {
        throw new IllegalStateException("No case number counter for year " + year);
      }
    }
    Long value =
        jdbc.queryForObject(
            "SELECT last_value FROM case_number_sequence WHERE case_year = ?", Long.class, year);
    if (value == null) {
      throw new IllegalStateException("No case number counter for year " + year);
    }
    return value;
  }

  private int increment(int year) {
    return jdbc.update(
        "UPDATE case_number_sequence SET last_value = last_value + 1 WHERE case_year = ?", year);
  }

  /** The first case of a year creates its row in a transaction of its own; a racing node wins. */
  private void createYear(int year) {
    try {
      separateTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "INSERT INTO case_number_sequence (case_year, last_value) VALUES (?, 0)", year));
    } catch (DuplicateKeyException alreadyCreated) {
      // another registration created the row first; its increment and ours are serialised
    }
  }
}
