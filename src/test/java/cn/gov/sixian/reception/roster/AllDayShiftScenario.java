package cn.gov.sixian.reception.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import cn.gov.sixian.reception.it.TestMailServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Shifts of an all-day reception period over the Qingming holiday (清明节, 2026-04-04 to 04-06,
 * period 04-03 to 04-06), default shifts 白班 08:00–20:00 and 夜班 20:00–08:00: the roster takes a
 * night shift on a holiday and refuses one on an ordinary working day; the night shift belongs to
 * its evening past midnight, for who is on now, check-in and the missed check-in warning; reminders
 * go out on the period's days off while the limits keep counting working days. Run on H2 and
 * PostgreSQL (see the subclasses).
 */
abstract class AllDayShiftScenario {

  static final String PASSWORD = "Duty#Shift-2026";
  static final String CENTER = "sh-dengji";
  static final String DAY = "sh-gaj-day";
  static final String NIGHT = "sh-gaj-night";
  static final String NEXT_NIGHT = "sh-gaj-night2";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterWatch watch;
  @Autowired Shifts shifts;
  @Autowired WorkingDayCalendar calendar;
  @LocalServerPort int port;

  @BeforeEach
  void qingmingPeriod() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, CENTER, "registration-staff", PASSWORD);
    for (String user : List.of(DAY, NIGHT, NEXT_NIGHT)) {
      TestUsers.ensure(identityService, user, "unit-gaj", PASSWORD);
    }
    clear();
    jdbc.update("INSERT INTO all_day_reception (id, starts_on, ends_on, reason, opened_by, opened_at)"
        + " VALUES ('shift-period', ?, ?, '清明节期间', 'test', CURRENT_TIMESTAMP)",
        java.sql.Date.valueOf("2026-04-03"), java.sql.Date.valueOf("2026-04-06"));
    clock(2, 10, 0);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    clear();
    for (String user : List.of(CENTER, DAY, NIGHT, NEXT_NIGHT)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void theRosterTakesShiftsInThePeriodOnlyAndNobodyTwiceADay() throws Exception {
    assertThat(put("2026-04-05", "day", DAY).statusCode()).isEqualTo(200);
    assertThat(put("2026-04-05", "%E5%A4%9C%E7%8F%AD", NIGHT).statusCode()).isEqualTo(200); // 夜班
    assertThat(put("2026-04-06", "day", NIGHT).statusCode()).isEqualTo(200);

    assertThat(message(put("2026-04-05", "night", DAY)))
        .contains("「" + DAY + "」同时安排在县公安局和县公安局（夜班）").contains("只能在一个岗位值一个班");
    assertThat(message(put("2026-04-02", "night", DAY)))
        .contains("2026-04-02（工作日）只安排一个值班班次；「夜班」只在全天候联合接访期间安排");
    assertThat(message(put("2026-04-05", "noon", DAY))).contains("未知班次「noon」（班次须为白班、夜班之一）");
    assertThat(message(put("2026-04-08", "night", DAY))).contains("只在全天候联合接访期间安排");

    JsonNode day = body(as(CENTER).get("/api/roster?from=2026-04-05&to=2026-04-05")).at("/days/0");
    assertThat(day.get("allDay").asBoolean()).isTrue();
    assertThat(field(day.get("shifts"), "name")).containsExactly("白班", "夜班");
    assertThat(field(day.get("shifts"), "hours")).containsExactly("08:00–20:00", "20:00–次日08:00");
    assertThat(day.at("/shifts/1/duty/gaj/userId").asText()).isEqualTo(NIGHT);
    assertThat(day.at("/duty/gaj/userId").asText()).isEqualTo(DAY);
    JsonNode ordinary = body(as(CENTER).get("/api/roster?from=2026-04-07&to=2026-04-07")).at("/days/0");
    assertThat(field(ordinary.get("shifts"), "code")).containsExactly("day");
    assertThat(ordinary.get("allDay").asBoolean()).isFalse();

    // the gaps name the empty shifts
    assertThat(body(as(CENTER).get("/api/roster?from=2026-04-06&to=2026-04-06")).at("/gaps/0/posts")
        .toString()).contains("\"县公安局（夜班）\"").doesNotContain("\"县公安局\"");

    // a file planned in a spreadsheet names the shift in a fourth column
    byte[] file = ("日期,岗位,人员,班次\n2026-04-04,县公安局," + DAY + ",白班\n2026-04-04,gaj," + NIGHT
        + ",夜班\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(as(CENTER).csv(file).statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForList("SELECT shift || ':' || user_id FROM duty_roster WHERE duty_date = ?"
        + " ORDER BY shift", String.class, java.sql.Date.valueOf("2026-04-04")))
        .containsExactly("day:" + DAY, "night:" + NIGHT);
  }

  @Test
  void theNightShiftIsOnPastMidnightForAssignmentCheckInAndWarnings() throws Exception {
    put("2026-04-05", "day", DAY);
    put("2026-04-05", "night", NIGHT);
    put("2026-04-06", "day", NIGHT);
    put("2026-04-06", "night", NEXT_NIGHT);

    assertThat(onNow(5, 14, 0)).isEqualTo("2026-04-05/day");
    assertThat(onNow(5, 20, 0)).isEqualTo("2026-04-05/night");
    assertThat(onNow(6, 2, 30)).isEqualTo("2026-04-05/night");
    assertThat(onNow(6, 8, 0)).isEqualTo("2026-04-06/day");
    // the night after the period's last day still belongs to it; the next working day is one shift
    assertThat(onNow(7, 7, 59)).isEqualTo("2026-04-06/night");
    assertThat(onNow(7, 8, 0)).isEqualTo("2026-04-07/day");
    assertThat(onNow(7, 23, 0)).isEqualTo("2026-04-07/day");
    // early on the period's first day nobody is on the night before: the day's first shift
    assertThat(onNow(3, 3, 0)).isEqualTo("2026-04-03/day");

    // 今日值班 at 02:30 lists last evening's night shift first, as the shift on now
    clock(6, 2, 30);
    JsonNode today = body(as(NIGHT).get("/api/roster/today"));
    assertThat(today.at("/duty/0/userId").asText()).isEqualTo(NIGHT);
    assertThat(today.at("/duty/0/shiftName").asText()).isEqualTo("夜班");
    assertThat(today.at("/duty/0/current").asBoolean()).isTrue();
    assertThat(today.at("/myCheckIn/shiftName").asText()).isEqualTo("夜班");

    // the night person checks in for the 5th's night at 20:40: on time (by 21:00)
    clock(5, 20, 40);
    JsonNode done = body(as(NIGHT).json("POST", "/api/roster/check-in", null));
    assertThat(done.get("date").asText()).isEqualTo("2026-04-05");
    assertThat(done.get("shiftName").asText()).isEqualTo("夜班");
    assertThat(done.get("onTime").asBoolean()).isTrue();
    // the day person never checked in: told once the day shift's 09:00 had passed
    assertThat(watch.warnOfMissedCheckIns()).isEqualTo(1);
    assertThat(told()).containsExactly("missed-check-in:2026-04-05:" + DAY);

    // the 6th: the night person of the 6th has till 21:00
    clock(6, 20, 55);
    assertThat(as(NIGHT).json("POST", "/api/roster/check-in", null).statusCode()).isEqualTo(200);
    watch.warnOfMissedCheckIns();
    assertThat(told()).doesNotContain("missed-check-in:2026-04-06:" + NEXT_NIGHT);
    clock(6, 21, 5);
    watch.warnOfMissedCheckIns();
    assertThat(told()).contains("missed-check-in:2026-04-06:" + NEXT_NIGHT);
    List<MimeMessage> mails = TestMailServer.awaitMessagesAbout("未签到：2026-04-06（清明节） 县公安局（夜班）");
    assertThat(mails).isNotEmpty();
    assertThat(mails.get(0).getContent().toString()).contains("截至21:00尚未签到");

    // the night person of the 6th checking in after midnight is late for the 6th
    clock(7, 0, 30);
    JsonNode late = body(as(NEXT_NIGHT).json("POST", "/api/roster/check-in", null));
    assertThat(late.get("date").asText()).isEqualTo("2026-04-06");
    assertThat(late.get("onTime").asBoolean()).isFalse();
  }

  @Test
  void remindersGoOutOnThePeriodsDaysOffWhileTheLimitsCountWorkingDays() {
    // a deadline on Tuesday the 7th: reminded on Monday the 6th (清明节, in the period), not Friday
    Date deadline = calendar.atOfficeClose(LocalDate.of(2026, 4, 7));
    assertThat(calendar.reminderBefore(deadline)).isEqualTo(at(6, 8, 30));
    assertThat(calendar.reminderDaysBefore(calendar.atOfficeClose(LocalDate.of(2026, 4, 8)), 3))
        .isEqualTo(at(5, 8, 30));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 3), 1)).isEqualTo("2026-04-07");
    // without the period, the working day before
    jdbc.update("DELETE FROM all_day_reception");
    assertThat(calendar.reminderBefore(deadline)).isEqualTo(at(3, 8, 30));
  }

  private String onNow(int day, int hour, int minute) {
    Shift shift = shifts.at(LocalDateTime.of(2026, 4, day, hour, minute).atZone(ZONE).toInstant())
        .orElseThrow();
    return shift.date() + "/" + shift.code();
  }

  private static List<String> field(JsonNode array, String name) {
    List<String> values = new java.util.ArrayList<>();
    array.forEach(element -> values.add(element.get(name).asText()));
    return values;
  }

  private List<String> told() {
    return jdbc.queryForList("SELECT reference FROM sent_notification WHERE kind = 'MISSED_CHECK_IN'"
        + " ORDER BY reference", String.class);
  }

  private void clear() {
    jdbc.update("DELETE FROM all_day_reception");
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM duty_check_in");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'MISSED_CHECK_IN'");
  }

  private HttpResponse<String> put(String date, String shift, String user) throws Exception {
    return as(CENTER).json("PUT", "/api/roster/" + date + "/gaj?shift=" + shift,
        "{\"userId\":\"" + user + "\"}");
  }

  private RosterHttp as(String user) {
    return new RosterHttp(port, user, PASSWORD);
  }

  private static Date at(int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(2026, 4, day, hour, minute).atZone(ZONE).toInstant());
  }

  private static void clock(int day, int hour, int minute) {
    ClockUtil.setCurrentTime(at(day, hour, minute));
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String message(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return JSON.readTree(response.body()).get("message").asText();
  }
}
