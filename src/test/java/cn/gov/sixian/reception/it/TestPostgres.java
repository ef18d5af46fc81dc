package cn.gov.sixian.reception.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL server (embedded, from Maven artifacts) for the whole test JVM. */
final class TestPostgres {

  private static final EmbeddedPostgres SERVER = start();

  private TestPostgres() {}

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  static String jdbcUrl() {
    return SERVER.getJdbcUrl("postgres", "postgres");
  }
}
