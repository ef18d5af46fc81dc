package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.TestVisit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What staff read in Tasklist's forms and toasts: form-js's checks (required, pattern, length)
 * in Chinese naming the field and never the pattern; a rule of the server without the engine's
 * prefix; the old toast gone once the field is corrected; after registration the case number,
 * the next step and the receipt to print; after 分类确认 the unit the case went to.
 */
class FormMessagesTest extends BrowserTest {

  static final By SUBMIT = By.cssSelector(".modal-footer .btn-primary");
  static final By TOASTS = By.cssSelector(".notifications .alert");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void registrationExplainsEveryMistakeInChineseThenGivesTheCaseNumberAndReceipt() throws Exception {
    browser.login("tasklist", "dengji");
    browser.click(Browser.text("a", "发起流程"));
    browser.click(Browser.exactText("a", "联合接访"));
    browser.visible(Browser.text("h3", "来访登记表"));
    assertThat(browser.field("所属乡镇").getText()).contains("请选择").doesNotContain("Select");

    // required: nothing filled in
    browser.click(SUBMIT);
    browser.until(d -> errors().contains("「信访人姓名」不能为空，请填写。"));
    assertThat(errors()).contains("请选择「问题类别」。", "「反映事项」不能为空，请填写。");

    // pattern: the field's rule in words, not the regular expression
    browser.type("信访人姓名", "钱十");
    browser.type("公民身份号码", "34132419");
    browser.type("联系电话", "12345");
    browser.until(d -> errors().contains("「公民身份号码」应为18位，最后一位可为数字或X。"));
    browser.until(d -> errors().contains(
        "「联系电话」应为11位手机号码，或带区号的固定电话（如0557-7012345）。"));

    // length: what is allowed and by how much it is over
    setText("反映事项", "欠".repeat(2003));
    browser.until(d -> errors().contains("「反映事项」最多2000个字，现有2003个字，请删减3个字以上。"));
    assertThat(errors()).allSatisfy(e -> assertThat(e)
        .doesNotContain("Field", "pattern", "^", "[0-9]", "$").containsPattern("\\p{IsHan}"));

    // a rule only the server knows: the check character
    setText("反映事项", "在县城工地务工，工资一万元未结。");
    browser.type("公民身份号码", TestIdNumbers.withWrongCheckChar("34132419720202777"));
    browser.type("联系电话", "13855701010");
    browser.type("住址", "泗县黑塔镇");
    browser.choose("问题类别", "拖欠农民工工资");
    browser.type("诉求", "请求结清工资。");
    browser.until(d -> errors().isEmpty());
    browser.click(SUBMIT);
    browser.until(d -> toasts().stream().anyMatch(t -> t.contains("校验位不正确")));
    assertThat(toasts()).allSatisfy(t -> assertThat(t)
        .doesNotContain("Cannot", "joint-reception", "instantiate", " : ").containsPattern("\\p{IsHan}"));

    // corrected: the old toast goes at once, before anything is submitted
    browser.type("公民身份号码", TestIdNumbers.of("34132419720202777"));
    browser.until(d -> toasts().stream().noneMatch(t -> t.contains("校验位不正确")));
    browser.click(SUBMIT);

    // registered: the number to tell the petitioner, what happens next, the receipt to print
    WebElement notice = browser.visible(By.cssSelector(".jf-case-notice"));
    String caseNumber = runtimeService.createProcessInstanceQuery().processDefinitionKey("joint-reception")
        .variableValueEquals("petitionerName", "钱十").singleResult().getBusinessKey();
    assertThat(notice.getText())
        .isEqualTo("已登记，信访件编号 " + caseNumber + "。下一步：分类确认（登记员）。");
    WebElement receipt = browser.visible(By.cssSelector("a.jf-receipt-link"));
    assertThat(receipt.getText()).isEqualTo("打印登记回执（PDF）");
    assertThat(receipt.getAttribute("target")).isEqualTo("_blank");
    String pdfText;
    try (var pdf = Loader.loadPDF(fetch(receipt.getAttribute("href")))) {
      pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
    assertThat(pdfText).contains("登记回执", caseNumber, "钱十");
  }

  @Test
  void routingConfirmedSaysWhichUnitTheCaseWentTo() {
    String caseNumber = TestVisit.of("施九", "34132419680606321", "transport")
        .from("泗县长沟镇", "13855706321")
        .about("村道积水。", "请求疏通。").register(runtimeService);
    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "分类确认");
    browser.completeTask();
    WebElement notice = browser.visible(By.cssSelector(".jf-case-notice"));
    browser.until(d -> notice.getText().contains("下一步"));
    assertThat(notice.getText()).isEqualTo("信访件 " + caseNumber
        + " 分类确认完成，已交 县交通局 办理。下一步：当面接谈（县交通局联合接访窗口）。");
  }

  @Test
  void aTaskCompletedByAColleagueMeanwhileIsSaidInChinese() {
    String caseNumber = TestVisit.of("蒋六", "34132419690707432", "transport")
        .from("泗县山头镇", "13855707432")
        .about("路灯不亮。", "请求维修。").register(runtimeService);
    browser.login("tasklist", "dengji");
    browser.openTask("登记室", caseNumber, "分类确认");
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    taskService.complete(taskId, Map.of("unitCode", "jtj", "problemCategory", "transport"));
    browser.jsClick(browser.visible(By.xpath("//button[contains(normalize-space(.), '完成')]")));
    browser.until(d -> toasts().stream().anyMatch(t -> t.contains("已由他人办理完毕")));
    assertThat(toasts()).allSatisfy(t -> assertThat(t)
        .doesNotContain("No matching", "<-", "Cannot", taskId).containsPattern("\\p{IsHan}"));
  }

  List<String> errors() {
    return browser.driver.findElements(By.cssSelector(".fjs-form-field-error li")).stream()
        .map(WebElement::getText).toList();
  }

  List<String> toasts() {
    return browser.driver.findElements(TOASTS).stream().map(WebElement::getText).toList();
  }

  /** Sets a long text at once, as a paste does (typing thousands of keys is slow). */
  void setText(String label, String text) {
    WebElement input = browser.field(label).findElement(By.cssSelector("input, textarea"));
    ((JavascriptExecutor) browser.driver).executeScript(
        "arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
    browser.until(d -> text.equals(browser.field(label)
        .findElement(By.cssSelector("input, textarea")).getAttribute("value")));
  }

  /** The bytes behind a link, fetched with the page's session. */
  byte[] fetch(String href) {
    String base64 = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.blob()).then(b => {"
            + "  const reader = new FileReader();"
            + "  reader.onload = () => done(reader.result.split(',')[1]);"
            + "  reader.readAsDataURL(b);"
            + "}).catch(e => done(''));",
        href);
    return Base64.getDecoder().decode(base64);
  }
}
