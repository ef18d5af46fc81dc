package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.caseregister.CaseStatus;
import cn.gov.sixian.reception.it.TestVisit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case through the windows as the staff work it in Tasklist: routing by the registration room,
 * reception at the unit's window, handling, satisfaction; and units keep to their own cases.
 */
class CaseAtTheWindowTest extends BrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CaseRegister register;

  String registered(String idFirst17, String category) {
    return TestVisit.of("孙八", idFirst17, category)
        .from("泗县黑塔镇", "13855705555").register(runtimeService);
  }

  void confirmRoutingInTheBrowser(String caseNumber) {
    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "分类确认");
    browser.completeTask();
    browser.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_FaceToFaceReception").count() == 1);
  }

  @Test
  void windowStaffResolveOnTheSpotAndTheCaseCloses() {
    String caseNumber = registered("34132419650505666", "wage-arrears");
    confirmRoutingInTheBrowser(caseNumber);

    browser.login("tasklist", "rsj-staff");
    browser.goAndWait("/camunda/app/tasklist/", Browser.text("a", "本单位待办"));
    browser.click(Browser.text("a", "本单位待办"));
    browser.seeText(caseNumber);
    browser.seeText("到期"); // the due date is shown in the list
    browser.openTask("本单位待办", caseNumber, "当面接谈");
    // the deadline and the candidate groups are shown but not offered for editing
    assertThat(browser.driver.findElement(By.cssSelector(".meta.dates .due-date"))
        .getCssValue("pointer-events")).isEqualTo("none");
    assertThat(browser.driver.findElement(By.cssSelector(".meta.actors .groups > span"))
        .getCssValue("pointer-events")).isEqualTo("none");
    browser.choose("接谈结果", "当场解决并答复");
    browser.type("接谈情况", "当面核实，用工单位同意支付。");
    browser.type("当场答复意见", "三日内支付拖欠工资。");
    browser.completeTask();
    browser.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_RecordSatisfaction").count() == 1);

    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "满意度评价");
    browser.choose("满意度评价", "满意");
    browser.completeTask();
    browser.until(d -> register.find(caseNumber).orElseThrow().status() == CaseStatus.CLOSED);
    assertThat(register.find(caseNumber).orElseThrow().outcome()).isEqualTo("RESOLVED_ON_SPOT");
  }

  @Test
  void aCaseAcceptedForHandlingIsRepliedInWritingAndClosed() {
    String caseNumber = registered("34132419640404777", "transport");
    confirmRoutingInTheBrowser(caseNumber);

    browser.login("tasklist", "jtj-staff");
    browser.openTask("本单位待办", caseNumber, "当面接谈");
    browser.choose("接谈结果", "受理办理");
    browser.type("接谈情况", "需现场勘查。");
    browser.completeTask();
    browser.openTask("本单位待办", caseNumber, "受理审查");
    browser.choose("是否受理", "受理");
    browser.completeTask();
    browser.openTask("本单位待办", caseNumber, "办理并书面答复");
    browser.seeText("信访事项受理告知书");
    browser.choose("办理方式", "书面答复");
    browser.type("查明事实", "路面塌陷属实，系施工单位回填不实所致。");
    browser.type("答复意见", "经现场勘查，已责成施工单位修复。");
    browser.type("处理依据", "《城市道路管理条例》第三十五条。");
    browser.completeTask();

    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "确认办理结果反馈");
    browser.choose("确认结果", "确认办结");
    browser.completeTask();
    browser.openTask("登记室", caseNumber, "满意度评价");
    // read-only beside the choice: whether the petitioner has evaluated online (not yet)
    browser.until(d -> "信访人尚未在网上评价。".equals(browser.field("信访人网上评价")
        .findElement(By.tagName("textarea")).getAttribute("value")));
    browser.choose("满意度评价", "基本满意");
    browser.completeTask();
    browser.until(d -> register.find(caseNumber).orElseThrow().status() == CaseStatus.CLOSED);
    assertThat(register.find(caseNumber).orElseThrow().outcome()).isEqualTo("REPLIED");
  }

  @Test
  void aUnitsStaffDoNotSeeAnotherUnitsCase() {
    String caseNumber = registered("34132419630303888", "public-security");
    confirmRoutingInTheBrowser(caseNumber); // now at 县公安局's window

    browser.login("tasklist", "rsj-staff");
    for (String filter : new String[] {"我的待办", "本单位待办", "即将到期", "已逾期"}) {
      browser.goAndWait("/camunda/app/tasklist/", Browser.text("a", filter));
      browser.click(Browser.text("a", filter));
      // the list has loaded: tasks, or the message that none match
      browser.visible(By.xpath("//ol[contains(@class,'tasks-list')]"
          + " | //div[contains(@class,'well')][contains(., '未找到符合过滤器的任务')]"));
      assertThat(browser.driver.findElement(By.tagName("body")).getText()).as(filter)
          .doesNotContain(caseNumber);
    }

    // nor can they open it by its address: to them the task does not exist (the engine's "No
    // matching task", answered in Chinese)
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_FaceToFaceReception").singleResult().getId();
    browser.go("/camunda/api/engine/engine/default/task/" + taskId);
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .contains("该任务已不存在").doesNotContain("当面接谈");
    browser.goAndWait("/camunda/app/tasklist/default/#/?task=" + taskId,
        Browser.text("a", "本单位待办"));
    browser.pauseFor(java.time.Duration.ofSeconds(2));
    assertThat(browser.driver.findElements(By.cssSelector(".fjs-container"))).isEmpty();
    assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("孙八");
  }
}
