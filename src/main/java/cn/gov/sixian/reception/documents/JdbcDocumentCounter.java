package cn.gov.sixian.reception.documents;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Running numbers of documents per (issuing body, kind, year) in {@code document_counter}. The
 * increment runs in the issuing transaction and holds the row lock until it commits: issues on
 * several nodes are serialised, and a step that rolls back gives its number back (no gap).
 */
@Repository
class JdbcDocumentCounter {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  JdbcDocumentCounter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  long next(String bodyCode, DocumentKind kind, int year) {
    if (increment(bodyCode, kind, year) == 0) {
      create(bodyCode, kind, year);
      if (increment(bodyCode, kind, year) == 0) {
        throw new IllegalStateException("No document counter for " + bodyCode + "/" + kind + "/" + year);
      }
    }
    Long value =
        jdbc.queryForObject(
            "SELECT last_value FROM document_counter WHERE body_code = ? AND kind = ? AND doc_year = ?",
            Long.class, bodyCode, kind.name(), year);
    if (value == null) {
      throw new IllegalStateException("No document counter for " + bodyCode + "/" + kind + "/" + year);
    }
    return value;
  }

  private int increment(String bodyCode, DocumentKind kind, int year) {
    return jdbc.update(
        "UPDATE document_counter SET last_value = last_value + 1"
            + " WHERE body_code = ? AND kind = ? AND doc_year = ?",
        bodyCode, kind.name(), year);
  }

  /** The first document of a key creates its row in a transaction of its own; a racing node wins. */
  private void create(String bodyCode, DocumentKind kind, int year) {
    try {
      separateTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "INSERT INTO document_counter (body_code, kind, doc_year, last_value)"
                      + " VALUES (?, ?, ?, 0)",
                  bodyCode, kind.name(), year));
    } catch (DuplicateKeyException alreadyCreated) {
      // another issue created the row first; its increment and ours are serialised
    }
  }
}
