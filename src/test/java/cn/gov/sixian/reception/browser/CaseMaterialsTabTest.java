package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.TestVisit;
import cn.gov.sixian.reception.materials.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 「附件」 tab of a task in Tasklist: the unit uploads a PDF to its case (after a refused
 * HTML file, whose Chinese message it sees), the center director sees it in the same tab, and
 * another unit sees neither the task nor the materials.
 */
class CaseMaterialsTabTest extends BrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theUnitUploadsAPdfTheCenterSeesItAnotherUnitDoesNot() throws Exception {
    String caseNumber = TestVisit.of("周九", "34132419660606999", "wage-arrears").register(runtimeService);
    String routing = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_ConfirmRouting").singleResult().getId();
    taskService.complete(routing, Map.of("unitCode", "rsj", "problemCategory", "wage-arrears"));
    String windowTask = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_FaceToFaceReception").singleResult().getId();
    Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
    Path pdf = Files.write(dir.resolve("来信.pdf"), TestFiles.pdf());
    Path fake = Files.write(dir.resolve("伪装.pdf"), TestFiles.html());

    browser.login("tasklist", "rsj-staff");
    browser.openTask("本单位待办", caseNumber, "当面接谈");
    browser.click(Browser.text("a", "附件"));
    browser.seeText("信访件 " + caseNumber + " 的附件");
    browser.seeText("本信访件尚无附件。");

    upload(fake, "伪装的来信", "来信");
    browser.seeText("「文件」的内容不是PDF、JPEG、PNG或OFD文件");
    assertThat(count(caseNumber)).isZero();

    upload(pdf, "信访人来信", "来信");
    browser.seeText("已上传：信访人来信（来信.pdf）");
    browser.visible(By.xpath("//table[contains(@class,'jf-material-list')]//a[normalize-space(.)='来信.pdf']"));
    assertThat(jdbc.queryForObject("SELECT uploaded_by FROM case_material WHERE case_number = ?",
        String.class, caseNumber)).isEqualTo("rsj-staff");

    // the center director opens the unit's task and sees the material in the same tab
    browser.login("tasklist", "zhuren");
    browser.goAndWait("/camunda/app/tasklist/default/#/?task=" + windowTask,
        Browser.text("a", "附件"));
    browser.click(Browser.text("a", "附件"));
    WebElement link = browser.visible(By.xpath(
        "//table[contains(@class,'jf-material-list')]//a[normalize-space(.)='来信.pdf']"));
    assertThat(link.getAttribute("href")).contains("/api/cases/" + caseNumber + "/materials/");
    browser.seeText("信访人来信");

    // another unit: the task does not open, and the materials address refuses
    browser.login("tasklist", "gaj-staff");
    browser.goAndWait("/camunda/app/tasklist/default/#/?task=" + windowTask,
        Browser.text("a", "本单位待办"));
    browser.pauseFor(Duration.ofSeconds(2));
    assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("信访人来信");
    browser.go("/api/cases/" + caseNumber + "/materials");
    assertThat(browser.driver.findElement(By.tagName("body")).getText())
        .contains("您无权查看该信访件的附件").doesNotContain("来信.pdf");
  }

  private void upload(Path file, String title, String kind) {
    WebElement input = browser.driver.findElement(By.id("jf-material-file"));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement titleField = browser.driver.findElement(By.id("jf-material-title"));
    titleField.clear();
    titleField.sendKeys(title);
    new Select(browser.driver.findElement(By.id("jf-material-kind"))).selectByVisibleText(kind);
    browser.jsClick(browser.driver.findElement(By.xpath("//form[contains(@class,'jf-material-upload')]//button")));
  }

  private long count(String caseNumber) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_material WHERE case_number = ?",
        Long.class, caseNumber);
  }
}
