package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.CaseTasks;
import cn.gov.sixian.reception.it.TestVisit;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An extension as the regulation has it, in Tasklist: 县人社局's window asks for one, the unit's
 * head (rsj-leader) approves it in 单位负责人审批延期, the director lets it stand in 中心审查延期, and
 * the window finds the deadline moved and the notice at 办理并书面答复.
 */
class ExtensionApprovalTest extends BrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void theUnitHeadApprovesAndTheCenterLetsItStand() {
    String caseNumber = TestVisit.of("严七", "34132419700707123", "wage-arrears")
        .from("泗县草沟镇", "13855707123")
        .about("工程完工后工资未结清。", "要求结清工资。").register(runtimeService);
    CaseTasks.complete(taskService, caseNumber, "Task_ConfirmRouting", Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "firstVisit", true, "leaderReception", false));
    CaseTasks.complete(taskService, caseNumber, "Task_FaceToFaceReception", Map.of(
        "receptionOutcome", "ACCEPTED", "receptionNotes", "需核实用工关系。"));
    CaseTasks.complete(taskService, caseNumber, "Task_DecideAcceptance",
        Map.of("acceptanceDecision", "ACCEPT"));
    CaseTasks.await(taskService, caseNumber, "Task_HandleCase");

    browser.login("tasklist", "rsj-staff");
    browser.openTask("本单位待办", caseNumber, "办理并书面答复");
    browser.choose("办理方式", "申请延期");
    browser.type("延期天数", "20");
    browser.type("延期理由", "需等待劳动保障监察立案调查结论。");
    browser.completeTask();

    browser.login("tasklist", "rsj-leader");
    browser.openTask("本单位待办", caseNumber, "单位负责人审批延期");
    browser.seeText("单位负责人审批延期申请");
    browser.choose("审批结果", "同意延期");
    browser.completeTask();

    browser.login("tasklist", "zhuren");
    browser.openTask("本单位待办", caseNumber, "中心审查延期");
    browser.seeText("异议期限");
    browser.choose("审查结果", "无异议");
    browser.completeTask();
    browser.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_HandleCase").count() == 1);

    browser.login("tasklist", "rsj-staff");
    browser.openTask("本单位待办", caseNumber, "办理并书面答复");
    browser.until(d -> browser.field("延长办理期限告知书").findElement(By.tagName("textarea"))
        .getAttribute("value").contains("经本单位负责人批准，办理期限延长20日"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_HandleCase").singleResult().getDueDate())
        .isEqualTo(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber).singleResult().getId(), "handlingDue"));
  }
}
