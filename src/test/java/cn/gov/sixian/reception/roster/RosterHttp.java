package cn.gov.sixian.reception.roster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic calls to the roster API as one user, exactly as another system would send them. */
final class RosterHttp {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String base;
  private final String authorization;

  RosterHttp(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> json(String method, String path, String json)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> csv(byte[] file) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/roster/import"))
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    request.header("Authorization", authorization);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
