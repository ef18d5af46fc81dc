package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.process.InvalidInputException;
import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Tasklist's engine API answers: engine errors staff meet become Chinese, others pass. */
class WebappEngineApiMessagesTest {

  private final WebappEngineApiMessages.TranslatingFilter filter =
      new WebappEngineApiMessages.TranslatingFilter();

  private MockHttpServletResponse answer(int status, String body) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain engine = (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
      res.setContentType("application/json");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
    filter.doFilter(new MockHttpServletRequest("POST",
        "/camunda/api/engine/engine/default/task/t1/submit-form"), response, engine);
    return response;
  }

  @Test
  void taskCompletedElsewhereIsA404InChinese() throws Exception {
    MockHttpServletResponse response = answer(500, "{\"type\":\"RestException\",\"message\":"
        + "\"Cannot submit task form t1: Cannot find task with id t1: task is null\"}");
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains(EngineRestMessages.TASK_GONE).contains("RestException");
  }

  @Test
  void concurrentChangeIsA409AndDatabaseDownA503() throws Exception {
    assertThat(answer(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005"
        + " Execution of 'UPDATE TaskEntity[t1]' failed.\"}").getStatus()).isEqualTo(409);
    MockHttpServletResponse down = answer(500, "{\"type\":\"CannotCreateTransactionException\","
        + "\"message\":\"Could not open JDBC Connection for transaction\"}");
    assertThat(down.getStatus()).isEqualTo(503);
    assertThat(down.getContentAsString(StandardCharsets.UTF_8)).contains(DatabaseFailures.MESSAGE);
  }

  @Test
  void aFormRefusedByAListenerIsA400WithItsBareMessage() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain engine = (req, res) -> {
      // what the engine does inside the request: a listener refuses, the REST layer wraps it
      InvalidInputException input = new InvalidInputException("phone", "「联系电话」格式不正确。");
      EngineInputErrors.note(new ProcessEngineException("wrapped", input));
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
      res.setContentType("application/json");
      res.getOutputStream().write(("{\"type\":\"RestException\",\"message\":\"Cannot instantiate"
          + " process definition joint-reception:1:x: 「联系电话」格式不正确。\"}").getBytes(StandardCharsets.UTF_8));
    };
    filter.doFilter(new MockHttpServletRequest("POST",
        "/camunda/api/engine/engine/default/process-definition/x/submit-form"), response, engine);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"InvalidInputException\",\"message\":\"「联系电话」格式不正确。\"}");
  }

  @Test
  void jacksonsPlainTextAnswerBecomesJsonInChinese() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain engine = (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(400);
      res.setContentType("text/plain");
      res.getOutputStream().write("Unexpected character ('x' (code 120))".getBytes(StandardCharsets.UTF_8));
    };
    filter.doFilter(new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task"),
        response, engine);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(EngineRestMessages.NOT_JSON);
  }

  @Test
  void otherAnswersPassUnchanged() throws Exception {
    String invalid = "{\"type\":\"FormFieldValidationException\",\"message\":\"「公民身份号码」校验位不正确\"}";
    MockHttpServletResponse response = answer(400, invalid);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(invalid);
    assertThat(answer(200, "[{\"id\":\"t1\"}]").getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("[{\"id\":\"t1\"}]");
  }
}
