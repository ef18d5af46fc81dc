package cn.gov.sixian.reception.allday;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.roster.RosterWatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 全天候联合接访 for the national sessions, on the engine clock from Tuesday 2026-03-03: only the
 * director opens and closes it; while it is in force the roster takes weekends, the gap warning
 * covers them and everyone reads the period for the banner; the working-day calendar, and so the
 * statutory limits, stay as they are. Run on H2 and PostgreSQL (see the subclasses).
 */
abstract class AllDayScenario {

  static final String PASSWORD = "All#Day-2026";
  static final String DIRECTOR = "ad-zhuren";
  static final String DEPUTY = "ad-fuzhuren";
  static final String CENTER = "ad-dengji";
  static final String GAJ = "ad-gaj";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterWatch watch;
  @Autowired WorkingDayCalendar calendar;
  @LocalServerPort int port;

  @BeforeEach
  void people() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, DIRECTOR, "center-director", PASSWORD);
    TestUsers.ensure(identityService, DEPUTY, "deputy-director", PASSWORD);
    TestUsers.ensure(identityService, CENTER, "registration-staff", PASSWORD);
    TestUsers.ensure(identityService, GAJ, "unit-gaj", PASSWORD);
    clear();
    clock(3, 10);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    clear();
    for (String user : List.of(DIRECTOR, DEPUTY, CENTER, GAJ)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void theDirectorOpensAPeriodTheRosterCoversItsWeekendAndTheDirectorClosesItEarly()
      throws Exception {
    String lianghui = "{\"from\":\"2026-03-04\",\"to\":\"2026-03-15\",\"reason\":\"全国两会\"}";
    // without it, a Saturday has no duty
    assertThat(message(put(CENTER, "2026-03-07", "gaj", GAJ))).contains("2026-03-07（周末）不是工作日");
    for (String other : List.of(DEPUTY, CENTER, GAJ)) {
      HttpResponse<String> refused = call(other, "POST", "/api/all-day-reception", lianghui);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(message(refused)).isEqualTo(AllDayReception.DIRECTOR_ONLY);
    }
    assertThat(periods()).isZero();
    assertThat(message(call(DIRECTOR, "POST", "/api/all-day-reception",
        "{\"from\":\"2026-03-02\",\"to\":\"2026-03-15\",\"reason\":\"全国两会\"}"))).contains("已过去");
    assertThat(message(call(DIRECTOR, "POST", "/api/all-day-reception",
        "{\"from\":\"2026-03-04\",\"to\":\"2026-03-15\",\"reason\":\" \"}"))).contains("请填写启动原因");

    JsonNode opened = body(call(DIRECTOR, "POST", "/api/all-day-reception", lianghui));
    String id = opened.get("id").asText();
    assertThat(opened.get("reason").asText()).isEqualTo("全国两会");
    assertThat(message(call(DIRECTOR, "POST", "/api/all-day-reception",
        "{\"from\":\"2026-03-10\",\"to\":\"2026-03-20\",\"reason\":\"复核\"}"))).contains("重叠");
    // not in force yet: no banner, but planned
    JsonNode before = body(call(GAJ, "GET", "/api/all-day-reception", null));
    assertThat(before.get("current").isNull()).isTrue();
    assertThat(before.get("periods").findValuesAsText("id")).containsExactly(id);

    // the weekend takes duty now, and its gaps are told
    assertThat(put(CENTER, "2026-03-07", "gaj", GAJ).statusCode()).isEqualTo(200);
    clock(5, 10);
    watch.warnOfGaps();
    assertThat(jdbc.queryForList("SELECT reference FROM sent_notification WHERE kind = 'ROSTER_GAP'",
        String.class)).anyMatch(r -> r.startsWith("roster-gap:2026-03-08:"))
        .anyMatch(r -> r.startsWith("roster-gap:2026-03-07:"));
    JsonNode saturdayGaps = body(call(CENTER, "GET", "/api/roster?from=2026-03-07&to=2026-03-07", null))
        .at("/gaps/0/posts");
    assertThat(saturdayGaps.toString()).contains("\"县公安局（夜班）\"").doesNotContain("\"县公安局\"");
    // the statutory limits keep counting working days
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo("2026-03-09");

    // Saturday: everyone sees the banner's period
    clock(7, 9);
    JsonNode during = body(call(GAJ, "GET", "/api/all-day-reception", null));
    assertThat(during.at("/current/reason").asText()).isEqualTo("全国两会");
    assertThat(during.at("/current/to").asText()).isEqualTo("2026-03-15");

    // closed early: today is no longer covered, Sunday has no duty again
    assertThat(call(DEPUTY, "POST", "/api/all-day-reception/" + id + "/close", null).statusCode())
        .isEqualTo(403);
    assertThat(body(call(DIRECTOR, "POST", "/api/all-day-reception/" + id + "/close", null))
        .get("closedOn").asText()).isEqualTo("2026-03-07");
    assertThat(body(call(GAJ, "GET", "/api/all-day-reception", null)).get("current").isNull()).isTrue();
    assertThat(message(put(CENTER, "2026-03-08", "gaj", GAJ))).contains("2026-03-08（周末）不是工作日");
    HttpResponse<String> again = call(DIRECTOR, "POST", "/api/all-day-reception/" + id + "/close", null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(message(again)).contains("已经结束");
  }

  private void clear() {
    jdbc.update("DELETE FROM all_day_reception");
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'ROSTER_GAP'");
  }

  private int periods() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM all_day_reception", Integer.class);
  }

  private HttpResponse<String> put(String user, String date, String post, String person)
      throws Exception {
    return call(user, "PUT", "/api/roster/" + date + "/" + post, "{\"userId\":\"" + person + "\"}");
  }

  private HttpResponse<String> call(String user, String method, String path, String json)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void clock(int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.of(2026, 3, day, hour, 0).atZone(ZONE).toInstant()));
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).get("message").asText();
  }
}
