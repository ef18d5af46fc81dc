package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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

  @BeforeEach
  void aCaseToLookAt() {
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey("joint-reception").count() == 0) {
      runtimeService.startProcessInstanceByKey("joint-reception", Map.of(
          "petitionerName", "钱八", "idNumber", TestIdNumbers.of("34132419700303888"),
          "phone", "13855707777", "address", "泗县大庄镇", "visitorCount", 1,
          "problemCategory", "wage-arrears", "matter", "工资拖欠问题。", "request", "支付工资。"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dengji", "rsj-staff", "zhuren", "ducha", "jijian", "admin"})
  void everyPageOfTheRoleWorksInChinese(String user) {
    long start = System.currentTimeMillis();
    Crawler crawler = new Crawler(browser,
        "admin".equals(user) ? ChineseText.forAdministrator() : ChineseText.forStaff());
    crawler.login(user);
    crawler.crawl(browser.base() + "/camunda/app/welcome/default/");
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
