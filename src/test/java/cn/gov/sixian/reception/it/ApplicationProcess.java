package cn.gov.sixian.reception.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as a separate JVM (the Spring Boot main class on the test class path), with
 * the production profile and its settings from the environment, as an operator starts it. Its
 * output goes to a file, appended across restarts.
 */
final class ApplicationProcess {

  private final Map<String, String> environment;
  private final List<String> systemProperties;
  private final Path log;
  private final int port;
  private Process process;

  ApplicationProcess(Map<String, String> environment, List<String> systemProperties, Path log)
      throws IOException {
    this.environment = environment;
    this.systemProperties = systemProperties;
    this.log = log;
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Starts the JVM and waits until its health endpoint answers UP. */
  void start(Duration timeout) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the default run's heap bound and collector (pom property reception.jvm)
    command.addAll(List.of(System.getProperty("reception.jvm", "-Xmx320m").trim().split("\\s+")));
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Duser.timezone=Asia/Shanghai");
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(systemProperties);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("cn.gov.sixian.reception.JointReceptionApplication");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    process = builder.start();
    awaitHealthy(timeout);
  }

  /** kill -9: no shutdown hook, no connection closed, transactions cut off mid-flight. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private void awaitHealthy(Duration timeout) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped; see " + log);
      }
      try {
        HttpResponse<String> health = client.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The application did not become healthy; see " + log);
  }
}
