package cn.gov.sixian.reception.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A Tasklist login session, calling the webapps' engine API as the browser does. */
final class Tasklist {

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  private Tasklist(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in with the demo password, as Tasklist's login page does. */
  static Tasklist login(int port, String user) throws IOException, InterruptedException {
    Tasklist tasklist = new Tasklist(port);
    tasklist.send(HttpRequest.newBuilder(URI.create(tasklist.base + "/camunda/app/tasklist/default/")));
    HttpResponse<String> login = tasklist.send(HttpRequest.newBuilder(
            URI.create(tasklist.base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", tasklist.xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login as " + user + " failed: " + login.statusCode());
    }
    // the login gives the session a new CSRF token, sent with the next page
    tasklist.send(HttpRequest.newBuilder(URI.create(tasklist.base + "/camunda/app/tasklist/default/")));
    return tasklist;
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, last) -> last).orElse("");
  }
}
