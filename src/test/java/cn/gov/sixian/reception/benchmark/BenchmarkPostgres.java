package cn.gov.sixian.reception.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The embedded PostgreSQL of a benchmark (one server per benchmark class, stopped with the JVM),
 * and the production profile's connection settings pointing at it. Optional system properties
 * keep a seeded database between runs: {@code benchmark.dataDirectory} (kept, not cleaned) and
 * {@code benchmark.port}.
 */
final class BenchmarkPostgres {

  private BenchmarkPostgres() {}

  /** A server with PostgreSQL's defaults. */
  static EmbeddedPostgres start() {
    return start(builder -> builder);
  }

  /** A server configured further, e.g. with {@code pg_stat_statements} preloaded. */
  static EmbeddedPostgres start(java.util.function.UnaryOperator<EmbeddedPostgres.Builder> configure) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      String kept = System.getProperty("benchmark.dataDirectory");
      if (kept != null && !kept.isBlank()) {
        Path directory = Path.of(kept);
        Files.createDirectories(directory);
        builder.setDataDirectory(directory).setCleanDataDirectory(false);
      }
      if (Integer.getInteger("benchmark.port") != null) {
        builder.setPort(Integer.getInteger("benchmark.port"));
      }
      EmbeddedPostgres server = configure.apply(builder).start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  /** The application's database settings (production profile) for that server. */
  static void register(DynamicPropertyRegistry registry, EmbeddedPostgres server) {
    registry.add("RECEPTION_DB_URL", () -> server.getJdbcUrl("postgres", "postgres"));
    registry.add("RECEPTION_DB_USER", () -> "postgres");
    registry.add("RECEPTION_DB_PASSWORD", () -> "postgres");
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
