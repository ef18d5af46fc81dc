package cn.gov.sixian.reception.allday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.TestMailServer;
import cn.gov.sixian.reception.notification.NotificationProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily report (日报) of 全天候联合接访 on the engine clock, a period from Wednesday 2026-03-04:
 * at 17:00 the day with cases is reported once, its group visit and repeat petition listed by case
 * number without ID number or phone; the next day, with nothing registered, is a 零报告 written by
 * roster-watch's timer; the
 * center's roles read them, a unit does not. Run on H2 and PostgreSQL (see the subclasses).
 */
abstract class AllDayReportScenario {

  static final String PASSWORD = "All#Day-Report-2026";
  static final String DIRECTOR = "adr-zhuren";
  static final String DEPUTY = "adr-fuzhuren";
  static final String CENTER = "adr-dengji";
  static final String GAJ = "adr-gaj";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired AllDayReports reports;
  @Autowired JdbcDailyReports store;
  @Autowired NotificationProperties addresses;
  @LocalServerPort int port;

  @BeforeEach
  void people() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, DIRECTOR, "center-director", PASSWORD);
    TestUsers.ensure(identityService, DEPUTY, "deputy-director", PASSWORD);
    TestUsers.ensure(identityService, CENTER, "registration-staff", PASSWORD);
    TestUsers.ensure(identityService, GAJ, "unit-gaj", PASSWORD);
    clear();
    TestMailServer.clear();
    clock(3, 10, 0);
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
  void aDayWithCasesIsReportedOnceAtTheHourAndAnEmptyDayIsAZeroReport() throws Exception {
    assertThat(call(DIRECTOR, "POST", "/api/all-day-reception",
        "{\"from\":\"2026-03-04\",\"to\":\"2026-03-15\",\"reason\":\"全国两会\"}").statusCode())
        .isEqualTo(200);
    register("34132419800304201", 2);
    // no report outside the period
    clock(3, 18, 0);
    assertThat(reports.reportIfDue()).isFalse();

    clock(4, 9, 0);
    String group = register("34132419800304202", 7);
    String repeat = register("34132419800304201", 1);
    String ordinary = register("34132419800304203", 1);
    clock(4, 16, 59);
    assertThat(reports.reportIfDue()).as("before the hour").isFalse();
    clock(4, 17, 0);
    assertThat(reports.reportIfDue()).isTrue();
    clock(4, 17, 15);
    assertThat(reports.reportIfDue()).as("once a day").isFalse();

    List<String> leadership = new ArrayList<>(List.of(addresses.directorEmail()));
    leadership.addAll(addresses.countyLeaderEmails());
    List<MimeMessage> mails = awaitMails("2026-03-04日报", leadership.size());
    assertThat(recipients(mails)).containsExactlyInAnyOrderElementsOf(leadership);
    assertThat(mails.get(0).getSubject()).doesNotContain("零报告");
    String text = (String) mails.get(0).getContent();
    assertThat(text).contains("今日新登记信访事项3件，其中集体访1件、重复信访1件",
            group + "　集体访　尚未交办　拖欠农民工工资", repeat + "　重复信访")
        .doesNotContain(ordinary, TestIdNumbers.of("34132419800304202"), "0557-7012345",
            AllDayReports.NOTHING_REGISTERED);

    // Thursday: nothing registered; this time roster-watch's timer writes it
    clock(5, 17, 30);
    managementService.executeJob(managementService.createJobQuery()
        .processDefinitionKey("roster-watch").timers().singleResult().getId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM all_day_report", Integer.class)).isEqualTo(2);
    MimeMessage zero = awaitMails("2026-03-05日报（零报告）", leadership.size()).get(0);
    assertThat((String) zero.getContent()).contains("今日无新登记信访事项");

    JsonNode read = body(call(DEPUTY, "GET", "/api/all-day-reception/reports", null));
    assertThat(read.findValuesAsText("date")).containsExactly("2026-03-04", "2026-03-05");
    assertThat(read.get(0).get("registered").asInt()).isEqualTo(3);
    assertThat(read.get(0).get("groupVisits").asInt()).isEqualTo(1);
    assertThat(read.get(0).get("repeatPetitions").asInt()).isEqualTo(1);
    assertThat(read.get(0).get("zeroReport").asBoolean()).isFalse();
    assertThat(read.get(1).get("zeroReport").asBoolean()).isTrue();
    assertThat(read.get(1).get("text").asText()).contains("今日无新登记信访事项");
    assertThat(call(CENTER, "GET", "/api/all-day-reception/reports", null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> refused = call(GAJ, "GET", "/api/all-day-reception/reports", null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).get("message").asText())
        .isEqualTo(AllDayController.REPORT_READERS_ONLY);

    // the day is the key: a second node writing the same day's report fails and sends nothing
    DailyReport again = new DailyReport(LocalDate.of(2026, 3, 5), "other", 0, 0, 0, 0, 0, 0, "x",
        Instant.now());
    assertThatThrownBy(() -> store.insert(again)).isInstanceOf(DuplicateKeyException.class);
  }

  private void clear() {
    jdbc.update("DELETE FROM all_day_reception");
    jdbc.update("DELETE FROM all_day_report");
    jdbc.update("DELETE FROM sent_notification WHERE kind = 'ALL_DAY_REPORT'");
  }

  /** One mail per recipient is sent in turn: waits (up to 30 s) until all of them are in. */
  private static List<MimeMessage> awaitMails(String about, int count) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    List<MimeMessage> mails = TestMailServer.awaitMessagesAbout(about);
    while (mails.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
      mails = TestMailServer.messagesAbout(about);
    }
    return mails;
  }

  private String register(String idFirst17, int visitors) throws Exception {
    Map<String, Object> form = new HashMap<>();
    form.put("petitionerName", "赵六");
    form.put("idNumber", TestIdNumbers.of(idFirst17));
    form.put("phone", "0557-7012345");
    form.put("address", "泗县墩集镇新街村");
    form.put("township", "town-dunji");
    form.put("visitorCount", visitors);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "在县城某小区工地务工，包工头拖欠工资八千元。");
    form.put("request", "要求结清工资。");
    form.put("channel", "VISIT");
    HttpResponse<String> response = call(CENTER, "POST", "/api/cases", JSON.writeValueAsString(form));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return JSON.readTree(response.body()).get("caseNumber").asText();
  }

  private static List<String> recipients(List<MimeMessage> mails) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage mail : mails) {
      for (Address address : mail.getAllRecipients()) {
        to.add(address.toString());
      }
    }
    return to;
  }

  private HttpResponse<String> call(String user, String method, String path, String json)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode body(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void clock(int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.of(2026, 3, day, hour, minute).atZone(ZONE).toInstant()));
  }
}
