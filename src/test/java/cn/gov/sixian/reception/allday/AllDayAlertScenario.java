package cn.gov.sixian.reception.allday;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.access.TestUsers;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.TestMailServer;
import cn.gov.sixian.reception.notification.NotificationProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The immediate notice of 全天候联合接访: during the period (from Wednesday 2026-03-04 on the engine
 * clock) a group visit and a repeat petition are mailed at once to the director and the county
 * leaders through the SMTP server; an ordinary first visit is not, and neither is a group visit
 * registered the day before the period. Run on H2 and PostgreSQL (see the subclasses).
 */
abstract class AllDayAlertScenario {

  static final String PASSWORD = "All#Day-Alert-2026";
  static final String DIRECTOR = "ada-zhuren";
  static final String CENTER = "ada-dengji";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationProperties addresses;
  @LocalServerPort int port;

  @BeforeEach
  void people() {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, DIRECTOR, "center-director", PASSWORD);
    TestUsers.ensure(identityService, CENTER, "registration-staff", PASSWORD);
    jdbc.update("DELETE FROM all_day_reception");
    TestMailServer.clear();
    clock(3, 10);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM all_day_reception");
    identityService.deleteUser(DIRECTOR);
    identityService.deleteUser(CENTER);
  }

  @Test
  void groupVisitsAndRepeatPetitionsInThePeriodAreToldAtOnceOthersAreNot() throws Exception {
    assertThat(call(DIRECTOR, "/api/all-day-reception",
        "{\"from\":\"2026-03-04\",\"to\":\"2026-03-15\",\"reason\":\"全国两会\"}").statusCode())
        .isEqualTo(200);
    // the day before the period: a group visit of a person who comes back later
    String before = register("34132419800303101", 6);

    clock(7, 10);
    String group = register("34132419800307102", 5);
    String ordinary = register("34132419800307103", 2);
    String repeat = register("34132419800303101", 1);

    List<String> leadership = new ArrayList<>(List.of(addresses.directorEmail()));
    leadership.addAll(addresses.countyLeaderEmails());
    List<MimeMessage> groupMails = awaitMails("信访件" + group, leadership.size());
    List<MimeMessage> repeatMails = awaitMails("信访件" + repeat, leadership.size());
    assertThat(recipients(groupMails)).containsExactlyInAnyOrderElementsOf(leadership);
    assertThat(recipients(repeatMails)).containsExactlyInAnyOrderElementsOf(leadership);
    assertThat(groupMails.get(0).getSubject()).contains("集体访");
    assertThat(repeatMails.get(0).getSubject()).contains("重复信访").doesNotContain("集体访");
    String text = (String) groupMails.get(0).getContent();
    assertThat(text).contains(group, "来访人数：5人", "拖欠农民工工资")
        .doesNotContain(TestIdNumbers.of("34132419800307102"), "0557-7012345", "泗县墩集镇新街村");

    // neither the case before the period nor the ordinary one is started, mailed or logged
    for (String quiet : List.of(before, ordinary)) {
      assertThat(historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey("roster-watch").variableValueEquals("caseNumber", quiet).count())
          .as(quiet).isZero();
      assertThat(TestMailServer.messagesAbout(quiet)).as(quiet).isEmpty();
    }
    assertThat(jdbc.queryForList("SELECT reference FROM sent_notification WHERE kind = 'ALL_DAY_ALERT'",
        String.class)).contains("all-day-alert:" + group, "all-day-alert:" + repeat)
        .doesNotContain("all-day-alert:" + before, "all-day-alert:" + ordinary);
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
    form.put("petitionerName", "王五");
    form.put("idNumber", TestIdNumbers.of(idFirst17));
    form.put("phone", "0557-7012345");
    form.put("address", "泗县墩集镇新街村");
    form.put("township", "town-dunji");
    form.put("visitorCount", visitors);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "在县城某小区工地务工，包工头拖欠工资八千元。");
    form.put("request", "要求结清工资。");
    form.put("channel", "VISIT");
    HttpResponse<String> response = call(CENTER, "/api/cases", JSON.writeValueAsString(form));
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

  private HttpResponse<String> call(String user, String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void clock(int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(
        LocalDateTime.of(2026, 3, day, hour, 0).atZone(ZONE).toInstant()));
  }
}
