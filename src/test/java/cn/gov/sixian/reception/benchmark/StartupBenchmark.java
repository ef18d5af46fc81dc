package cn.gov.sixian.reception.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Start-up time and memory of the application as {@code mvn spring-boot:run} starts it (H2, demo
 * data, the JVM options and C heap arenas of the pom's {@code reception.*} properties), beside a bare Camunda
 * application on the same starters ({@code cn.gov.sixian.bare.BareCamundaApplication}), each in
 * its own JVM, alternating. Each round starts both on a fresh data directory (first start: schema,
 * deployment, demo data) and again on the kept one (restart, the everyday case), timing from the
 * process start until {@code /actuator/health/readiness} answers 200, and reads the resident set
 * size (VmRSS) then. Run: {@code mvn -Pbenchmark test -Dtest=StartupBenchmark}
 * ({@code -Dstartup.rounds=3}).
 */
class StartupBenchmark {

  private static final String PROJECT = "cn.gov.sixian.reception.JointReceptionApplication";
  private static final String BARE = "cn.gov.sixian.bare.BareCamundaApplication";
  private static final Duration READY_WITHIN = Duration.ofMinutes(5);
  private static final int CASES = Integer.getInteger("startup.cases", 2500);
  private static final int THREADS = Integer.getInteger("startup.threads", 4);

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  record Start(long readyMs, long rssKb) {}

  @Test
  void startUpAndResidentMemoryBesideABareCamundaApplication() throws Exception {
    int rounds = Integer.getInteger("startup.rounds", 3);
    String jvm = System.getProperty("reception.jvm", "");
    System.out.printf("JVM options (pom property reception.jvm): %s, MALLOC_ARENA_MAX=%s%n", jvm,
        System.getProperty("reception.malloc-arenas", "(glibc default)"));
    System.out.printf("load average before: %s%n", loadAverage());
    Map<String, List<Start>> starts = new TreeMap<>();
    Path root = Files.createTempDirectory("startup-benchmark");
    for (int round = 1; round <= rounds; round++) {
      for (String main : List.of(BARE, PROJECT)) {
        String name = main.equals(BARE) ? "bare" : "project";
        Path dir = Files.createDirectories(root.resolve(name + "-" + round));
        List<String> args = main.equals(BARE)
            ? List.of("--spring.config.location=classpath:/startup/bare.yaml") : List.of();
        Start first = start(main, jvm, dir, args, 0);
        Start again = start(main, jvm, dir, args,
            main.equals(PROJECT) && round == rounds ? CASES : 0);
        starts.computeIfAbsent(name + ", first start", k -> new ArrayList<>()).add(first);
        starts.computeIfAbsent(name + ", restart", k -> new ArrayList<>()).add(again);
        System.out.printf("round %d %-7s first %6d ms %5d MB | restart %6d ms %5d MB (load %s)%n",
            round, name, first.readyMs(), first.rssKb() / 1024, again.readyMs(),
            again.rssKb() / 1024, loadAverage());
      }
    }
    System.out.println();
    System.out.println("| | ready p50 ms | RSS at ready p50 MB |");
    System.out.println("| --- | ---: | ---: |");
    starts.forEach((name, list) -> System.out.printf("| %s | %d | %d |%n", name,
        median(list.stream().mapToLong(Start::readyMs).toArray()),
        median(list.stream().mapToLong(Start::rssKb).toArray()) / 1024));
    for (String kind : List.of("first start", "restart")) {
      double ratio = (double) median(starts.get("project, " + kind).stream()
          .mapToLong(Start::readyMs).toArray())
          / median(starts.get("bare, " + kind).stream().mapToLong(Start::readyMs).toArray());
      System.out.printf("project / bare, %s: %.2f×%n", kind, ratio);
    }
    System.out.printf("load average after: %s (%d cores)%n", loadAverage(),
        Runtime.getRuntime().availableProcessors());
    if (CASES > 0) {
      System.out.printf("peak RSS of the project through %d cases: %d MB (goal < 768 MB)%n",
          CASES, peakRssKb / 1024);
    }
    assertThat(starts).hasSize(4);
  }

  /**
   * Starts the application, waits until it is ready, then (project only) drives that many full
   * cases through REST as the demo staff, sampling the resident set size as it goes.
   */
  private Start start(String main, String jvm, Path dir, List<String> args, int cases)
      throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Arrays.stream(jvm.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(command::add);
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai",
        "-cp", classPath(main.equals(BARE)), main, "--server.port=" + port));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    String arenas = System.getProperty("reception.malloc-arenas", "");
    if (!arenas.isBlank()) {
      builder.environment().put("MALLOC_ARENA_MAX", arenas);
    }
    Process process = builder
        .redirectErrorStream(true).redirectOutput(dir.resolve("out-" + port + ".log").toFile())
        .start();
    long began = System.nanoTime();
    try {
      URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException(main + " exited, see " + dir);
        }
        if (System.nanoTime() - began > READY_WITHIN.toNanos()) {
          throw new IllegalStateException(main + " not ready in " + READY_WITHIN + ", see " + dir);
        }
        if (ready(readiness)) {
          long readyMs = (System.nanoTime() - began) / 1_000_000;
          Start start = new Start(readyMs, residentKb(process.pid()));
          if (cases > 0) {
            drive(new DemoCaseDriver("http://localhost:" + port), cases, process.pid());
          }
          return start;
        }
        Thread.sleep(100);
      }
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  /** N closed cases on {@link #THREADS} threads; prints the RSS every tenth of the way. */
  private void drive(DemoCaseDriver driver, int cases, long pid) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(THREADS);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    long peakKb = residentKb(pid);
    long began = System.nanoTime();
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      futures.add(pool.submit(() -> {
        driver.closedCase();
        return done.incrementAndGet();
      }));
    }
    int step = Math.max(1, cases / 10);
    for (int i = 0; i < futures.size(); i++) {
      futures.get(i).get();
      peakKb = Math.max(peakKb, residentKb(pid));
      if ((i + 1) % step == 0) {
        System.out.printf("  %5d cases closed in %4d s, RSS %4d MB (peak %4d MB, load %s)%n",
            i + 1, (System.nanoTime() - began) / 1_000_000_000, residentKb(pid) / 1024,
            peakKb / 1024, loadAverage());
      }
    }
    pool.shutdown();
    System.out.printf("project through %d cases: peak RSS %d MB%n", cases, peakKb / 1024);
    peakRssKb = peakKb;
  }

  private long peakRssKb;

  private boolean ready(URI readiness) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /**
   * The test class path as Surefire gives it (its own JVM runs from a manifest-only jar): for the
   * bare application without the project's classes, whose environment post-processors and
   * auto-configuration would otherwise join in; for the project without the test classes.
   */
  private static String classPath(boolean bare) {
    String all = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    // the bare application leaves out the project's classes; the project leaves out the test
    // classes, whose camunda.cfg.xml would let the engine's REST look-up create a second engine
    String left = Path.of("target", bare ? "classes" : "test-classes").toAbsolutePath().toString();
    return Arrays.stream(all.split(java.io.File.pathSeparator))
        .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(left))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static long residentKb(long pid) throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
      return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
          .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String loadAverage() throws IOException {
    return String.join(" ", Arrays.copyOf(
        Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
  }
}
