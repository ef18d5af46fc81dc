package cn.gov.sixian.reception.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The calendar questions over HTTP say which days come from a provisional year. */
class CalendarApiTest extends H2ApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDayOfAProvisionalYearSaysSo() throws Exception {
    JsonNode eve = get("/api/calendar/days/2027-02-05");
    assertThat(eve.path("kind").asText()).isEqualTo("HOLIDAY");
    assertThat(eve.path("name").asText()).isEqualTo("春节");
    assertThat(eve.path("workingDay").asBoolean()).isFalse();
    assertThat(eve.path("dataAvailable").asBoolean()).isFalse();
    assertThat(eve.path("provisional").asBoolean()).isTrue();

    JsonNode official = get("/api/calendar/days/2026-02-16");
    assertThat(official.path("dataAvailable").asBoolean()).isTrue();
    assertThat(official.path("provisional").asBoolean()).isFalse();
  }

  @Test
  void aDeadlineCountedIntoAProvisionalYearSaysSo() throws Exception {
    JsonNode deadline = get("/api/calendar/deadline?from=2026-12-30&workingDays=26");
    // 2027: 元旦 and 5–8 February off, weekends off, no make-up days
    assertThat(deadline.path("deadline").asText()).isEqualTo("2027-02-09");
    assertThat(deadline.path("dataAvailable").asBoolean()).isFalse();
    assertThat(deadline.path("provisional").asBoolean()).isTrue();

    JsonNode official = get("/api/calendar/deadline?from=2026-09-30&workingDays=3");
    assertThat(official.path("dataAvailable").asBoolean()).isTrue();
    assertThat(official.path("provisional").asBoolean()).isFalse();
  }

  @Test
  void theYearsListTheProvisionalYearWithItsNotice() throws Exception {
    ClockUtil.setCurrentTime(Date.from(
        ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant()));
    JsonNode years = get("/api/calendar/years");
    assertThat(years.path("covered").toString()).contains("2026").doesNotContain("2027");
    assertThat(years.path("missing").toString()).isEqualTo("[2027]");
    assertThat(years.path("provisional").toString()).isEqualTo("[2027]");
    assertThat(years.path("notices").get(0).asText())
        .isEqualTo("2027年为暂定日历：仅含法定节假日，未含调休安排，待国务院办公厅通知发布后导入。");
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
