package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.H2ApplicationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every task belongs to a case's process: a unit's and the registration staff's
 * {@code POST …/task/create} (Tasklist's 创建任务) is refused with a Chinese message naming why,
 * over the engine REST API and over Tasklist's engine API, and no task is created.
 */
class StandaloneTaskRefusalTest extends H2ApplicationTest {

  @Autowired TaskService taskService;
  @LocalServerPort int port;

  @Test
  void unitsAndRegistrationStaffCannotCreateATask() throws Exception {
    for (String user : List.of("rsj-staff", "dengji")) {
      ApiClient basic = ApiClient.basic(port, user, "demo");
      ApiClient tasklist = ApiClient.webappSession(port, "tasklist", user, "demo");
      assertRefused(basic, "/engine-rest/task/create", user + "-rest");
      assertRefused(tasklist, "/camunda/api/engine/engine/default/task/create", user + "-tasklist");
    }
  }

  private void assertRefused(ApiClient client, String path, String taskId) throws Exception {
    HttpResponse<String> answer = client.request("POST", path,
        "{\"id\":\"" + taskId + "\",\"name\":\"自建任务\"}");
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(403);
    assertThat(answer.body()).contains("不能新建任务").contains("信访件");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
    assertThat(taskService.createTaskQuery().taskName("自建任务").count()).isZero();
  }
}
