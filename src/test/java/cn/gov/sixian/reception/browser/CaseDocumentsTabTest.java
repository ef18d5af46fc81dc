package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.TestVisit;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task tab 「文书」 in Tasklist: the registration room prints the 登记回执 from the first task
 * (分类确认); the unit, at 办理并书面答复, finds the 转办单 and its 受理告知书 and opens the PDF.
 */
class CaseDocumentsTabTest extends BrowserTest {

  static final By TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='文书']");
  static final By FORM_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='表单']");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void staffOpenTheCasesDocumentsFromTheTaskAndPrintThePdf() {
    String caseNumber = TestVisit.of("钱九", "34132419660606555", "transport")
        .from("泗县大庄镇", "13855706666")
        .about("村道路面塌陷。", "请求修复。").register(runtimeService);

    // the registration room, right after registering: the receipt is on the first task's tab
    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "分类确认");
    browser.click(TAB);
    browser.seeText("信访件 " + caseNumber + " 的文书");
    assertThat(titles()).containsExactly("登记回执");
    assertThat(pdfAnswer(links().get(0))).isEqualTo("200 application/pdf %PDF");
    browser.click(FORM_TAB);
    browser.visible(By.cssSelector(".fjs-container"));
    browser.completeTask();
    browser.until(d -> taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_FaceToFaceReception").count() == 1);

    browser.login("tasklist", "jtj-staff");
    browser.openTask("本单位待办", caseNumber, "当面接谈");
    browser.choose("接谈结果", "受理办理");
    browser.type("接谈情况", "需现场勘查。");
    browser.completeTask();
    browser.openTask("本单位待办", caseNumber, "受理审查");
    browser.choose("是否受理", "受理");
    browser.completeTask();
    browser.openTask("本单位待办", caseNumber, "办理并书面答复");
    browser.click(TAB);
    browser.until(d -> titles().contains("信访事项受理告知书"));
    assertThat(titles()).contains("登记回执", "转办单", "信访事项受理告知书");
    assertThat(browser.driver.findElement(By.cssSelector(".jf-docs")).getText())
        .contains("县交通局受〔").contains("泗信转〔").contains("打开打印");
    WebElement notice = links().get(titles().indexOf("信访事项受理告知书"));
    assertThat(notice.getAttribute("target")).isEqualTo("_blank");
    assertThat(pdfAnswer(notice)).isEqualTo("200 application/pdf %PDF");
    // the link opens the PDF in a new tab
    String tasklist = browser.driver.getWindowHandle();
    browser.jsClick(notice);
    browser.until(d -> d.getWindowHandles().size() == 2);
    browser.driver.switchTo().window(browser.driver.getWindowHandles().stream()
        .filter(h -> !h.equals(tasklist)).findFirst().orElseThrow());
    browser.until(d -> d.getCurrentUrl().contains("/api/cases/" + caseNumber + "/documents/"));
    browser.driver.close();
    browser.driver.switchTo().window(tasklist);
  }

  List<String> titles() {
    return browser.driver.findElements(By.cssSelector(".jf-doc-list tbody tr td:first-child"))
        .stream().map(WebElement::getText).toList();
  }

  List<WebElement> links() {
    return browser.driver.findElements(By.cssSelector(".jf-doc-list a.jf-doc-pdf"));
  }

  /** What the link answers, fetched with the page's session: status, content type, first bytes. */
  String pdfAnswer(WebElement link) {
    return (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0].href, {credentials: 'same-origin'}).then(async r => {"
            + "  const head = new TextDecoder().decode((await r.arrayBuffer()).slice(0, 4));"
            + "  done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + head);"
            + "}).catch(e => done('error ' + e));",
        link);
  }
}
