package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The project's REST API knows its caller: HTTP Basic or the webapps' login session. */
class ApiAuthenticationTest extends H2ApplicationTest {

  @LocalServerPort int port;

  @Test
  void basicCredentialsOfAnEngineUserMakeThemTheCaller() throws Exception {
    HttpResponse<String> me = ApiClient.basic(port, "gaj-staff", "demo").get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"gaj-staff\"", "\"unit-gaj\"");
  }

  @Test
  void wrongCredentialsAreRefusedWithAChallengeAndAChineseMessage() throws Exception {
    HttpResponse<String> refused = ApiClient.basic(port, "jijian", "wrong").get("/api/calendar/years");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic realm="));
    assertThat(refused.body()).startsWith("{\"message\":\"").contains("用户名或密码错误");

    HttpResponse<String> unknown = ApiClient.basic(port, "nobody", "demo").get("/api/calendar/years");
    assertThat(unknown.statusCode()).isEqualTo(401);
  }

  @Test
  void aCockpitLoginSessionAuthenticatesTheApi() throws Exception {
    ApiClient cockpit = ApiClient.webappSession(port, "cockpit", "ducha", "demo");
    HttpResponse<String> me = cockpit.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"userId\":\"ducha\"", "\"supervisors\"");
  }

  @Test
  void aSessionCallThatChangesSomethingNeedsTheCsrfToken() throws Exception {
    ApiClient tasklist = ApiClient.webappSession(port, "tasklist", "dengji", "demo");
    HttpResponse<String> withoutToken = tasklist.postJson("/api/cases", "{}");
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("X-XSRF-TOKEN");

    tasklist.get("/camunda/app/tasklist/default/");
    HttpResponse<String> withToken =
        tasklist.postJson("/api/cases", "{}", "X-XSRF-TOKEN", tasklist.xsrfToken());
    // past the filter: the empty form is refused by validation, not by authentication
    assertThat(withToken.statusCode()).isEqualTo(400);
  }

  @Test
  void theSessionTokenIsGivenToTheSessionOnlyAndAuthorisesItsChanges() throws Exception {
    ApiClient tasklist = ApiClient.webappSession(port, "tasklist", "dengji", "demo");
    tasklist.get("/camunda/app/tasklist/default/");
    HttpResponse<String> token = tasklist.get("/api/session/csrf-token");
    assertThat(token.statusCode()).isEqualTo(200);
    assertThat(token.body()).isEqualTo("{\"token\":\"" + tasklist.xsrfToken() + "\"}");
    assertThat(token.headers().firstValue("Cache-Control")).hasValue("no-store");

    HttpResponse<String> basic = ApiClient.basic(port, "dengji", "demo").get("/api/session/csrf-token");
    assertThat(basic.statusCode()).isEqualTo(404);
    assertThat(basic.body()).contains("没有防跨站令牌");
    assertThat(ApiClient.anonymous(port).get("/api/session/csrf-token").statusCode()).isEqualTo(401);
  }
}
