package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.CaseTasks;
import cn.gov.sixian.reception.publicquery.QueryCodes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The petitioner's own page on a phone (360 × 740): looks up a closed case with the code, reads
 * its stage and limits, downloads the written reply, evaluates it and asks for review, all
 * without script, the page never wider than the screen and its style sheet allowed by the CSP.
 * On the staff's case page, the registration staff issue a new code (a unit is offered nothing).
 */
class PublicQueryPhoneTest extends BrowserTest {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired QueryCodes codes;

  @Test
  void aPetitionerLooksUpDownloadsEvaluatesAndAsksForReviewOnAPhone() throws Exception {
    String caseNumber = closedWithAWrittenReply("手机查询甲", "34132419740606444");
    String code = codes.issue(caseNumber, "dengji").orElseThrow();
    jdbc.update("DELETE FROM public_query_attempt");

    browser.driver.manage().window().setSize(new Dimension(360, 740));
    browser.go("/chaxun/");
    browser.visible(By.id("caseNumber")).sendKeys(caseNumber);
    browser.driver.findElement(By.id("code")).sendKeys(code);
    fitsTheScreen();
    browser.click(By.cssSelector("form button[type=submit]"));

    browser.seeText("已结案归档");
    assertThat(browser.driver.findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
    String page = browser.driver.findElement(By.tagName("main")).getText();
    assertThat(page).contains("县人社局", "手**", "受理期限", "办理期限", "按期完成",
        "信访事项处理意见书", "信访事项受理告知书").doesNotContain("手机查询甲", "rsj-staff");
    // the style sheet is served and allowed by the page's policy
    assertThat(((JavascriptExecutor) browser.driver).executeScript(
        "return getComputedStyle(document.querySelector('header')).backgroundColor"))
        .isEqualTo("rgb(155, 28, 28)");
    fitsTheScreen();
    browser.screenshot(Path.of("target", "browser-screenshots", "public-query-360.png"));

    // download the written reply by its link
    WebElement reply = browser.visible(By.xpath("//a[normalize-space(.)='信访事项处理意见书']"));
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(reply.getAttribute("href"))).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

    // evaluate once
    browser.click(By.xpath("//label[normalize-space(.)='基本满意']"));
    browser.driver.findElement(By.id("comment")).sendKeys("办理及时，工资已部分到账。");
    browser.click(By.xpath("//button[normalize-space(.)='提交评价']"));
    browser.seeText("您的评价已提交");
    assertThat(browser.driver.findElement(By.id("evaluation")).getText())
        .contains("基本满意", "办理及时，工资已部分到账。");
    assertThat(browser.driver.findElements(By.xpath("//button[normalize-space(.)='提交评价']")))
        .isEmpty();

    // ask for review
    browser.driver.findElement(By.id("reason-REVIEW")).sendKeys("剩余工资仍未支付，对答复不服。");
    browser.click(By.xpath("//button[normalize-space(.)='申请复查']"));
    browser.seeText("复查申请已提交");
    browser.seeText("复查中");
    fitsTheScreen();
    assertThat(jdbc.queryForObject("SELECT requested_by FROM case_review WHERE case_number = ?",
        String.class, caseNumber)).isEqualTo("petitioner-online");
  }

  @Test
  void theRegistrationStaffReissueTheCodeOnTheCasePageAndAUnitCannot() throws Exception {
    String caseNumber = runtimeService.startProcessInstanceByKey("joint-reception", Map.of(
            "petitionerName", "查询码补发乙", "idNumber", TestIdNumbers.of("34132419750707555"),
            "phone", "13855706666", "address", "泗县草沟镇", "visitorCount", 1,
            "problemCategory", "wage-arrears", "matter", "工地拖欠工资。", "request", "结清工资。"))
        .getBusinessKey();
    CaseTasks.complete(taskService, caseNumber, "Task_ConfirmRouting", Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "leaderReception", false));
    CaseTasks.await(taskService, caseNumber, "Task_FaceToFaceReception");
    String hash = jdbc.queryForObject("SELECT code_hash FROM case_query_code WHERE case_number = ?",
        String.class, caseNumber);

    // the unit reads the record but is offered nothing
    browser.login("tasklist", "rsj-staff");
    browser.goAndWait("/case-file/?caseNumber=" + caseNumber,
        By.cssSelector(".jf-record[data-case='" + caseNumber + "']"));
    browser.until(d -> d.findElements(By.cssSelector(".jf-query-code")).isEmpty());

    browser.login("tasklist", "dengji");
    browser.goAndWait("/case-file/?caseNumber=" + caseNumber, By.cssSelector(".jf-query-code-issue"));
    browser.click(By.cssSelector(".jf-query-code-issue"));
    WebElement receipt = browser.visible(By.cssSelector(".jf-query-code-receipt"));
    assertThat(receipt.getAttribute("href")).startsWith("blob:");
    assertThat(receipt.getText()).isEqualTo("打开并打印登记回执（含新查询码）");
    browser.seeText("原查询码随即失效");
    assertThat(jdbc.queryForObject("SELECT code_hash FROM case_query_code WHERE case_number = ?",
        String.class, caseNumber)).isNotEqualTo(hash);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_access_log l JOIN"
        + " case_access_log_case k ON k.log_id = l.id WHERE k.case_number = ? AND l.user_id ="
        + " 'dengji' AND l.endpoint = 'POST /api/cases/{caseNumber}/query-code'", Long.class,
        caseNumber)).isOne();
  }

  private void fitsTheScreen() {
    Object width = ((JavascriptExecutor) browser.driver).executeScript(
        "return document.documentElement.scrollWidth");
    assertThat(((Number) width).intValue()).as("page width at 360 px").isLessThanOrEqualTo(360);
  }

  /** Registered, accepted and replied by 县人社局, confirmed, rated by staff: closed. */
  private String closedWithAWrittenReply(String name, String idFirst17) throws Exception {
    String caseNumber = runtimeService.startProcessInstanceByKey("joint-reception", Map.of(
            "petitionerName", name, "idNumber", TestIdNumbers.of(idFirst17),
            "phone", "13855706666", "address", "泗县草沟镇", "visitorCount", 1,
            "problemCategory", "wage-arrears", "matter", "工地拖欠工资。", "request", "结清工资。"))
        .getBusinessKey();
    CaseTasks.complete(taskService, caseNumber, "Task_ConfirmRouting", Map.of("unitCode", "rsj",
        "problemCategory", "wage-arrears", "leaderReception", false));
    CaseTasks.complete(taskService, caseNumber, "Task_FaceToFaceReception",
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实。"));
    CaseTasks.complete(taskService, caseNumber, "Task_DecideAcceptance",
        Map.of("acceptanceDecision", "ACCEPT"));
    CaseTasks.complete(taskService, caseNumber, "Task_HandleCase", Map.of("handlingAction",
        "REPLY", "replyOpinion", "已责令支付。", "establishedFacts", "拖欠属实。",
        "replyBasis", "《保障农民工工资支付条例》。"));
    CaseTasks.complete(taskService, caseNumber, "Task_ConfirmFeedback",
        Map.of("feedbackAccepted", true));
    CaseTasks.complete(taskService, caseNumber, "Task_RecordSatisfaction",
        Map.of("satisfaction", "SATISFIED"));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"CLOSED".equals(jdbc.queryForObject(
        "SELECT status FROM petition_case WHERE case_number = ?", String.class, caseNumber))) {
      assertThat(System.nanoTime()).as("case archived").isLessThan(deadline);
      Thread.sleep(100);
    }
    return caseNumber;
  }
}
