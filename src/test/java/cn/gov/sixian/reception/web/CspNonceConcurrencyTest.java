package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Page loads of the webapps at the same moment: each index page carries in its script tags the
 * nonce of its own Content-Security-Policy header, or the browser refuses the scripts and the
 * page stays blank (web/CspNoncePerRequest).
 */
class CspNonceConcurrencyTest extends H2ApplicationTest {

  static final int AT_ONCE = 20;
  static final int ROUNDS = 5;
  static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
  static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyPageCarriesTheNonceOfItsOwnHeader(String app) throws Exception {
    URI page = URI.create("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    List<String> mismatches = new ArrayList<>();
    int loads = 0;
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        for (HttpResponse<String> response : loadAtOnce(pool, page)) {
          loads++;
          assertThat(response.statusCode()).isEqualTo(200);
          String header = response.headers().firstValue("Content-Security-Policy").orElse("");
          Matcher headerNonce = HEADER_NONCE.matcher(header);
          assertThat(headerNonce.find()).as("nonce in the CSP header: %s", header).isTrue();
          List<String> pageNonces = PAGE_NONCE.matcher(response.body()).results()
              .map(m -> m.group(1)).distinct().toList();
          assertThat(pageNonces).as("nonces in the page").isNotEmpty();
          if (!pageNonces.equals(List.of(headerNonce.group(1)))) {
            mismatches.add("header " + headerNonce.group(1) + ", page " + pageNonces);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(loads).isEqualTo(AT_ONCE * ROUNDS);
    assertThat(mismatches).as("page loads whose scripts the browser would refuse").isEmpty();
  }

  /** AT_ONCE loads released together by one latch. */
  private List<HttpResponse<String>> loadAtOnce(ExecutorService pool, URI page) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> loads = new ArrayList<>();
    for (int i = 0; i < AT_ONCE; i++) {
      loads.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
          return http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30))
              .header("Accept-Language", "zh-CN").GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, pool));
    }
    start.countDown();
    List<HttpResponse<String>> responses = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> load : loads) {
      responses.add(load.get());
    }
    return responses;
  }
}
