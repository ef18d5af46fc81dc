package cn.gov.sixian.reception.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.it.PostgresApplicationTest;
import cn.gov.sixian.reception.it.TestMailServer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sent-mail log on PostgreSQL inside engine commands, as a job runs them: a job that sent a
 * mail and then rolled back (a later mail of the same job failed, or the commit failed) does not
 * send it again on its retry; another job (a new occasion) does send.
 */
class SentMailLogTest extends PostgresApplicationTest {

  @Autowired MailGateway gateway;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired JdbcTemplate jdbc;

  @Test
  void retryAfterARollbackDoesNotSendTheDeliveredMailAgain() {
    TestMailServer.clear();
    Mail first = mail("director@example.org");
    Mail second = mail("unit@example.org");

    // attempt 1: the first mail goes out, then the job fails and its transaction rolls back
    assertThatThrownBy(() -> runAsJob("job-a", () -> {
      gateway.send(first);
      throw new IllegalStateException("the second mail could not be sent");
    })).hasMessageContaining("second mail");
    assertThat(TestMailServer.messagesAbout("SENTLOG-1")).hasSize(1);

    // attempt 2 (the retry of the same job): only the second mail is sent
    runAsJob("job-a", () -> {
      gateway.send(first);
      gateway.send(second);
    });
    assertThat(TestMailServer.messagesAbout("SENTLOG-1")).hasSize(2);
    assertThat(jdbc.queryForObject(
            "SELECT COUNT(*) FROM sent_notification WHERE reference = 'SENTLOG-1'", Integer.class))
        .isEqualTo(2);

    // a new occasion (another job, e.g. next week's reminder) is not suppressed
    runAsJob("job-b", () -> gateway.send(first));
    assertThat(TestMailServer.messagesAbout("SENTLOG-1")).hasSize(3);
  }

  private static Mail mail(String to) {
    return new Mail(MailKind.BULLETIN, "SENTLOG-1", to, "测试 SENTLOG-1", "正文");
  }

  /** Runs {@code work} in one engine command whose current job has the given id. */
  private void runAsJob(String jobId, Runnable work) {
    engineConfiguration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
      MessageEntity job = new MessageEntity();
      job.setId(jobId);
      context.setCurrentJob(job);
      work.run();
      return null;
    });
  }
}
