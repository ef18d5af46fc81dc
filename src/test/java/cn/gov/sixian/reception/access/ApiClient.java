package cn.gov.sixian.reception.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A plain HTTP client for the access tests: HTTP Basic or a webapp login session with its cookies,
 * exactly as a browser or another system sends them.
 */
final class ApiClient {

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String basic;
  private String forwardedFor;

  private ApiClient(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  static ApiClient anonymous(int port) {
    return new ApiClient(port);
  }

  static ApiClient basic(int port, String user, String password) {
    ApiClient client = new ApiClient(port);
    client.basic = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client;
  }

  /** Logs in to a webapp as the login page does; the session cookie is kept for later calls. */
  static ApiClient webappSession(int port, String app, String user, String password)
      throws IOException, InterruptedException {
    ApiClient client = new ApiClient(port);
    HttpResponse<String> login = client.webappLogin(app, user, password);
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login as " + user + " failed: " + login.statusCode());
    }
    // the login starts a new session: its CSRF token comes with the next page, as in a browser
    client.get("/camunda/app/" + app + "/default/");
    return client;
  }

  /** True for a webapp login session, false for HTTP Basic. */
  boolean usesSession() {
    return basic == null;
  }

  /**
   * Sends the following requests as if from this client address: the test profile trusts the
   * local proxy's X-Forwarded-For ({@code server.forward-headers-strategy: native}).
   */
  ApiClient from(String clientAddress) {
    this.forwardedFor = clientAddress;
    return this;
  }

  /** One attempt at the webapps' login form, with the CSRF token the login page would send. */
  HttpResponse<String> webappLogin(String app, String user, String password)
      throws IOException, InterruptedException {
    get("/camunda/app/" + app + "/default/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, last) -> last).orElse("");
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> postJson(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  /**
   * Any method with an optional JSON body; a webapp session sends its CSRF token on changes, as
   * Tasklist does.
   */
  HttpResponse<String> request(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (basic == null && !method.equals("GET")) {
      request.header("X-XSRF-TOKEN", xsrfToken());
    }
    return send(request);
  }

  /** A GET whose answer is read as bytes (a downloaded file). */
  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    authenticate(request);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A POST of a ready multipart/form-data body; a webapp session sends its CSRF token. */
  HttpResponse<String> postMultipart(String path, String boundary, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (basic == null) {
      request.header("X-XSRF-TOKEN", xsrfToken());
    }
    return send(request);
  }

  /** The same, sent chunked (no Content-Length): only the reading itself can bound it. */
  HttpResponse<String> postMultipartChunked(String path, String boundary, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)));
    return send(request);
  }

  private void authenticate(HttpRequest.Builder request) {
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
