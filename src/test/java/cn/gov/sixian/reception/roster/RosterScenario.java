package cn.gov.sixian.reception.roster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.process.ProcessKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The duty roster (值班表) over HTTP as the center and the units, on a clock set to Monday
 * 2026-09-21 (Mid-Autumn from Friday the 25th, National Day from Thursday 1 October): each rule
 * refused with its Chinese message and nothing saved; a unit edits its own window only; copy
 * last week, fill a month from a rotation, the CSV import; the gap warning to the deputy
 * director. Run on H2 and on PostgreSQL (see the subclasses).
 */
abstract class RosterScenario {

  static final String PASSWORD = "Duty#Roster-2026";
  static final String CENTER = "rs-dengji";
  static final String GAJ1 = "rs-gaj1";
  static final String GAJ2 = "rs-gaj2";
  static final String RSJ = "rs-rsj";
  static final String LAWYER = "rs-lvshi";
  static final String DEPUTY_EMAIL = "jfzx-fuzhuren@sixian.gov.cn";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired RosterWatch watch;
  @Autowired ManagementService managementService;
  @LocalServerPort int port;

  @BeforeEach
  void peopleAndAMonday() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, CENTER, "registration-staff", PASSWORD);
    TestUsers.ensure(identityService, GAJ1, "unit-gaj", PASSWORD);
    TestUsers.ensure(identityService, GAJ2, "unit-gaj", PASSWORD);
    TestUsers.ensure(identityService, RSJ, "unit-rsj", PASSWORD);
    TestUsers.ensure(identityService, LAWYER, "lawyers", PASSWORD);
    jdbc.update("DELETE FROM duty_roster");
    // the watch's own timer (every 15 minutes) would run beside the test's calls, seeing a roster
    // half written: the tests call the watch themselves
    managementService.suspendJobDefinitionByProcessDefinitionKey(ProcessKeys.ROSTER_WATCH, true);
    ClockUtil.setCurrentTime(at(2026, 9, 21, 8, 0));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    managementService.activateJobDefinitionByProcessDefinitionKey(ProcessKeys.ROSTER_WATCH, true);
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'ROSTER_GAP'");
    identityService.clearAuthentication();
    for (String user : List.of(CENTER, GAJ1, GAJ2, RSJ, LAWYER)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void theCenterPutsPeopleOnEveryPostAndEveryoneSeesToday() throws Exception {
    assertThat(put(CENTER, "2026-09-21", "gaj", GAJ1).statusCode()).isEqualTo(200);
    assertThat(put(CENTER, "2026-09-21", "lawyer", LAWYER).statusCode()).isEqualTo(200);
    assertThat(put(CENTER, "2026-09-22", "rsj", RSJ).statusCode()).isEqualTo(200);

    JsonNode week = body(as(RSJ).get("/api/roster?from=2026-09-21&to=2026-09-27"));
    assertThat(week.at("/days/0/duty/gaj/userId").asText()).isEqualTo(GAJ1);
    assertThat(week.at("/days/0/duty/lawyer/userId").asText()).isEqualTo(LAWYER);
    assertThat(week.at("/days/1/duty/rsj/userId").asText()).isEqualTo(RSJ);
    assertThat(week.at("/days/5/dutyDay").asBoolean()).isFalse();
    // a unit may edit its own window only
    assertThat(posts(week)).containsEntry("rsj", true).containsEntry("gaj", false)
        .containsEntry("lawyer", false);

    JsonNode today = body(as(RSJ).get("/api/roster/today"));
    assertThat(today.get("date").asText()).isEqualTo("2026-09-21");
    assertThat(today.get("duty").findValuesAsText("userId")).containsExactly(GAJ1, LAWYER);
    assertThat(today.get("duty").findValuesAsText("postName")).containsExactly("县公安局", "值班律师");

    // a post cleared
    assertThat(as(CENTER).json("DELETE", "/api/roster/2026-09-22/rsj", null).statusCode())
        .isEqualTo(200);
    assertThat(saved()).containsOnlyKeys("2026-09-21/gaj", "2026-09-21/lawyer");
  }

  @Test
  void aUnitEditsItsOwnWindowOnlyAndIsRefusedInChineseElsewhere() throws Exception {
    assertThat(put(GAJ2, "2026-09-22", "gaj", GAJ1).statusCode()).isEqualTo(200);
    HttpResponse<String> otherUnit = put(GAJ1, "2026-09-22", "rsj", RSJ);
    assertThat(otherUnit.statusCode()).isEqualTo(403);
    assertThat(message(otherUnit)).contains("无权修改县人社局的值班安排");
    HttpResponse<String> lawyer = put(GAJ1, "2026-09-22", "lawyer", LAWYER);
    assertThat(lawyer.statusCode()).isEqualTo(403);
    assertThat(message(lawyer)).contains("由来访接待中心安排");
    assertThat(as(RSJ).json("DELETE", "/api/roster/2026-09-22/gaj", null).statusCode())
        .isEqualTo(403);
    assertThat(saved()).containsExactly(Map.entry("2026-09-22/gaj", GAJ1));
  }

  @Test
  void everyRuleIsCheckedWithAChineseMessageAndNothingSaved() throws Exception {
    HttpResponse<String> outsider = put(CENTER, "2026-09-22", "gaj", RSJ);
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(message(outsider)).contains("「rs-rsj」不是县公安局联合接访窗口的人员");
    HttpResponse<String> notALawyer = put(CENTER, "2026-09-22", "lawyer", GAJ1);
    assertThat(message(notALawyer)).contains("不是值班律师");
    HttpResponse<String> holiday = put(CENTER, "2026-10-01", "gaj", GAJ1);
    assertThat(holiday.statusCode()).isEqualTo(400);
    assertThat(message(holiday)).contains("2026-10-01（国庆节）不是工作日");
    HttpResponse<String> weekend = put(CENTER, "2026-10-11", "gaj", GAJ1);
    assertThat(message(weekend)).contains("2026-10-11（周末）不是工作日");
    HttpResponse<String> past = put(CENTER, "2026-09-18", "gaj", GAJ1);
    assertThat(message(past)).contains("2026-09-18已过去");
    HttpResponse<String> unknownPost = put(CENTER, "2026-09-22", "jyj", GAJ1);
    assertThat(unknownPost.statusCode()).isEqualTo(400);
    assertThat(message(unknownPost)).contains("未知岗位「jyj」");
    // one person on two posts the same day
    TestUsers.ensure(identityService, GAJ1, "unit-gaj", PASSWORD);
    identityService.createMembership(GAJ1, "lawyers");
    try {
      assertThat(put(CENTER, "2026-09-22", "gaj", GAJ1).statusCode()).isEqualTo(200);
      HttpResponse<String> twice = put(CENTER, "2026-09-22", "lawyer", GAJ1);
      assertThat(twice.statusCode()).isEqualTo(400);
      assertThat(message(twice)).contains("「rs-gaj1」同时安排在县公安局和值班律师");
    } finally {
      identityService.deleteMembership(GAJ1, "lawyers");
    }
    assertThat(saved()).containsExactly(Map.entry("2026-09-22/gaj", GAJ1));
  }

  @Test
  void lastWeekIsCopiedSkippingTheHolidayAndAMonthFilledFromARotation() throws Exception {
    for (String day : List.of("2026-09-21", "2026-09-22", "2026-09-23", "2026-09-24")) {
      assertThat(put(CENTER, day, "gaj", day.endsWith("2") || day.endsWith("4") ? GAJ2 : GAJ1)
          .statusCode()).isEqualTo(200);
      assertThat(put(CENTER, day, "rsj", RSJ).statusCode()).isEqualTo(200);
    }
    // the unit copies its own rows only; 1 October is a holiday, so three days come over
    HttpResponse<String> copied = as(GAJ1).json("POST", "/api/roster/copy-week",
        "{\"week\":\"2026-09-28\"}");
    assertThat(copied.statusCode()).as(copied.body()).isEqualTo(200);
    assertThat(body(copied).get("saved").asInt()).isEqualTo(3);
    assertThat(saved()).containsEntry("2026-09-28/gaj", GAJ1).containsEntry("2026-09-29/gaj", GAJ2)
        .containsEntry("2026-09-30/gaj", GAJ1).doesNotContainKeys("2026-10-01/gaj", "2026-09-28/rsj");
    assertThat(message(as(CENTER).json("POST", "/api/roster/copy-week", "{\"week\":\"2026-09-29\"}")))
        .contains("须为一周的星期一");

    // October from a rotation: 18 working days (10 October is a make-up working day)
    HttpResponse<String> filled = as(CENTER).json("POST", "/api/roster/rotation",
        "{\"month\":\"2026-10\",\"post\":\"gaj\",\"people\":[\"" + GAJ1 + "\",\"" + GAJ2 + "\"]}");
    assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
    assertThat(body(filled).get("saved").asInt()).isEqualTo(18);
    Map<String, String> roster = saved();
    assertThat(roster).containsEntry("2026-10-08/gaj", GAJ1).containsEntry("2026-10-09/gaj", GAJ2)
        .containsEntry("2026-10-10/gaj", GAJ1).containsEntry("2026-10-12/gaj", GAJ2)
        .doesNotContainKeys("2026-10-01/gaj", "2026-10-11/gaj");
    HttpResponse<String> other = as(RSJ).json("POST", "/api/roster/rotation",
        "{\"month\":\"2026-11\",\"post\":\"gaj\",\"people\":[\"" + GAJ1 + "\"]}");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(saved()).isEqualTo(roster);
  }

  @Test
  void aPlannedFileIsImportedWholeOrRefusedWithEveryProblem() throws Exception {
    String good = "日期,岗位,人员\n2026-09-22,县公安局,rs-gaj1\n2026/9/23,gaj,rs-gaj2\n"
        + "2026-09-22,rsj,rs-rsj\n2026-09-22,值班律师,rs-lvshi\n";
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        good.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> imported = as(CENTER).csv(withBom);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(body(imported).get("saved").asInt()).isEqualTo(4);
    assertThat(saved()).containsOnly(Map.entry("2026-09-22/gaj", GAJ1),
        Map.entry("2026-09-23/gaj", GAJ2), Map.entry("2026-09-22/rsj", RSJ),
        Map.entry("2026-09-22/lawyer", LAWYER));
    Map<String, String> before = saved();

    // a unit's file with another unit's row
    HttpResponse<String> wrongUnit = as(GAJ1).csv(
        "日期,岗位,人员\n2026-09-24,gaj,rs-gaj1\n2026-09-24,县人社局,rs-rsj\n".getBytes(StandardCharsets.UTF_8));
    assertThat(wrongUnit.statusCode()).isEqualTo(403);
    assertThat(message(wrongUnit)).startsWith("第3行：无权修改县人社局的值班安排");
    // an unknown person and a day off, every problem named by its line
    HttpResponse<String> unknown = as(CENTER).csv(
        "日期,岗位,人员\n2026-09-24,gaj,nobody\n2026-10-11,gaj,rs-gaj1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(message(unknown)).contains("第2行：「nobody」不是县公安局联合接访窗口的人员")
        .contains("第3行：2026-10-11（周末）不是工作日");
    // wrong dates
    HttpResponse<String> dates = as(CENTER).csv(
        "日期,岗位,人员\n2026-09-31,gaj,rs-gaj1\n明天,gaj,rs-gaj2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(dates.statusCode()).isEqualTo(400);
    assertThat(message(dates)).contains("第2行：日期「2026-09-31」无效").contains("第3行：日期「明天」无效");
    // saved by Excel as 「CSV（逗号分隔）」 on a Chinese Windows: GBK
    HttpResponse<String> gbk = as(CENTER).csv(good.getBytes(Charset.forName("GBK")));
    assertThat(gbk.statusCode()).isEqualTo(400);
    assertThat(message(gbk)).contains("文件不是UTF-8编码").contains("CSV UTF-8");
    HttpResponse<String> header = as(CENTER).csv("a,b,c\n".getBytes(StandardCharsets.UTF_8));
    assertThat(message(header)).contains("第1行须为表头「日期,岗位,人员」");
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void gapsOfTheComingWeekAreToldToTheDeputyDirectorOnce() throws Exception {
    // next week every window and the lawyer are filled on the 28th only
    List<String> windows = List.of("gaj", "zjj", "zrzyj", "fwzs", "fgzx", "jtj", "nyncj", "rsj");
    for (String unit : windows) {
      String person = "rs-" + unit;
      TestUsers.ensure(identityService, person, "unit-" + unit, PASSWORD);
      assertThat(put(CENTER, "2026-09-28", unit, person).statusCode()).isEqualTo(200);
    }
    assertThat(put(CENTER, "2026-09-28", "lawyer", LAWYER).statusCode()).isEqualTo(200);
    try {
      // today is Monday the 21st: the coming week's duty days are the 22nd to the 24th (the
      // Mid-Autumn holiday follows) and the 28th
      assertThat(watch.warnOfGaps()).isEqualTo(3);
      List<String> told = jdbc.queryForList("SELECT reference FROM sent_notification"
          + " WHERE kind = 'ROSTER_GAP' AND recipient = ? ORDER BY reference", String.class,
          DEPUTY_EMAIL);
      assertThat(told).hasSize(3).noneMatch(r -> r.contains("2026-09-28"))
          .anyMatch(r -> r.startsWith("roster-gap:2026-09-22:gaj,zjj,"));
      // the next hour's check tells nothing again
      watch.warnOfGaps();
      assertThat(count()).isEqualTo(3);
      // a gap the 28th gets later is told
      assertThat(as(CENTER).json("DELETE", "/api/roster/2026-09-28/rsj", null).statusCode())
          .isEqualTo(200);
      watch.warnOfGaps();
      assertThat(count()).isEqualTo(4);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sent_notification WHERE kind = 'ROSTER_GAP'"
          + " AND reference = 'roster-gap:2026-09-28:rsj'", Integer.class)).isOne();
      JsonNode view = body(as(CENTER).get("/api/roster?from=2026-09-28&to=2026-10-04"));
      assertThat(view.at("/gaps/0/posts").toString()).isEqualTo("[\"县人社局\"]");
      assertThat(view.at("/gaps/0/dayText").asText()).isEqualTo("2026-09-28（工作日）");
    } finally {
      windows.forEach(unit -> identityService.deleteUser("rs-" + unit));
    }
  }

  private int count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM sent_notification WHERE kind = 'ROSTER_GAP'",
        Integer.class);
  }

  private RosterHttp as(String user) {
    return new RosterHttp(port, user, PASSWORD);
  }

  private HttpResponse<String> put(String user, String date, String post, String person)
      throws Exception {
    return as(user).json("PUT", "/api/roster/" + date + "/" + post,
        "{\"userId\":\"" + person + "\"}");
  }

  /** The saved roster as 「date/post」 → user, in date and post order. */
  private Map<String, String> saved() {
    Map<String, String> rows = new java.util.TreeMap<>();
    jdbc.query("SELECT duty_date, post, user_id FROM duty_roster", rs -> {
      rows.put(rs.getDate(1).toLocalDate() + "/" + rs.getString(2), rs.getString(3));
    });
    return rows;
  }

  private static Map<String, Boolean> posts(JsonNode view) {
    Map<String, Boolean> editable = new java.util.LinkedHashMap<>();
    view.get("posts").forEach(p -> editable.put(p.get("code").asText(), p.get("editable").asBoolean()));
    return editable;
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).get("message").asText();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
  }
}
