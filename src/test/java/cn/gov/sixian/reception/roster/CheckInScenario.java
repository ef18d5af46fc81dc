package cn.gov.sixian.reception.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * 签到 on the engine clock, Monday 2026-09-21 and Tuesday the 22nd, check-in by 09:00: only the
 * person on duty today checks in, once, at the server's time; nobody checked in by 09:00 is told
 * to the deputy director once; attendance by post in 统计分析 and the monthly report, a unit
 * seeing its own window only. Run on H2 and PostgreSQL (see the subclasses).
 */
abstract class CheckInScenario {

  static final String PASSWORD = "Duty#CheckIn-2026";
  static final String GAJ = "ci-gaj";
  static final String RSJ = "ci-rsj";
  static final String OTHER = "ci-gaj2";
  static final String SUPERVISOR = "ci-ducha";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterWatch watch;
  @LocalServerPort int port;

  @BeforeEach
  void rosterOfTwoDays() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, GAJ, "unit-gaj", PASSWORD);
    TestUsers.ensure(identityService, OTHER, "unit-gaj", PASSWORD);
    TestUsers.ensure(identityService, RSJ, "unit-rsj", PASSWORD);
    TestUsers.ensure(identityService, SUPERVISOR, "supervisors", PASSWORD);
    clear();
    for (String day : List.of("2026-09-21", "2026-09-22")) {
      onDuty(day, "gaj", GAJ);
      onDuty(day, "rsj", RSJ);
    }
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    clear();
    for (String user : List.of(GAJ, OTHER, RSJ, SUPERVISOR)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void onlyThePersonOnDutyChecksInOnceAtTheServersTime() throws Exception {
    clock(21, 8, 41);
    HttpResponse<String> notOnDuty = as(OTHER).json("POST", "/api/roster/check-in", null);
    assertThat(notOnDuty.statusCode()).isEqualTo(403);
    assertThat(message(notOnDuty)).contains("不在值班表上").contains("只有今日值班人员可以签到");
    assertThat(checkIns()).isZero();

    JsonNode before = body(as(GAJ).get("/api/roster/today"));
    assertThat(before.at("/myCheckIn/post").asText()).isEqualTo("gaj");
    assertThat(before.at("/myCheckIn/by").asText()).isEqualTo("09:00");
    assertThat(before.at("/myCheckIn/done").isNull()).isTrue();
    assertThat(body(as(OTHER).get("/api/roster/today")).get("myCheckIn").isNull()).isTrue();

    JsonNode done = body(as(GAJ).json("POST", "/api/roster/check-in", "{\"at\":\"07:00\"}"));
    assertThat(done.get("time").asText()).isEqualTo("08:41");
    assertThat(done.get("onTime").asBoolean()).isTrue();
    assertThat(done.get("postName").asText()).isEqualTo("县公安局");

    clock(21, 8, 55);
    HttpResponse<String> again = as(GAJ).json("POST", "/api/roster/check-in", null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(message(again)).contains("您今天已于08:41签到");
    assertThat(checkIns()).isOne();
    assertThat(body(as(GAJ).get("/api/roster/today")).at("/myCheckIn/done/time").asText())
        .isEqualTo("08:41");
  }

  @Test
  void nobodyCheckedInByNineIsToldOnceAndAttendanceIsCounted() throws Exception {
    clock(21, 8, 50);
    assertThat(as(GAJ).json("POST", "/api/roster/check-in", null).statusCode()).isEqualTo(200);
    assertThat(watch.warnOfMissedCheckIns()).isZero();
    clock(21, 9, 5);
    assertThat(watch.warnOfMissedCheckIns()).isEqualTo(1);
    watch.warnOfMissedCheckIns();
    assertThat(jdbc.queryForList("SELECT reference FROM sent_notification WHERE kind = 'MISSED_CHECK_IN'"
        + " AND recipient = 'jfzx-fuzhuren@sixian.gov.cn'", String.class))
        .containsExactly("missed-check-in:2026-09-21:" + RSJ);

    // Tuesday: gaj late, rsj on time
    clock(22, 8, 30);
    assertThat(as(RSJ).json("POST", "/api/roster/check-in", null).statusCode()).isEqualTo(200);
    clock(22, 9, 20);
    JsonNode late = body(as(GAJ).json("POST", "/api/roster/check-in", null));
    assertThat(late.get("onTime").asBoolean()).isFalse();

    JsonNode all = body(as(SUPERVISOR).get("/api/statistics?from=2026-09-01&to=2026-09-30"));
    assertThat(all.get("attendance").toString()).isEqualTo("[" 
        + "{\"post\":\"gaj\",\"postName\":\"县公安局\",\"unitCode\":\"gaj\",\"dutyDays\":2,\"onTime\":1,\"late\":1,\"missed\":0},"
        + "{\"post\":\"rsj\",\"postName\":\"县人社局\",\"unitCode\":\"rsj\",\"dutyDays\":2,\"onTime\":1,\"late\":0,\"missed\":1}]");
    JsonNode unit = body(as(RSJ).get("/api/statistics?from=2026-09-01&to=2026-09-30"));
    assertThat(unit.get("attendance").findValuesAsText("post")).containsExactly("rsj");

    HttpResponse<String> monthly = as(SUPERVISOR).get("/api/reports/monthly?month=2026-09");
    assertThat(monthly.statusCode()).isEqualTo(200);
    assertThat(monthly.body()).contains("七、值班签到").contains("本月值班4人次，按时签到2人次，迟到1人次，未签到1人次")
        .contains("<td>县人社局</td><td class=\"num\">2</td><td class=\"num\">1</td>"
            + "<td class=\"num\">0</td><td class=\"num\">1</td>");
  }

  private void clear() {
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM duty_check_in");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'MISSED_CHECK_IN'");
  }

  private int checkIns() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM duty_check_in", Integer.class);
  }

  private void onDuty(String date, String post, String user) {
    jdbc.update("INSERT INTO duty_roster (duty_date, post, user_id, updated_by, updated_at)"
            + " VALUES (?, ?, ?, 'test', ?)", java.sql.Date.valueOf(date), post, user,
        new Timestamp(System.currentTimeMillis()));
  }

  private static void clock(int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.of(2026, 9, day, hour, minute).atZone(ZONE).toInstant()));
  }

  private RosterHttp as(String user) {
    return new RosterHttp(port, user, PASSWORD);
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).get("message").asText();
  }
}
