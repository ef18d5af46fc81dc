package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The answers of web/ReadinessGate before the application is ready, and after. */
class ReadinessGateTest {

  private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  private final ReadinessGate.GateFilter gate = new ReadinessGate.GateFilter(availability);
  private final AtomicBoolean passed = new AtomicBoolean();

  private MockHttpServletResponse call(String method, String path, String accept) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    if (accept != null) {
      request.addHeader("Accept", accept);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    passed.set(false);
    gate.doFilter(request, response, (req, res) -> passed.set(true));
    return response;
  }

  private void readiness(ReadinessState state) {
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
  }

  @Test
  void whileStartingTheApisAnswer503InChineseJson() throws Exception {
    for (String path : new String[] {"/api/cases", "/engine-rest/task", "/camunda/api/engine/engine/"}) {
      MockHttpServletResponse response = call("POST", path, "text/html,application/json");
      assertThat(passed).as(path).isFalse();
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeader("Retry-After")).isEqualTo("10");
      assertThat(response.getContentType()).startsWith("application/json");
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .isEqualTo("{\"type\":\"ServiceUnavailable\",\"message\":\"" + ReadinessGate.STARTING + "\"}");
    }
  }

  @Test
  void whileStartingABrowserGetsAPageThatReloadsItself() throws Exception {
    MockHttpServletResponse response = call("GET", "/camunda/app/tasklist/default/",
        "text/html,application/xhtml+xml,*/*;q=0.8");
    assertThat(passed).isFalse();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("text/html");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains(ReadinessGate.STARTING).contains("http-equiv=\"refresh\"").contains("lang=\"zh-CN\"");
  }

  @Test
  void theHealthEndpointAnswersWhileStarting() throws Exception {
    call("GET", "/actuator/health/readiness", null);
    assertThat(passed).isTrue();
  }

  @Test
  void onceReadyEverythingPassesAndStoppingIsSaidSo() throws Exception {
    readiness(ReadinessState.ACCEPTING_TRAFFIC);
    assertThat(call("POST", "/api/cases", null).getStatus()).isEqualTo(200);
    assertThat(passed).isTrue();

    readiness(ReadinessState.REFUSING_TRAFFIC);
    MockHttpServletResponse stopping = call("POST", "/api/cases", null);
    assertThat(passed).isFalse();
    assertThat(stopping.getStatus()).isEqualTo(503);
    assertThat(stopping.getContentAsString(StandardCharsets.UTF_8)).contains(ReadinessGate.STOPPING);
  }
}
