package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page a role's navigation offers works for that role, in Chinese: each role logs in on the
 * Welcome page and follows the links of Welcome, Tasklist, Cockpit and Admin that its pages show
 * (bounded, see {@link Crawler}); no request may fail (4xx, 5xx, no answer), no error may be
 * shown and no text may be without Chinese except what {@link ChineseText} allows.
 */
class RoleCrawlTest extends BrowserTest {

  private static final List<String> SUMMARY = new ArrayList<>();
  private static final long STARTED = System.currentTimeMillis();

  @Autowired RuntimeService runtimeService;

  @Override
  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.open(port, true);
  }

  /** Roles that read every case: the dashboard's overdue list links them to a case's instance page. */
  private static final Set<String> READ_EVERY_CASE = Set.of("zhuren", "ducha", "admin");

  private String caseInstance;

  @BeforeEach
  void aCaseToLookAt() {
    ProcessInstance open = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("joint-reception").listPage(0, 1).stream().findFirst().orElse(null);
    caseInstance = open != null ? open.getId() : runtimeService.startProcessInstanceByKey(
        "joint-reception", Map.of(
            "petitionerName", "钱八", "idNumber", TestIdNumbers.of("34132419700303888"),
            "phone", "13855707777", "address", "泗县大庄镇", "visitorCount", 1,
            "problemCategory", "wage-arrears", "matter", "工资拖欠问题。", "request", "支付工资。"))
        .getId();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dengji", "rsj-staff", "zhuren", "ducha", "jijian", "admin"})
  void everyPageOfTheRoleWorksInChinese(String user) {
    long start = System.currentTimeMillis();
    Crawler crawler = new Crawler(browser,
        "admin".equals(user) ? ChineseText.forAdministrator() : ChineseText.forStaff());
    crawler.login(user);
    crawler.crawl(browser.base() + "/camunda/app/welcome/default/");
    if (READ_EVERY_CASE.contains(user)) {
      // a case's instance page and its tabs, as the statistics dashboard's overdue list opens it
      crawler.crawl(browser.base() + "/camunda/app/cockpit/default/#/process-instance/"
          + caseInstance + "/runtime");
    }
    long millis = System.currentTimeMillis() - start;
    SUMMARY.add(String.format("%-10s %3d routes %4d requests %6.1f s", user, crawler.visited.size(),
        crawler.requests, millis / 1000.0));
    System.out.println("Crawl as " + user + ": " + crawler.visited.size() + " routes, "
        + crawler.requests + " requests checked, " + millis + " ms");
    crawler.visited.forEach(page -> System.out.println("  visited " + page));
    crawler.findings.forEach(f -> System.out.println("  FINDING " + f));
    assertThat(crawler.findings).as("what %s's pages showed wrong", user).isEmpty();
  }

  @AfterAll
  static void printTheCrawl() {
    System.out.println("Role crawl: " + SUMMARY.size() + " roles, wall time "
        + (System.currentTimeMillis() - STARTED) / 1000 + " s");
    SUMMARY.forEach(line -> System.out.println("  " + line));
  }
}
