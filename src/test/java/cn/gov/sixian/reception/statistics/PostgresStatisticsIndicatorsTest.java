package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.it.TestPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The same hand-computed indicators on PostgreSQL, the production database: a new database per
 * test on the test JVM's one embedded server ({@link TestPostgres}).
 */
class PostgresStatisticsIndicatorsTest extends StatisticsIndicatorsTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  DataSource freshDatabase() {
    return TestPostgres.newDatabase("stats_" + DATABASES.incrementAndGet());
  }
}
