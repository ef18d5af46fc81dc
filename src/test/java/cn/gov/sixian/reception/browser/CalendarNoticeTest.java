package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * In December 2026 next year has no official arrangement yet: the administrator reads on the
 * Cockpit dashboard that 2027 is provisional; a supervisor's dashboard shows no such notice.
 * (When 2027.json is built in, move the clock to the December before the next year without one.)
 */
class CalendarNoticeTest extends BrowserTest {

  static final String NOTICE = "2027年为暂定日历：仅含法定节假日，未含调休安排，待国务院办公厅通知发布后导入。";

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theAdministratorIsToldThatNextYearIsProvisional() {
    // a little back in time, never forward: no timer of another test falls due
    ClockUtil.setCurrentTime(Date.from(
        ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant()));

    browser.login("cockpit", "admin");
    browser.goAndWait("/camunda/app/cockpit/default/#/dashboard", By.cssSelector(".jf-calendar-notice"));
    assertThat(browser.driver.findElement(By.cssSelector(".jf-calendar-provisional")).getText())
        .isEqualTo(NOTICE);

    browser.login("cockpit", "ducha");
    browser.goAndWait("/camunda/app/cockpit/default/#/dashboard", By.cssSelector("section.deployed"));
    browser.pauseFor(Duration.ofSeconds(2));
    assertThat(browser.driver.findElements(By.cssSelector(".jf-calendar-notice"))).isEmpty();
    assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("暂定日历");
  }
}
