package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The guards against the published weaknesses of 7.24.0 CE: Admin's first-run setup cannot
 * create an administrator, and task queries with expressions (also inside orQueries) are refused
 * over REST, in the webapps' API and at the engine, while the stored filters keep working.
 */
class WeaknessGuardsTest extends H2ApplicationTest {

  /** Would run a method on a Spring bean if it were evaluated. */
  static final String EXPRESSION = "${identityService.getCurrentAuthentication().getUserId()}";
  static final String OR_QUERY_BODY =
      "{\"orQueries\":[{\"assigneeExpression\":\"" + EXPRESSION + "\"}]}";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theFirstRunSetupCannotCreateAnAdministrator() throws Exception {
    String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},"
        + "\"credentials\":{\"password\":\"Intruder-123456\"}}";
    HttpResponse<String> setup = ApiClient.anonymous(port)
        .postJson("/camunda/api/admin/setup/default/user/create", user);
    assertThat(setup.statusCode()).isEqualTo(403);
    assertThat(setup.body()).contains("已完成初始化");
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void expressionsInOrQueriesAreRefusedOverRest() throws Exception {
    ApiClient unit = ApiClient.basic(port, "rsj-staff", "demo");
    HttpResponse<String> post = unit.postJson("/engine-rest/task", OR_QUERY_BODY);
    assertThat(post.statusCode()).isEqualTo(400);
    // refused by the servlet-level check, before the engine sees it
    assertThat(post.body()).contains("ExpressionRefused", "不允许使用表达式");
    assertThat(unit.postJson("/engine-rest/task/count", OR_QUERY_BODY).statusCode()).isEqualTo(400);

    HttpResponse<String> get = unit.get("/engine-rest/task?assigneeExpression="
        + URLEncoder.encode(EXPRESSION, StandardCharsets.UTF_8));
    assertThat(get.statusCode()).isEqualTo(400);

    String groupTasks = filterId("本单位待办");
    HttpResponse<String> filtered = unit.postJson(
        "/engine-rest/filter/" + groupTasks + "/list?firstResult=0&maxResults=15", OR_QUERY_BODY);
    assertThat(filtered.statusCode()).isEqualTo(400);
    assertThat(filtered.body()).contains("不允许使用表达式");
    assertThat(unit.postJson("/engine-rest/filter/" + groupTasks + "/count", OR_QUERY_BODY)
        .statusCode()).isEqualTo(400);
  }

  @Test
  void anExpressionTheRequestCheckMissesIsStillRefusedByTheEngine() throws Exception {
    // "\u0045" is "E" once JSON is parsed: the servlet-level check does not see the key's name
    String disguised = "{\"orQueries\":[{\"assignee\\u0045xpression\":\"" + EXPRESSION + "\"}]}";
    HttpResponse<String> refused =
        ApiClient.basic(port, "rsj-staff", "demo").postJson("/engine-rest/task?maxResults=15", disguised);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("不允许使用表达式").doesNotContain("ExpressionRefused");
  }

  @Test
  void expressionsInOrQueriesAreRefusedInTheWebappsApi() throws Exception {
    ApiClient tasklist = ApiClient.webappSession(port, "tasklist", "gaj-staff", "demo");
    tasklist.get("/camunda/app/tasklist/default/");
    String token = tasklist.xsrfToken();
    String api = "/camunda/api/engine/engine/default";
    assertThat(tasklist.postJson(api + "/task", OR_QUERY_BODY, "X-XSRF-TOKEN", token)
        .statusCode()).isEqualTo(400);
    assertThat(tasklist.postJson(api + "/filter/" + filterId("本单位待办") + "/list",
        OR_QUERY_BODY, "X-XSRF-TOKEN", token).statusCode()).isEqualTo(400);
    // the stored filter itself (with ${currentUserGroups()}) still lists the unit's tasks
    assertThat(tasklist.postJson(api + "/filter/" + filterId("本单位待办")
        + "/list?firstResult=0&maxResults=15", "{}", "X-XSRF-TOKEN", token).statusCode())
        .isEqualTo(200);
  }

  @Test
  void storedFiltersWithExpressionsStillWork() throws Exception {
    ApiClient unit = ApiClient.basic(port, "rsj-staff", "demo");
    assertThat(unit.get("/engine-rest/filter/" + filterId("本单位待办") + "/list?firstResult=0&maxResults=15").statusCode())
        .isEqualTo(200);
    assertThat(unit.get("/engine-rest/filter/" + filterId("我的待办") + "/count").statusCode())
        .isEqualTo(200);
  }

  @Test
  void onlyAdministratorsCreateFilters() throws Exception {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}";
    assertThat(ApiClient.basic(port, "zhuren", "demo").postJson("/engine-rest/filter/create", filter)
        .statusCode()).isEqualTo(403);
    assertThat(ApiClient.basic(port, "rsj-staff", "demo")
        .postJson("/engine-rest/filter/create", filter).statusCode()).isEqualTo(403);
  }

  @Test
  void theEngineItselfRefusesOrQueryExpressionsFromOutside() {
    identityService.setAuthentication("rsj-staff", List.of("unit-rsj"));
    TaskQuery smuggled = taskService.createTaskQuery().or().taskAssigneeExpression(EXPRESSION).endOr();
    assertThatThrownBy(smuggled::list).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("不允许使用表达式");
    assertThatThrownBy(smuggled::count).isInstanceOf(BadUserRequestException.class);

    // a non-administrator cannot store one in a filter either (refused before any other check)
    identityService.clearAuthentication();
    Filter filter = filterService.newTaskFilter("偷渡").setQuery(taskService.createTaskQuery()
        .or().taskCandidateGroupExpression(EXPRESSION).endOr());
    identityService.setAuthentication("ducha", List.of("supervisors"));
    assertThatThrownBy(() -> filterService.saveFilter(filter))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("不允许使用表达式");
  }

  private String filterId(String name) {
    identityService.clearAuthentication();
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    return filter.getId();
  }

}
