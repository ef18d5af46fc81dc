package cn.gov.sixian.reception.it;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the Spring Boot tests on a real PostgreSQL server with the production profile: no demo
 * users, the administrator from the environment, the database from RECEPTION_DB_* settings.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // static, not dynamic: the administrator check runs before dynamic properties are added
    properties = {
      "RECEPTION_ADMIN_USER=" + PostgresApplicationTest.ADMIN,
      "RECEPTION_ADMIN_PASSWORD=" + PostgresApplicationTest.ADMIN_PASSWORD
    })
@ActiveProfiles("postgres")
public abstract class PostgresApplicationTest {

  public static final String ADMIN = "it-admin";
  // meets the password policy of the production profile
  public static final String ADMIN_PASSWORD = "Sixian#Test-2026";

  @DynamicPropertySource
  static void environment(DynamicPropertyRegistry registry) {
    registry.add("RECEPTION_DB_URL", TestPostgres::jdbcUrl);
    registry.add("RECEPTION_DB_USER", () -> "postgres");
    registry.add("RECEPTION_DB_PASSWORD", () -> "postgres");
    // the public query page is open only with a secret of its own
    registry.add("RECEPTION_PUBLIC_QUERY_SECRET", () -> "postgres-test-public-query-secret-0123456789");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", TestMailServer::port);
    // the server stops in a shutdown hook beside the context: do not wait 30 s for a connection
    registry.add("spring.datasource.hikari.connection-timeout", () -> 2000);
    registry.add("camunda.bpm.job-execution.wait-time-in-millis", () -> 200);
    registry.add("camunda.bpm.job-execution.max-wait", () -> 1000);
  }

  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void serveThisContextsEngineOverRest() {
    EngineRegistration.makeDefault(processEngine);
  }
}
