package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.CaseTasks;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A supervisor opens 统计分析 in Cockpit, sees the figures of four cases seeded in June 2025
 * (a month no other test uses) and follows the overdue one to its process instance.
 */
class StatisticsDashboardTest extends BrowserTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aSupervisorSeesTheSeededFiguresAndFollowsAnOverdueCase() throws Exception {
    String overdueCase;
    String a;
    try {
      // A: first visit, resolved at the window, 满意
      at("2025-06-09T09:00");
      a = register("34132419550609011", 1, "wage-arrears");
      route(a, "rsj");
      resolveOnSpot(a);
      complete(a, "Task_RecordSatisfaction", Map.of("satisfaction", "SATISFIED"));
      // B: first visit, group visit (6 people), resolved at the window, 基本满意
      at("2025-06-09T10:00");
      String b = register("34132419600609022", 6, "public-security");
      route(b, "gaj");
      resolveOnSpot(b);
      complete(b, "Task_RecordSatisfaction", Map.of("satisfaction", "BASICALLY_SATISFIED"));
      // C: first visit, received for handling, never decided: its 15-day limit has long passed
      at("2025-06-10T09:00");
      overdueCase = register("34132419650609033", 1, "transport");
      route(overdueCase, "jtj");
      complete(overdueCase, "Task_FaceToFaceReception",
          Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需现场核查。"));
      awaitTask(overdueCase, "Task_DecideAcceptance");
      // D: A's petitioner again on the same matter (重复访), waiting for 分类确认
      at("2025-06-11T09:00");
      register("34132419550609011", 1, "wage-arrears");
    } finally {
      ClockUtil.reset();
    }
    // A's petitioner asked for review on 20 June; upheld on 25 June
    jdbc.update("INSERT INTO case_review (process_instance_id, case_number, kind, body_code,"
        + " body_name, in_county, requested_at, reason, due_at, decided_at, outcome, status)"
        + " VALUES ('dash-review', ?, 'REVIEW', 'county-government', '泗县人民政府', TRUE,"
        + " TIMESTAMP '2025-06-20 01:00:00', '不服。', TIMESTAMP '2025-07-21 09:30:00',"
        + " TIMESTAMP '2025-06-25 01:00:00', 'UPHELD', 'DECIDED')", a);
    String overdueInstance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).processInstanceBusinessKey(overdueCase)
        .singleResult().getId();

    browser.login("cockpit", "ducha");
    browser.click(Browser.text("a", "统计分析"));
    browser.visible(By.cssSelector(".jf-stats input[name=from]"));
    ((JavascriptExecutor) browser.driver).executeScript(
        "document.querySelector('.jf-stats input[name=from]').value = '2025-06-01';"
            + "document.querySelector('.jf-stats input[name=to]').value = '2025-06-30';");
    browser.click(By.cssSelector(".jf-stats button[name=query]"));

    // expected, by hand: 4 registered, A and B closed; first visits A, B, C of which 2 closed;
    // both closed cases evaluated, one 满意 and one 基本满意; D repeats A; B is a group visit;
    // C and D open, C past its acceptance limit
    browser.until(d -> "4".equals(tile("registered")));
    assertThat(tile("closed")).isEqualTo("2");
    assertThat(tile("firstVisitClosureRate")).isEqualTo("66.7%");
    assertThat(tile("evaluationRate")).isEqualTo("100.0%");
    assertThat(tile("satisfactionRate")).isEqualTo("50.0%");
    assertThat(tile("satisfiedOrBasicallyRate")).isEqualTo("100.0%");
    assertThat(tile("repeatPetitions")).isEqualTo("1");
    assertThat(tile("groupVisits")).isEqualTo("1");
    assertThat(tile("open")).isEqualTo("2");
    assertThat(tile("overdue")).isEqualTo("1");
    List<String> units = browser.driver
        .findElements(By.cssSelector(".jf-units tbody tr td:first-child")).stream()
        .map(WebElement::getText).toList();
    // D has no unit before 分类确认
    assertThat(units).containsExactlyInAnyOrder("县人社局", "县公安局", "县交通局", "未分派");

    assertThat(browser.driver.findElements(By.cssSelector(".jf-reviews tr[data-kind=REVIEW] td"))
        .stream().map(WebElement::getText).toList())
        .containsExactly("复查", "1", "1", "1", "0", "0", "0", "—");
    assertThat(browser.driver.findElements(By.cssSelector(".jf-reviews tr[data-kind=RE_REVIEW] td"))
        .stream().map(WebElement::getText).toList())
        .containsExactly("复核", "0", "0", "0", "0", "0", "0", "0");
    jdbc.update("DELETE FROM case_review WHERE process_instance_id = 'dash-review'");

    assertThat(browser.driver.findElement(By.cssSelector("a.jf-csv")).getAttribute("href"))
        .endsWith("/api/statistics/units.csv?from=2025-06-01&to=2025-06-30");
    assertThat(browser.driver.findElement(By.cssSelector("a.jf-monthly")).getAttribute("href"))
        .endsWith("/api/reports/monthly?month=2025-06");

    browser.click(By.cssSelector(".jf-overdue tr[data-case='" + overdueCase + "'] a"));
    browser.until(d ->
        d.getCurrentUrl().contains("#/process-instance/" + overdueInstance + "/runtime"));
    // the case's diagram is drawn (opened readable at its start, so this step may be out of view)
    browser.until(d -> !d.findElements(By.cssSelector(
        "g.djs-element[data-element-id='Task_DecideAcceptance'] .djs-visual > *")).isEmpty());
  }

  @Test
  void theDirectorReadsTheLastAllDayPeriodsDailyReportsNewestFirst() {
    LocalDate today = LocalDate.now(ZONE);
    try {
      jdbc.update("INSERT INTO all_day_reception (id, starts_on, ends_on, reason, opened_by,"
          + " opened_at) VALUES ('dash-period', ?, ?, '全国两会', 'zhuren', CURRENT_TIMESTAMP)",
          java.sql.Date.valueOf(today.minusDays(10)), java.sql.Date.valueOf(today.minusDays(9)));
      report(today.minusDays(10), 2, "全天候联合接访（全国两会）日报\n\n- JF-2099-000007　集体访");
      report(today.minusDays(9), 0, "全天候联合接访（全国两会）日报（零报告）\n\n今日无新登记信访事项。");

      browser.login("cockpit", "zhuren");
      browser.click(Browser.text("a", "统计分析"));
      browser.until(d -> d.findElements(By.cssSelector(".jf-all-day-reports details")).size() == 2);
      List<WebElement> reports =
          browser.driver.findElements(By.cssSelector(".jf-all-day-reports details"));
      // newest first: the zero report
      assertThat(reports.get(0).getAttribute("data-report-date")).isEqualTo(today.minusDays(9).toString());
      assertThat(reports.get(0).getText()).contains("零报告：今日无新登记信访事项");
      reports.get(1).findElement(By.tagName("summary")).click();
      browser.until(d -> reports.get(1).getText().contains("JF-2099-000007　集体访"));
      assertThat(reports.get(1).getText()).contains("新登记2件（集体访1件、重复信访0件）");
    } finally {
      jdbc.update("DELETE FROM all_day_report");
      jdbc.update("DELETE FROM all_day_reception");
    }
  }

  private void report(LocalDate day, int registered, String text) {
    jdbc.update("INSERT INTO all_day_report (report_date, period_id, registered, group_visits,"
        + " repeat_petitions, closed, open_cases, overdue, body, created_at)"
        + " VALUES (?, 'dash-period', ?, ?, 0, 0, 3, 1, ?, CURRENT_TIMESTAMP)",
        java.sql.Date.valueOf(day), registered, registered == 0 ? 0 : 1, text);
  }

  private String tile(String key) {
    List<WebElement> value =
        browser.driver.findElements(By.cssSelector("[data-kpi='" + key + "'] .jf-value"));
    return value.isEmpty() ? null : value.get(0).getText();
  }

  private static void at(String localDateTime) {
    ClockUtil.setCurrentTime(
        Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant()));
  }

  private String register(String idFirst17, int visitors, String category) {
    Map<String, Object> form = new HashMap<>();
    form.put("petitionerName", "统计测试");
    form.put("idNumber", TestIdNumbers.of(idFirst17));
    form.put("phone", "13855709999");
    form.put("address", "泗县泗城镇");
    form.put("visitorCount", visitors);
    form.put("problemCategory", category);
    form.put("matter", "统计看板测试事项。");
    form.put("request", "测试诉求。");
    return (String) runtimeService.createProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION)
        .setVariables(form).executeWithVariablesInReturn().getVariables().get("caseNumber");
  }

  private void route(String caseNumber, String unit) throws InterruptedException {
    Task routing = awaitTask(caseNumber, "Task_ConfirmRouting");
    taskService.complete(routing.getId(), Map.of("unitCode", unit, "problemCategory",
        runtimeService.getVariable(routing.getExecutionId(), "problemCategory"),
        "leaderReception", false));
  }

  private void resolveOnSpot(String caseNumber) throws InterruptedException {
    complete(caseNumber, "Task_FaceToFaceReception", Map.of("receptionOutcome", "RESOLVED",
        "receptionNotes", "当场核实。", "onSpotReply", "当场答复。"));
  }

  private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
    CaseTasks.complete(taskService, caseNumber, taskKey, variables);
  }

  private Task awaitTask(String caseNumber, String taskKey) {
    return CaseTasks.await(taskService, caseNumber, taskKey);
  }
}
