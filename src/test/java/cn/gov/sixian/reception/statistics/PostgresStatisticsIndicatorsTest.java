package cn.gov.sixian.reception.statistics;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same hand-computed indicators on PostgreSQL, the production database: one embedded server
 * for the class, a new database per test.
 */
class PostgresStatisticsIndicatorsTest extends StatisticsIndicatorsTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @Override
  DataSource freshDatabase() {
    String name = "stats_" + DATABASES.incrementAndGet();
    new JdbcTemplate(server().getPostgresDatabase()).execute("CREATE DATABASE " + name);
    return server().getDatabase("postgres", name);
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }));
    }
    return server;
  }
}
