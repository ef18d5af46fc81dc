package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.it.TestVisit;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The duty roster in Chromium: the registration room fills next week's first duty day on the
 * roster page; the director opens an all-day period, everyone sees the banner and a unit puts
 * someone on tonight's night shift; 县公安局's window staff sees today's duty in Tasklist's
 * 「今日值班」 and on the page may change only its own window's cells; 县人社局's person on duty checks in and finds the
 * case transferred to the unit assigned to them.
 */
class DutyRosterTest extends BrowserTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @AfterEach
  void clearRoster() {
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM duty_check_in");
    jdbc.update("DELETE FROM all_day_reception");
  }

  @Test
  void theDirectorOpensAllDayReceptionAndEveryoneSeesTheBannerUntilItIsClosed() {
    jdbc.update("DELETE FROM all_day_reception");
    jdbc.update("DELETE FROM duty_roster");
    LocalDate today = calendar.today();
    browser.login("tasklist", "zhuren");
    browser.goAndWait("/roster/", By.id("all-day-submit"));
    setDate("all-day-from", today);
    setDate("all-day-to", today.plusDays(5));
    browser.driver.findElement(By.id("all-day-reason")).sendKeys("全国两会");
    browser.click(By.id("all-day-submit"));
    browser.seeText("已启动全天候联合接访");
    assertThat(browser.driver.findElement(By.id("all-day-periods")).getText())
        .contains(today + " 至 " + today.plusDays(5) + "：全国两会（进行中）");

    String banner = "全天候联合接访（全国两会）：" + today + " 至 " + today.plusDays(5);
    browser.login("tasklist", "gaj-staff");
    assertThat(browser.visible(By.id("jf-all-day-banner")).getText()).startsWith(banner);
    browser.goAndWait("/roster/", By.id("all-day-periods"));
    assertThat(browser.driver.findElements(By.id("all-day-submit"))).isEmpty();
    // each day of the period has a day and a night shift: the unit puts itself on tonight's
    By tonight = By.cssSelector("select[data-date='" + today + "'][data-shift='night'][data-post='gaj']");
    new Select(browser.visible(tonight)).selectByValue("gaj-staff");
    browser.seeText("已保存：" + today + " 夜班 县公安局");
    assertThat(jdbc.queryForList("SELECT shift || '/' || user_id FROM duty_roster WHERE post = 'gaj'"
        + " AND duty_date = ?", String.class, Date.valueOf(today))).contains("night/gaj-staff");
    assertThat(browser.driver.findElement(By.cssSelector("tr[data-date='" + today
        + "'][data-shift='night']")).getText()).contains("夜班 20:00–次日08:00");
    browser.login("cockpit", "ducha");
    assertThat(browser.visible(By.id("jf-all-day-banner")).getText()).startsWith(banner);

    browser.login("tasklist", "zhuren");
    browser.goAndWait("/roster/", By.id("all-day-periods"));
    browser.click(By.xpath("//ul[@id='all-day-periods']/li/button"));
    browser.driver.switchTo().alert().accept();
    browser.seeText("已结束全天候联合接访（全国两会）");
    browser.login("tasklist", "gaj-staff");
    browser.goAndWait("/roster/", By.id("roster-table"));
    browser.seeText("目前没有全天候联合接访安排。");
    browser.login("tasklist", "gaj-staff");
    browser.visible(By.id("jf-duty-toggle"));
    sleep(2000); // the banner's own request has answered by then
    assertThat(browser.driver.findElements(By.id("jf-all-day-banner"))).isEmpty();
    assertThat(jdbc.queryForObject("SELECT closed_by FROM all_day_reception", String.class))
        .isEqualTo("zhuren");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A date input set the way Chromium takes it, whatever the page's locale. */
  private void setDate(String id, LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
        "const i = document.getElementById(arguments[0]); i.value = arguments[1];", id, date.toString());
  }

  @Test
  void thePersonOnDutyChecksInWithOneClickAndFindsTheTransferredCaseAssignedToThem() {
    jdbc.update("DELETE FROM duty_roster");
    jdbc.update("DELETE FROM duty_check_in");
    jdbc.update("INSERT INTO duty_roster (duty_date, post, user_id, updated_by, updated_at)"
        + " VALUES (?, 'rsj', 'rsj-staff', 'dengji', ?)", Date.valueOf(calendar.today()),
        Timestamp.from(Instant.now()));

    // a colleague of another unit, not on duty, has no button
    browser.login("tasklist", "gaj-staff");
    browser.click(By.id("jf-duty-toggle"));
    browser.visible(By.cssSelector("#jf-duty-panel li[data-post='rsj']"));
    assertThat(browser.driver.findElements(By.id("jf-check-in-button"))).isEmpty();

    browser.login("tasklist", "rsj-staff");
    browser.click(By.id("jf-duty-toggle"));
    browser.visible(By.id("jf-check-in-button"));
    assertThat(browser.driver.findElement(By.id("jf-check-in")).getText()).contains("签到", "前签到");
    browser.click(By.id("jf-check-in-button"));
    browser.seeText("已于");
    assertThat(browser.driver.findElement(By.id("jf-check-in")).getText()).matches("已于\\d\\d:\\d\\d签到.*");
    assertThat(browser.driver.findElements(By.id("jf-check-in-button"))).isEmpty();
    assertThat(jdbc.queryForList("SELECT user_id || '/' || post FROM duty_check_in", String.class))
        .containsExactly("rsj-staff/rsj");

    // the registration room transfers a wage case to 县人社局: it is waiting in 我的待办
    String caseNumber = TestVisit.of("孙八", "34132419650505667", "wage-arrears")
        .from("泗县黑塔镇", "13855705555").register(runtimeService);
    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "分类确认");
    browser.completeTask();
    browser.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_FaceToFaceReception").taskAssignee("rsj-staff").count() == 1);

    // 我的待办 lists the tasks assigned to the caller: nothing to claim
    browser.login("tasklist", "rsj-staff");
    browser.openTask("我的待办", caseNumber, "当面接谈");
    browser.seeText("孙八");
    assertThat(browser.driver.findElements(Browser.text("button", "认领"))).noneMatch(b -> b.isDisplayed());
  }

  @Test
  void theCenterFillsNextWeekAndAUnitSeesTodaysDutyInTasklist() {
    jdbc.update("DELETE FROM duty_roster");
    LocalDate today = calendar.today();
    LocalDate nextMonday = today.plusDays(8 - today.getDayOfWeek().getValue());
    LocalDate dutyDay = nextMonday;
    while (!calendar.isWorkingDay(dutyDay)) {
      dutyDay = dutyDay.plusDays(1);
    }
    boolean sameWeek = dutyDay.isBefore(nextMonday.plusDays(7));

    browser.login("tasklist", "dengji");
    browser.goAndWait("/roster/", By.id("roster-table"));
    browser.click(By.id("next"));
    browser.seeText(nextMonday + " 至 " + nextMonday.plusDays(6));
    if (sameWeek) {
      choose(dutyDay, "gaj", "gaj-staff");
      browser.seeText("已保存：" + dutyDay + " 县公安局");
      choose(dutyDay, "lawyer", "lvshi");
      browser.seeText("已保存：" + dutyDay + " 值班律师");
      assertThat(saved()).containsExactlyInAnyOrderEntriesOf(Map.of(
          dutyDay + "/gaj", "gaj-staff", dutyDay + "/lawyer", "lvshi"));
      browser.visible(By.xpath("//td[contains(@class,'gap')]"));
    }

    // today's window at 县公安局, as if planned last week
    jdbc.update("INSERT INTO duty_roster (duty_date, post, user_id, updated_by, updated_at)"
        + " VALUES (?, 'gaj', 'gaj-staff', 'dengji', ?)", Date.valueOf(today),
        Timestamp.from(Instant.now()));
    browser.login("tasklist", "gaj-staff");
    browser.click(By.id("jf-duty-toggle"));
    browser.visible(By.cssSelector("#jf-duty-panel li[data-post='gaj']"));
    assertThat(browser.driver.findElement(By.id("jf-duty-panel")).getText())
        .contains("县公安局：刘强", "打开值班表");

    browser.goAndWait("/roster/", By.id("roster-table"));
    browser.click(By.id("next"));
    browser.seeText(nextMonday + " 至 " + nextMonday.plusDays(6));
    if (sameWeek) {
      assertThat(browser.driver.findElements(
          By.cssSelector("select[data-post='gaj'][data-date='" + dutyDay + "']"))).hasSize(1);
      assertThat(browser.driver.findElements(By.cssSelector("select[data-post='rsj']"))).isEmpty();
      assertThat(browser.driver.findElements(By.cssSelector("select[data-post='lawyer']"))).isEmpty();
    }
  }

  private void choose(LocalDate day, String post, String userId) {
    By cell = By.cssSelector("select[data-date='" + day + "'][data-post='" + post + "']");
    browser.visible(cell);
    new Select(browser.driver.findElement(cell)).selectByValue(userId);
  }

  private Map<String, String> saved() {
    Map<String, String> rows = new TreeMap<>();
    jdbc.query("SELECT duty_date, post, user_id FROM duty_roster", rs -> {
      rows.put(rs.getDate(1).toLocalDate() + "/" + rs.getString(2), rs.getString(3));
    });
    return rows;
  }
}
