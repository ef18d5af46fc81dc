package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.CaseTasks;
import cn.gov.sixian.reception.it.TestVisit;
import cn.gov.sixian.reception.materials.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page (案卷): a supervisor finds a closed case by the petitioner's name and reads its
 * record, on the standalone page and in Cockpit; a unit opens the record from its task in
 * Tasklist, finds its case by name on the page, prints its 受理告知书 and attaches a letter there;
 * another unit finds nothing by that name.
 */
class CaseRecordPageTest extends BrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Test
  void aSupervisorFindsAClosedCaseByNameAndReadsItsRecord() throws Exception {
    String caseNumber = registered("卷宗查阅甲", "34132419710303111");
    complete(caseNumber, "Task_ConfirmRouting", Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "leaderReception", false));
    complete(caseNumber, "Task_FaceToFaceReception", Map.of("receptionOutcome", "RESOLVED",
        "receptionNotes", "当场核实。", "onSpotReply", "当场答复，三日内支付。"));
    complete(caseNumber, "Task_RecordSatisfaction", Map.of("satisfaction", "SATISFIED"));

    browser.login("cockpit", "ducha");
    browser.goAndWait("/case-file/", By.cssSelector("form.jf-search input[name=name]"));
    browser.driver.findElement(By.cssSelector("form.jf-search input[name=name]")).sendKeys("卷宗查阅甲");
    browser.driver.findElement(By.cssSelector("form.jf-search select[name=state] option[value=closed]")).click();
    browser.click(By.cssSelector("form.jf-search button[name=search]"));
    browser.click(By.cssSelector(".jf-results a[data-case='" + caseNumber + "']"));
    browser.seeText("信访件案卷 " + caseNumber);
    browser.seeText("当场答复，三日内支付。");
    String page = browser.driver.findElement(By.cssSelector(".jf-record")).getText();
    assertThat(page).contains("卷宗查阅甲", "当面接谈", "满意度评价", "已结案归档", "满意",
        "归档案卷（PDF）");
    assertThat(page).doesNotContain(TestIdNumbers.of("34132419710303111"));
    // the address names the case, so it can be bookmarked or sent on
    assertThat(browser.driver.getCurrentUrl()).endsWith("caseNumber=" + caseNumber);

    // the same page as a Cockpit route
    browser.goAndWait("/camunda/app/cockpit/default/#/case?caseNumber=" + caseNumber,
        By.cssSelector(".jf-record[data-case='" + caseNumber + "']"));
    // Cockpit scrolls its own view: read the text of the record, shown or scrolled away
    assertThat(browser.driver.findElement(By.cssSelector(".jf-record")).getAttribute("textContent"))
        .contains("当场答复，三日内支付。", "当面接谈");
  }

  @Test
  void aUnitOpensTheRecordFromItsTask() throws Exception {
    String caseNumber = registered("卷宗查阅乙", "34132419720404222");
    complete(caseNumber, "Task_ConfirmRouting", Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "leaderReception", false));
    awaitTask(caseNumber, "Task_FaceToFaceReception");

    browser.login("tasklist", "rsj-staff");
    browser.openTask("本单位待办", caseNumber, "当面接谈");
    browser.click(Browser.text("a", "案卷"));
    WebElement link = browser.visible(By.cssSelector(".jf-case-link a[data-case='" + caseNumber + "']"));
    List<String> before = new ArrayList<>(browser.driver.getWindowHandles());
    link.click();
    browser.until(d -> d.getWindowHandles().size() > before.size());
    String opened = browser.driver.getWindowHandles().stream()
        .filter(h -> !before.contains(h)).findFirst().orElseThrow();
    browser.driver.switchTo().window(opened);
    browser.seeText("信访件案卷 " + caseNumber);
    browser.seeText("分类确认");
    assertThat(browser.driver.findElement(By.cssSelector(".jf-record")).getText())
        .contains("卷宗查阅乙", "当面接谈", "进行中");
  }

  @Test
  void aUnitFindsItsCaseByNamePrintsItsAcceptanceNoticeAndAttachesALetter() throws Exception {
    String caseNumber = registered("卷宗查阅丙", "34132419730505333");
    complete(caseNumber, "Task_ConfirmRouting", Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "leaderReception", false));
    complete(caseNumber, "Task_FaceToFaceReception", Map.of("receptionOutcome", "ACCEPTED",
        "receptionNotes", "需核实用工关系。"));
    complete(caseNumber, "Task_DecideAcceptance", Map.of("acceptanceDecision", "ACCEPT"));
    awaitTask(caseNumber, "Task_HandleCase");
    Path letter = Files.write(Files.createDirectories(Path.of("target", "browser-uploads"))
        .resolve("补充来信.pdf"), TestFiles.pdf());

    browser.login("tasklist", "rsj-staff");
    browser.goAndWait("/case-file/", By.cssSelector("form.jf-search input[name=name]"));
    browser.driver.findElement(By.cssSelector("form.jf-search input[name=name]")).sendKeys("查阅丙");
    browser.click(By.cssSelector("form.jf-search button[name=search]"));
    browser.click(By.cssSelector(".jf-results a[data-case='" + caseNumber + "']"));
    browser.seeText("信访件案卷 " + caseNumber);
    WebElement notice = browser.visible(By.xpath("//tr[td[starts-with(normalize-space(.),"
        + " '信访事项受理告知书')]]//a[normalize-space(.)='查看/打印']"));
    assertThat(notice.getAttribute("target")).isEqualTo("_blank");
    try (PDDocument pdf = Loader.loadPDF(fetched(notice))) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
          .contains("信访事项受理告知书", caseNumber, "卷宗查阅丙", "县人社局");
    }

    // the letter attached on the case page is listed there and in the unit's task tab
    browser.seeText("本信访件尚无附件。");
    browser.driver.findElement(By.id("jf-material-file")).sendKeys(letter.toAbsolutePath().toString());
    browser.driver.findElement(By.id("jf-material-title")).sendKeys("补充来信");
    browser.jsClick(browser.driver.findElement(
        By.xpath("//form[contains(@class,'jf-material-upload')]//button")));
    browser.seeText("已上传：补充来信（补充来信.pdf）");
    browser.visible(By.xpath("//table[contains(@class,'jf-material-list')]"
        + "//a[normalize-space(.)='补充来信.pdf']"));

    // another unit finds nothing by the same name
    browser.login("tasklist", "gaj-staff");
    browser.goAndWait("/case-file/", By.cssSelector("form.jf-search input[name=name]"));
    browser.driver.findElement(By.cssSelector("form.jf-search input[name=name]")).sendKeys("查阅丙");
    browser.click(By.cssSelector("form.jf-search button[name=search]"));
    browser.seeText("没有找到符合条件的信访件。");
  }

  /** The bytes the link answers, fetched with the page's login session. */
  private byte[] fetched(WebElement link) {
    String base64 = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0].href, {credentials: 'same-origin'}).then(r => r.blob())"
            + ".then(b => { const f = new FileReader();"
            + "  f.onload = () => done(f.result.split(',')[1]); f.readAsDataURL(b); })"
            + ".catch(e => done(''));",
        link);
    return Base64.getDecoder().decode(base64);
  }

  private String registered(String name, String idFirst17) {
    return TestVisit.of(name, idFirst17, "wage-arrears").register(runtimeService);
  }

  private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
    CaseTasks.complete(taskService, caseNumber, taskKey, variables);
  }

  private Task awaitTask(String caseNumber, String taskKey) {
    return CaseTasks.await(taskService, caseNumber, taskKey);
  }
}
