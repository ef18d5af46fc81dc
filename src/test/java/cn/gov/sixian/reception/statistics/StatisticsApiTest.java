package cn.gov.sixian.reception.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics over REST on the shared H2 application: the contract's shape and the access
 * rule. Cases are seeded in March 2019, a month no other test uses.
 */
class StatisticsApiTest extends H2ApplicationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT =
      new ParameterizedTypeReference<>() {};
  private static final String MARCH_2019 = "/api/statistics?from=2019-03-01&to=2019-03-31";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.gov.sixian.reception.catalogue.UnitCatalogue catalogue;

  @BeforeEach
  void seedMarch2019() {
    jdbc.update("DELETE FROM petition_case WHERE case_number LIKE 'ST2019%'");
    SeededCase.registered("ST2019001", "2019-03-04T09:00", "gaj").township("town-dunji")
        .closed("2019-03-08T10:00", "SATISFIED", 4).insert(jdbc);
    SeededCase.registered("ST2019002", "2019-03-05T09:00", "gaj").township("town-dunji").repeat()
        .closed("2019-03-12T10:00", "DISSATISFIED", 5).insert(jdbc);
    SeededCase.registered("ST2019003", "2019-03-31T23:59", "zjj").category("expropriation")
        .group().waitingAt("Task_HandleCase", "办理并书面答复", "2019-06-01T17:30").insert(jdbc);
    // outside the month by one minute
    SeededCase.registered("ST2019004", "2019-04-01T00:00", "zjj").insert(jdbc);
  }

  @Test
  void supervisorsSeeEveryUnit() {
    ResponseEntity<Map<String, Object>> answer = get("ducha", MARCH_2019);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = answer.getBody();
    assertThat(body).containsEntry("from", "2019-03-01").containsEntry("to", "2019-03-31")
        .containsEntry("allUnits", true).containsKeys("generatedAt", "weekly", "tiers",
            "byCategory", "byTownship", "openByUnitAndStage", "overdue");
    Map<String, Object> overall = map(body.get("overall"));
    // 3 cases in March (ST2019004 is April); 2 closed; 1 repeat; 1 group; satisfaction 1 of 2
    assertThat(overall).containsEntry("registered", 3).containsEntry("closed", 2)
        .containsEntry("repeatPetitions", 1).containsEntry("groupVisits", 1)
        .containsEntry("evaluated", 2).containsEntry("satisfactionRate", 0.5)
        .containsEntry("averageHandlingWorkingDays", 4.5);
    List<Map<String, Object>> units = list(body.get("byUnit"));
    assertThat(units).extracting(u -> u.get("unitCode")).containsExactly("gaj", "zjj");
    assertThat(units.get(0)).containsEntry("unitName", "县公安局").containsEntry("registered", 2);
    assertThat(list(body.get("byTownship"))).extracting(t -> t.get("townshipName"))
        .containsExactly("墩集镇", "未填写");
    assertThat(list(body.get("weekly"))).hasSize(5)
        .extracting(w -> w.get("weekStart")).startsWith("2019-02-25");
  }

  @Test
  void theCenterDirectorSeesEveryUnitToo() {
    assertThat(get("zhuren", MARCH_2019).getBody()).containsEntry("allUnits", true);
  }

  @Test
  void aUnitSeesOnlyItsOwnCases() {
    Map<String, Object> body = get("gaj-staff", MARCH_2019).getBody();
    assertThat(body).containsEntry("allUnits", false).containsEntry("unitCodes", List.of("gaj"));
    assertThat(map(body.get("overall"))).containsEntry("registered", 2);
    assertThat(list(body.get("byUnit"))).extracting(u -> u.get("unitCode")).containsExactly("gaj");
    assertThat(list(body.get("openByUnitAndStage"))).allSatisfy(
        row -> assertThat(row.get("unitCode")).isEqualTo("gaj"));
    assertThat(map(get("gaj-leader", MARCH_2019).getBody().get("overall")))
        .containsEntry("registered", 2);
  }

  @Test
  void othersAreRefused() {
    ResponseEntity<Map<String, Object>> staff = get("dengji", MARCH_2019);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) staff.getBody().get("message")).contains("无权查看信访统计");

    ResponseEntity<Map<String, Object>> anonymous =
        rest.exchange(MARCH_2019, HttpMethod.GET, null, OBJECT);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat((String) anonymous.getBody().get("message")).contains("请先登录");
  }

  @Test
  void badDatesAreRefusedNamingTheField() {
    ResponseEntity<Map<String, Object>> badFrom =
        get("ducha", "/api/statistics?from=2019-13-01&to=2019-03-31");
    assertThat(badFrom.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badFrom.getBody()).containsEntry("field", "from");
    assertThat((String) badFrom.getBody().get("message")).contains("开始日期");

    assertThat(get("ducha", "/api/statistics?from=2019-03-01").getBody())
        .containsEntry("field", "to");
    assertThat(get("ducha", "/api/statistics?from=2019-03-31&to=2019-03-01").getBody())
        .containsEntry("field", "to");
  }

  @Test
  void csvForExcel() {
    ResponseEntity<byte[]> csv = rest.withBasicAuth("ducha", "demo").getForEntity(
        "/api/statistics/units.csv?from=2019-03-01&to=2019-03-31", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    String disposition = csv.getHeaders().getFirst("Content-Disposition");
    assertThat(disposition).startsWith("attachment;").contains("; filename*=UTF-8''"
        + "%E4%BF%A1%E8%AE%BF%E7%BB%9F%E8%AE%A1_2019-03-01_2019-03-31.csv");
    ContentDisposition parsed = ContentDisposition.parse(disposition);
    assertThat(parsed.isAttachment()).isTrue();
    assertThat(parsed.getFilename()).isEqualTo("信访统计_2019-03-01_2019-03-31.csv");
    byte[] body = csv.getBody();
    // the byte-order mark Excel needs to read UTF-8
    assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = List.of(
        new String(body, 3, body.length - 3, java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
    assertThat(lines.get(0)).startsWith("单位代码,责任单位,登记件数,已结案件数,初信初访件数,初信初访办结件数,"
        + "初信初访办结率,及时受理率,按期办结率,参评件数,参评率,满意率（满意）,满意率（满意+基本满意）,"
        + "重复访,集体访,越级访,").endsWith(",平均办理用时（工作日）");
    // one row per catalogue unit, then the total
    int units = catalogue.units().size();
    assertThat(lines).hasSize(1 + units + 1);
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]).distinct()).hasSize(units + 1);
    assertThat(lines).contains(
        "gaj,县公安局,2,2,1,1,100.00%,,,2,100.00%,50.00%,50.00%,1,0,0,0,0,0,0,0,0,0,4.5");
    assertThat(lines.get(lines.size() - 1)).startsWith(",合计,3,2,");

    ResponseEntity<byte[]> unit = rest.withBasicAuth("gaj-staff", "demo").getForEntity(
        "/api/statistics/units.csv?from=2019-03-01&to=2019-03-31", byte[].class);
    // the unit's own row and the total
    assertThat(new String(unit.getBody(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n"))
        .hasSize(3);
  }

  @Test
  void monthlyReportPage() {
    ResponseEntity<String> page = rest.withBasicAuth("zhuren", "demo")
        .getForEntity("/api/reports/monthly?month=2019-03", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).isEqualTo("text/html;charset=UTF-8");
    assertThat(page.getBody()).contains("信访工作月度分析报告（2019年3月）", "统计期间：2019-03-01 至 2019-03-31",
        "县公安局", "拖欠农民工工资").doesNotContain("截至", "同期");

    // the current month: up to today, against the same days of the month before
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    ResponseEntity<String> current = rest.withBasicAuth("zhuren", "demo").getForEntity(
        "/api/reports/monthly?month=" + java.time.YearMonth.from(today), String.class);
    assertThat(current.getBody()).contains(
        "截至" + cn.gov.sixian.reception.calendar.ChineseDates.format(today) + "）</h1>",
        "统计期间：" + today.withDayOfMonth(1) + " 至 " + today, "上月同期（");

    ResponseEntity<String> anonymous = rest.getForEntity("/api/reports/monthly?month=2019-03", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=");
    assertThat(anonymous.getBody()).contains("请先登录");

    ResponseEntity<String> badMonth = rest.withBasicAuth("zhuren", "demo")
        .getForEntity("/api/reports/monthly?month=2019-3x", String.class);
    assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badMonth.getBody()).contains("月份格式不正确");
    assertThat(rest.withBasicAuth("dengji", "demo")
        .getForEntity("/api/reports/monthly?month=2019-03", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, OBJECT);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
