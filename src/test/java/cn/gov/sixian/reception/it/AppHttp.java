package cn.gov.sixian.reception.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** The REST contract of an application started as a separate JVM, over plain HTTP. */
final class AppHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final String baseUrl;
  private final String authorization;

  AppHttp(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** POST /api/cases with a hotline form carrying this ID number and phone. */
  HttpResponse<String> register(String idNumber, String phone)
      throws IOException, InterruptedException {
    Map<String, Object> form = CaseLifecycleScenario.hotlineForm("34132419850101000");
    form.put("idNumber", idNumber);
    form.put("phone", phone);
    return send("POST", "/api/cases", JSON.writeValueAsString(form));
  }

  /** The case number of a 201, null for any other answer. */
  static String caseNumber(HttpResponse<String> response) throws IOException {
    return response.statusCode() == 201
        ? JSON.readTree(response.body()).get("caseNumber").asText()
        : null;
  }

  static JsonNode body(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json");
    request.method(method, body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
