package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the application runs (a relay in front of PostgreSQL is cut):
 * requests fail with 503 and a Chinese message, nothing is half-saved, and once the database is
 * reachable again the application serves requests by itself, without a restart.
 */
class DatabaseOutageTest {

  private static final String ADMIN = "outage-admin";
  private static final String PASSWORD = "Outage#Admin-2026";
  private static final String UNAVAILABLE = "数据库暂时无法连接，本次操作未保存任何内容，请稍后重试。";

  private ApplicationProcess app;
  private TcpProxy database;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null) {
      app.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void requestsFailClearlyWhileTheDatabaseIsDownAndWorkAgainWhenItReturns() throws Exception {
    TestPostgres.createDatabase("outage");
    database = new TcpProxy(TestPostgres.port());
    String url = "jdbc:postgresql://localhost:" + database.port() + "/outage";
    Path log = Path.of("target", "database-outage-app.log");
    Files.deleteIfExists(log);
    app = new ApplicationProcess(
        Map.of("SPRING_PROFILES_ACTIVE", "postgres", "RECEPTION_DB_URL", url,
            "RECEPTION_DB_USER", "postgres", "RECEPTION_DB_PASSWORD", "postgres",
            "RECEPTION_ADMIN_USER", ADMIN, "RECEPTION_ADMIN_PASSWORD", PASSWORD),
        List.of("-Dspring.main.banner-mode=off",
            "-Dspring.datasource.hikari.connection-timeout=3000"),
        log);
    app.start(Duration.ofSeconds(90));
    AppHttp api = new AppHttp(app.baseUrl(), ADMIN, PASSWORD);
    assertThat(api.register(TestIdNumbers.of("34132419700101001"), "13966600001").statusCode())
        .isEqualTo(201);

    database.down();
    HttpResponse<String> refused =
        api.register(TestIdNumbers.of("34132419700101002"), "13966600002");
    System.out.println("Database down, POST /api/cases: " + refused.statusCode() + " "
        + refused.body());
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(AppHttp.body(refused).get("message").asText()).isEqualTo(UNAVAILABLE);
    HttpResponse<String> tasks = api.send("GET", "/engine-rest/task", null);
    System.out.println("Database down, GET /engine-rest/task: " + tasks.statusCode() + " "
        + tasks.body());
    assertThat(tasks.statusCode()).isEqualTo(503);
    assertThat(AppHttp.body(tasks).get("message").asText()).isEqualTo(UNAVAILABLE);
    assertThat(api.send("GET", "/actuator/health", null).statusCode()).isEqualTo(503);

    database.up();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> again;
    do {
      again = api.register(TestIdNumbers.of("34132419700101003"), "13966600003");
    } while (again.statusCode() == 503 && System.nanoTime() < deadline && sleep());
    System.out.println("Database back, POST /api/cases: " + again.statusCode());
    assertThat(again.statusCode()).isEqualTo(201);

    try (Connection db = DriverManager.getConnection(
            TestPostgres.jdbcUrl().replace("/postgres?", "/outage?"), "postgres", "postgres");
        Statement s = db.createStatement()) {
      assertThat(count(s, "SELECT COUNT(*) FROM petition_case")).isEqualTo(2);
      assertThat(count(s, "SELECT COUNT(*) FROM act_hi_procinst"
          + " WHERE proc_def_key_ = 'joint-reception'")).isEqualTo(2);
      assertThat(count(s, "SELECT COUNT(*) FROM petition_case c WHERE NOT EXISTS"
          + " (SELECT 1 FROM act_ru_execution e WHERE e.id_ = c.process_instance_id)")).isZero();
    }

    // the failures were logged with their stack traces, but no personal number in full
    String output = Files.readString(log);
    for (String id : List.of("34132419700101001", "34132419700101002", "34132419700101003")) {
      assertThat(output).doesNotContain(TestIdNumbers.of(id));
    }
    assertThat(output).doesNotContain("13966600001").doesNotContain("13966600002")
        .doesNotContain("13966600003");
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(500);
    return true;
  }

  private static int count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
