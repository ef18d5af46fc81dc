package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration staff register a visit in Tasklist, in Chinese, as they would at the desk. */
class RegistrationInTasklistTest extends BrowserTest {

  @Autowired RuntimeService runtimeService;

  @Test
  void badIdNumberIsExplainedThenTheCorrectedCaseGetsItsNumber() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("joint-reception").count();
    browser.login("tasklist", "dengji");
    browser.click(Browser.text("a", "发起流程"));
    browser.click(Browser.exactText("a", "联合接访"));
    browser.visible(Browser.text("h3", "来访登记表"));

    browser.type("信访人姓名", "钱七");
    browser.type("公民身份号码", TestIdNumbers.withWrongCheckChar("34132419700101555"));
    browser.type("联系电话", "13855709876");
    browser.type("住址", "泗县屏山镇中心街8号");
    browser.choose("所属乡镇", "屏山镇");
    browser.choose("问题类别", "拖欠农民工工资");
    browser.type("反映事项", "在县城某工地务工，工资两万元未结。");
    browser.type("诉求", "请求督促结清工资。");
    browser.click(By.cssSelector(".modal-footer .btn-primary"));

    browser.seeText("校验位不正确");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("joint-reception").count())
        .isEqualTo(before);

    browser.type("公民身份号码", TestIdNumbers.of("34132419700101555"));
    browser.click(By.cssSelector(".modal-footer .btn-primary"));
    browser.until(d -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("joint-reception").count() == before + 1);
    String caseNumber = runtimeService.createProcessInstanceQuery().processDefinitionKey("joint-reception")
        .variableValueEquals("petitionerName", "钱七").singleResult().getBusinessKey();

    // the registration room's list shows the new case by its number
    browser.goAndWait("/camunda/app/tasklist/", Browser.text("a", "登记室"));
    browser.click(Browser.text("a", "登记室"));
    browser.seeText(caseNumber);
  }
}
