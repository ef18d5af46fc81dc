package cn.gov.sixian.reception.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server (embedded, from Maven artifacts) for the whole test JVM: the
 * application tests' database and, per test that needs its own schema, new databases on it.
 */
public final class TestPostgres {

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

  static int port() {
    return SERVER.getPort();
  }

  /** A new, empty database on the same server, for a test that needs its own schema. */
  public static DataSource newDatabase(String name) {
    createDatabase(name);
    return SERVER.getDatabase("postgres", name);
  }

  /** A new, empty database on the same server, for a test that needs its own schema. */
  static String createDatabase(String name) {
    try (java.sql.Connection c = SERVER.getPostgresDatabase().getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return SERVER.getJdbcUrl("postgres", name);
  }
}
