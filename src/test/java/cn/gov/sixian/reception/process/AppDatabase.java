package cn.gov.sixian.reception.process;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application's own tables (Flyway migrations) in a fresh in-memory H2 database, for
 * plain-engine tests of features whose stores are plain JDBC. Auto-commit: the engine's
 * transaction is not shared, which these path tests do not need.
 */
final class AppDatabase {

  private AppDatabase() {}

  static JdbcTemplate fresh() {
    String url = "jdbc:h2:mem:app-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
