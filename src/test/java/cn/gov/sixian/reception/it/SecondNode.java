package cn.gov.sixian.reception.it;

import cn.gov.sixian.reception.JointReceptionApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node on the same PostgreSQL database as {@link PostgresApplicationTest}'s
 * context: the whole application with the production profile, its own web server and job
 * executor. Started by hand, not by the test framework, so that no second cached test context
 * stays alive for the rest of the run; its engine is named "node2" because both live in one JVM.
 */
final class SecondNode implements AutoCloseable {

  static final String ENGINE = "node2";

  private final ConfigurableApplicationContext context;

  SecondNode() {
    context = new SpringApplicationBuilder(JointReceptionApplication.class)
        .profiles("postgres")
        .properties(
            "RECEPTION_ADMIN_USER=" + PostgresApplicationTest.ADMIN,
            "RECEPTION_ADMIN_PASSWORD=" + PostgresApplicationTest.ADMIN_PASSWORD,
            "RECEPTION_DB_URL=" + TestPostgres.jdbcUrl(),
            "RECEPTION_DB_USER=postgres",
            "RECEPTION_DB_PASSWORD=postgres",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + TestMailServer.port(),
            "spring.datasource.hikari.connection-timeout=2000",
            "spring.datasource.hikari.maximum-pool-size=8",
            "camunda.bpm.job-execution.wait-time-in-millis=200",
            "camunda.bpm.job-execution.max-wait=1000",
            "camunda.bpm.process-engine-name=" + ENGINE,
            "server.port=0")
        .run();
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
