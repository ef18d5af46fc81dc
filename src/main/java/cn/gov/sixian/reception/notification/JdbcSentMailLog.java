package cn.gov.sixian.reception.notification;

import cn.gov.sixian.reception.jdbc.JdbcTimes;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code sent_notification}. The claim is inserted in the job's transaction before the mail
 * goes out: a second node running the same job waits on the primary key and then finds it. If
 * the job's transaction rolls back after the SMTP server took the mail (a later mail of the same
 * job failed, or the commit failed), the row is written again in its own transaction, so the
 * retry skips what was delivered.
 */
@Repository
class JdbcSentMailLog implements SentMailLog {

  private static final Logger log = LoggerFactory.getLogger(JdbcSentMailLog.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  JdbcSentMailLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @Override
  public boolean claim(SentMail mail) {
    // look first: a failed INSERT would abort the whole PostgreSQL transaction of the job
    if (exists(mail)) {
      return false;
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      insert(mail);
    }
    return true;
  }

  @Override
  public void delivered(SentMail mail) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      insertIfAbsent(mail);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
              ownTransaction.executeWithoutResult(tx -> insertIfAbsent(mail));
            }
          }
        });
  }

  private boolean exists(SentMail mail) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM sent_notification"
            + " WHERE kind = ? AND reference = ? AND recipient = ? AND occasion = ?",
        Integer.class, mail.kind().name(), mail.reference(), mail.recipient(), mail.occasion());
    return count != null && count > 0;
  }

  private void insert(SentMail mail) {
    jdbc.update(
        "INSERT INTO sent_notification (kind, reference, recipient, occasion, sent_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        mail.kind().name(), mail.reference(), mail.recipient(), mail.occasion(),
        JdbcTimes.timestamp(clock.instant()));
  }

  private void insertIfAbsent(SentMail mail) {
    try {
      if (!exists(mail)) {
        insert(mail);
      }
    } catch (DuplicateKeyException raced) {
      // recorded meanwhile: that is all we wanted
    } catch (RuntimeException e) {
      log.error("Mail {} {} to {} was sent but could not be recorded; a retry may send it again",
          mail.kind(), mail.reference(), mail.recipient(), e);
    }
  }
}
