package cn.gov.sixian.reception.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The requests Chromium made, read from its DevTools performance log ({@code goog:loggingPrefs},
 * see {@link Browser#open(int, boolean)}): every answer of the application with its status, and
 * every request that failed without one. Each {@link #drain} returns what happened since the last.
 */
final class NetworkLog {

  /** One finished request to the application: status 0 means it failed without an answer. */
  record Exchange(String method, String url, int status, String error) {
    boolean failed() {
      return status >= 400 || status == 0;
    }

    @Override
    public String toString() {
      return method + " " + url + " → " + (status == 0 ? error : String.valueOf(status));
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebDriver driver;
  private final String origin;
  private final Map<String, String[]> sent = new HashMap<>();

  NetworkLog(WebDriver driver, String origin) {
    this.driver = driver;
    this.origin = origin;
  }

  /** The application's answers and failures logged since the previous call. */
  List<Exchange> drain() {
    List<Exchange> done = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      read(entry.getMessage(), done);
    }
    return done;
  }

  private void read(String message, List<Exchange> done) {
    JsonNode event;
    try {
      event = JSON.readTree(message).path("message");
    } catch (Exception unreadable) {
      return;
    }
    JsonNode params = event.path("params");
    String id = params.path("requestId").asText();
    switch (event.path("method").asText()) {
      case "Network.requestWillBeSent" -> sent.put(id, new String[] {
          params.path("request").path("method").asText(), params.path("request").path("url").asText()});
      case "Network.responseReceived" -> {
        String url = params.path("response").path("url").asText();
        if (url.startsWith(origin)) {
          String[] request = sent.getOrDefault(id, new String[] {"GET", url});
          done.add(new Exchange(request[0], strip(url), params.path("response").path("status").asInt(), ""));
        }
      }
      case "Network.loadingFailed" -> {
        String[] request = sent.get(id);
        // a request the page itself dropped (navigation away) is not a failure of the server
        if (request != null && request[1].startsWith(origin) && !params.path("canceled").asBoolean()) {
          done.add(new Exchange(request[0], strip(request[1]), 0, params.path("errorText").asText()));
        }
      }
      default -> { }
    }
  }

  private String strip(String url) {
    return url.substring(origin.length());
  }
}
