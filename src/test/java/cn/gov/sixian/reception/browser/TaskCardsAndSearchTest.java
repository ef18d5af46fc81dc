package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.TestVisit;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist as the registration staff see it: each card names its case (number, petitioner) and
 * the deadline in Chinese (red when overdue), without Camunda's priority; the search box finds a task by the
 * petitioner's name and by the case number; the search offers the criteria staff use and no
 * 租户 ID or 案例定义 ID (administrators keep Camunda's full list); no 创建任务; group names in a
 * task's header are not cut.
 */
class TaskCardsAndSearchTest extends BrowserTest {

  private static final String PETITIONER = "司马青云";
  private static final String OTHER_PETITIONER = "欧阳秀英";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void cardsNameTheCaseAndItsDeadlineAndTheSearchFindsItByNameAndNumber() {
    String caseNumber = registered(PETITIONER, "34132419800808111");
    String otherCase = registered(OTHER_PETITIONER, "34132419810909222");
    Task routing = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ConfirmRouting").singleResult();
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3)
        .withHour(17).withMinute(30).withSecond(0).withNano(0);
    taskService.setDueDate(routing.getId(), Date.from(due.toInstant()));
    ZonedDateTime past = due.minusDays(5);
    taskService.setDueDate(taskService.createTaskQuery().processInstanceBusinessKey(otherCase)
        .taskDefinitionKey("Task_ConfirmRouting").singleResult().getId(), Date
            .from(past.toInstant()));

    browser.login("tasklist", "dengji");
    browser.goAndWait("/camunda/app/tasklist/", Browser.text("a", "登记室"));
    browser.click(Browser.text("a", "登记室"));

    WebElement card = card(caseNumber);
    browser.until(d -> card(caseNumber).getText().contains("到期日"));
    String text = card(caseNumber).getText();
    assertThat(text).contains(caseNumber, "信访人：" + PETITIONER,
        "到期日：" + due.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")), "分类确认");
    assertThat(card.findElement(By.cssSelector(".jf-case-number")).getCssValue("font-weight"))
        .isEqualTo("700");
    assertThat(card.findElements(By.cssSelector(".priority"))).allMatch(p -> !p.isDisplayed());
    assertThat(text).doesNotContain("优先级");
    WebElement overdue = card(otherCase).findElement(By.cssSelector(".jf-card-due"));
    assertThat(overdue.getText()).isEqualTo("到期日："
        + past.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")) + "（已逾期）");
    assertThat(overdue.getCssValue("color")).isEqualTo("rgba(181, 21, 43, 1)");

    // the search box: the petitioner's name, then part of the case number in lower case
    search(PETITIONER);
    browser.until(d -> listText().contains(caseNumber) && !listText().contains(otherCase));
    browser.goAndWait("/camunda/app/tasklist/", Browser.text("a", "登记室"));
    browser.click(Browser.text("a", "登记室"));
    browser.until(d -> listText().contains(otherCase));
    search(caseNumber.substring(3).toLowerCase());
    browser.until(d -> listText().contains(caseNumber) && !listText().contains(otherCase));

    // the criteria the registration staff are offered; no 创建任务
    List<String> criteria = criteria();
    assertThat(criteria).contains("信访件编号 / 信访人 / 任务名称", "名称", "流程变量")
        .doesNotContain("租户 ID", "案例定义 ID", "执行 ID", "无租户 ID").hasSizeLessThan(10);
    assertThat(browser.driver.findElements(By.cssSelector("li.create-task-action")))
        .allMatch(action -> !action.isDisplayed());
    assertThat(browser.driver.findElement(By.cssSelector("body")).getText()).doesNotContain("创建任务");

    // the task's header names its group in full
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(normalize-space(.), '"
        + caseNumber + "')]//h4/a"));
    WebElement groups = browser.visible(By.cssSelector("[cam-tasklist-task-meta] .groups > span a"));
    browser.until(d -> groups.getText().contains("登记员（来访接待中心工作人员）"));
    assertThat((Boolean) ((JavascriptExecutor) browser.driver).executeScript(
        "return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", groups)).isTrue();

    // administrators keep Camunda's full list of criteria
    browser.login("tasklist", "admin");
    browser.goAndWait("/camunda/app/tasklist/", By.cssSelector("[cam-widget-search] input.main-field"));
    browser.until(d -> criteria().contains("租户 ID"));
    assertThat(criteria()).contains("信访件编号 / 信访人 / 任务名称", "案例定义 ID");
  }

  private WebElement card(String caseNumber) {
    return browser.visible(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
        + "[.//span[contains(@class,'jf-case-number')][normalize-space(.)='" + caseNumber + "']]"));
  }

  private String listText() {
    return browser.driver.findElement(By.cssSelector("[cam-tasks]")).getText();
  }

  private void search(String text) {
    WebElement input = browser.visible(By.cssSelector("[cam-widget-search] input.main-field"));
    browser.jsClick(input);
    input.sendKeys(text);
    browser.pauseFor(Duration.ofMillis(300));
    input.sendKeys(Keys.ENTER);
  }

  /** The criteria the search box offers when it is focused empty. */
  private List<String> criteria() {
    WebElement input = browser.visible(By.cssSelector("[cam-widget-search] input.main-field"));
    input.sendKeys(Keys.ESCAPE);
    browser.jsClick(input);
    List<WebElement> items = browser.until(d -> {
      List<WebElement> shown = d.findElements(By.cssSelector("ul.dropdown-menu[id^='typeahead'] li"));
      return shown.isEmpty() ? null : shown;
    });
    List<String> labels = items.stream().map(item -> item.getAttribute("textContent").strip()).toList();
    input.sendKeys(Keys.ESCAPE);
    return labels;
  }

  private String registered(String name, String idFirst17) {
    return TestVisit.of(name, idFirst17, "wage-arrears")
        .from("泗县大路口乡", "13855707777").register(runtimeService);
  }
}
