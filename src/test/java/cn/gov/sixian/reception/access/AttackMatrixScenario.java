package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.intake.TestIdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attack matrix of the least-privilege rule: what a user can change through the engine
 * equals what their forms and the documented REST contract let them change. Each probe is sent
 * by the least-privileged user who must not succeed — over the engine REST API with HTTP Basic,
 * and over Tasklist's engine API with a login session and its CSRF token — and asserts the
 * <em>effect</em> (variable unchanged, timer still there with its due date, no extra instance,
 * the task still at the right unit), not only the status. Control cases show that every
 * legitimate action still works for the role it belongs to. Run on H2 and on PostgreSQL (see the
 * subclasses); the users are created here, with passwords that meet the production policy.
 */
abstract class AttackMatrixScenario {

  static final String PASSWORD = "Attack#Matrix-2026";
  static final String REGISTRAR = "atk-dengji";
  static final String UNIT = "atk-rsj";
  static final String COLLEAGUE = "atk-rsj2";
  static final String OTHER_UNIT = "atk-gaj";
  static final String DIRECTOR = "atk-zhuren";
  private static final AtomicInteger CASES = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  /** Every probe sent, with its answer: printed at the end of each test. */
  final List<String> probes = new ArrayList<>();

  String caseNumber;
  String caseInstance;
  String receptionTask;
  String idNumber;

  abstract String adminUser();

  abstract String adminPassword();

  @BeforeEach
  void usersAndACaseAtTheRsjWindow() throws Exception {
    identityService.clearAuthentication();
    user(REGISTRAR, "registration-staff");
    user(UNIT, "unit-rsj");
    user(COLLEAGUE, "unit-rsj");
    user(OTHER_UNIT, "unit-gaj");
    user(DIRECTOR, "center-director");

    int n = CASES.incrementAndGet();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("petitionerName", "孙八");
    idNumber = TestIdNumbers.of(String.format("3413241985%02d%02d7%02d", 1 + n % 12, 1 + n % 28, n % 100));
    form.put("idNumber", idNumber);
    form.put("phone", "13955709876");
    form.put("address", "泗县大庄镇");
    form.put("township", "town-dazhuang");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "工资被拖欠三个月。");
    form.put("request", "要求支付。");
    HttpResponse<String> registered = basic(REGISTRAR).postJson("/api/cases", json(form));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    caseNumber = (String) read(registered).get("caseNumber");
    caseInstance = (String) read(registered).get("processInstanceId");
    String routing = awaitTask("Task_ConfirmRouting").getId();
    assertThat(basic(REGISTRAR).postJson("/engine-rest/task/" + routing + "/complete",
        variables(Map.of("unitCode", "rsj", "problemCategory", "wage-arrears"))).statusCode())
        .isEqualTo(204);
    receptionTask = awaitTask("Task_FaceToFaceReception").getId();
  }

  @AfterEach
  void printProbesAndRemoveUsers() {
    System.out.println("Attack matrix, " + probes.size() + " probes:\n  " + String.join("\n  ", probes));
    identityService.clearAuthentication();
    // other tests count the users of the production profile
    for (String user : List.of(REGISTRAR, UNIT, COLLEAGUE, OTHER_UNIT, DIRECTOR)) {
      identityService.deleteUser(user);
    }
  }

  // ---- finding 1: a unit rewrites case data and reroutes its case through its own task ----

  @Test
  void aUnitCannotRewriteCaseDataOrRerouteItsCase() throws Exception {
    for (ApiClient unit : List.of(basic(UNIT), session(UNIT))) {
      String engine = engineApi(unit);
      String task = engine + "/task/" + receptionTask;
      refused(unit, "PUT", task + "/variables/unitCode", value("gaj"));
      refused(unit, "PUT", task + "/variables/receivingGroup", value("unit-gaj"));
      refused(unit, "POST", task + "/variables",
          "{\"modifications\":{\"caseNumber\":{\"value\":\"JF-0000-000001\",\"type\":\"String\"}}}");
      refused(unit, "DELETE", task + "/variables/unitCode", null);
      refused(unit, "PUT", task + "/localVariables/receptionOutcome", value("RESOLVED"));
      refused(unit, "PUT", engine + "/process-instance/" + caseInstance + "/variables/unitCode", value("gaj"));
      refused(unit, "POST", engine + "/process-instance/" + caseInstance + "/variables",
          "{\"modifications\":{\"receivingGroup\":{\"value\":\"unit-gaj\",\"type\":\"String\"}}}");
      refused(unit, "PUT", engine + "/execution/" + caseInstance + "/localVariables/unitCode", value("gaj"));
      // the form's fields plus one the form does not have: refused whole, task still open
      Map<String, Object> smuggled = new LinkedHashMap<>(reception());
      smuggled.put("receivingGroup", "unit-gaj");
      refused(unit, "POST", task + "/complete", variables(smuggled));
      refused(unit, "POST", task + "/submit-form", variables(Map.of("caseNumber", "JF-0000-000001")));
      refused(unit, "POST", task + "/resolve", variables(Map.of("unitCode", "gaj")));
      // read-only (disabled) fields of the form are not the unit's to write either
      refused(unit, "POST", task + "/submit-form", variables(Map.of("petitionerName", "别人")));
      // candidate groups, assignment and delegation to another unit
      refused(unit, "POST", task + "/identity-links", "{\"groupId\":\"unit-gaj\",\"type\":\"candidate\"}");
      refused(unit, "POST", task + "/identity-links", "{\"userId\":\"" + OTHER_UNIT + "\",\"type\":\"candidate\"}");
      refused(unit, "POST", task + "/claim", "{\"userId\":\"" + OTHER_UNIT + "\"}");
      refused(unit, "POST", task + "/assignee", "{\"userId\":\"" + OTHER_UNIT + "\"}");
      refused(unit, "POST", task + "/delegate", "{\"userId\":\"" + OTHER_UNIT + "\"}");
      refused(unit, "POST", task + "/bpmnError", "{\"errorCode\":\"x\"}");
      refused(unit, "POST", task + "/bpmnEscalation", "{\"escalationCode\":\"x\"}");
      refused(unit, "DELETE", task, null);
      refused(unit, "POST", engine + "/task/create", "{\"id\":\"atk-task\",\"name\":\"自建任务\"}");
    }
    // a value of the wrong kind for a field of the form: 400 naming the field
    HttpResponse<String> wrongKind = probe(basic(UNIT), "POST",
        "/engine-rest/task/" + receptionTask + "/complete",
        variables(Map.of("receptionOutcome", 5, "receptionNotes", "x")));
    assertThat(wrongKind.statusCode()).isEqualTo(400);
    assertThat(wrongKind.body()).contains("接谈结果");

    // the effect: nothing changed, the case waits at rsj's window, nobody else sees it
    assertThat(runtimeService.getVariable(caseInstance, "unitCode")).isEqualTo("rsj");
    assertThat(runtimeService.getVariable(caseInstance, "receivingGroup")).isEqualTo("unit-rsj");
    assertThat(runtimeService.getVariable(caseInstance, "caseNumber")).isEqualTo(caseNumber);
    Task task = taskService.createTaskQuery().taskId(receptionTask).singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getOwner()).isNull();
    assertThat(taskService.getVariablesLocal(receptionTask)).isEmpty();
    assertThat(taskService.getIdentityLinksForTask(receptionTask))
        .allSatisfy(link -> assertThat(link.getGroupId()).isIn("unit-rsj", null))
        .noneSatisfy(link -> assertThat(link.getUserId()).isNotNull());
    assertThat(taskService.createTaskQuery().taskId("atk-task").count()).isZero();
    assertThat(caseTasks()).containsExactly("Task_FaceToFaceReception");

    // control: the unit claims, gives back, hands to a colleague and completes with its form
    ApiClient unit = basic(UNIT);
    allowed(unit, "POST", "/engine-rest/task/" + receptionTask + "/claim", "{\"userId\":\"" + UNIT + "\"}");
    allowed(unit, "POST", "/engine-rest/task/" + receptionTask + "/unclaim", null);
    allowed(unit, "POST", "/engine-rest/task/" + receptionTask + "/assignee", "{\"userId\":\"" + COLLEAGUE + "\"}");
    assertThat(taskService.createTaskQuery().taskId(receptionTask).singleResult().getAssignee())
        .isEqualTo(COLLEAGUE);
    ApiClient colleague = session(COLLEAGUE);
    allowed(colleague, "POST", "/camunda/api/engine/engine/default/task/" + receptionTask + "/submit-form",
        variables(reception()));
    assertThat(awaitTask("Task_DecideAcceptance")).isNotNull();
    assertThat(runtimeService.getVariable(caseInstance, "receptionOutcome")).isEqualTo("ACCEPTED");
  }

  // ---- finding 7: full personal numbers reach unit users ----

  @Test
  void theUnitReadsOnlyMaskedNumbersThroughTheEngineApi() throws Exception {
    for (ApiClient unit : List.of(basic(UNIT), session(UNIT))) {
      String engine = engineApi(unit);
      for (String path : List.of(
          "/task/" + receptionTask + "/form-variables",
          "/task/" + receptionTask + "/variables",
          "/process-instance/" + caseInstance + "/variables",
          "/variable-instance?processInstanceIdIn=" + caseInstance + "&maxResults=200",
          "/history/variable-instance?processInstanceId=" + caseInstance + "&maxResults=200",
          "/history/detail?processInstanceId=" + caseInstance + "&maxResults=200")) {
        HttpResponse<String> read = allowed(unit, "GET", engine + path, null);
        assertThat(read.body()).as(path).doesNotContain(idNumber, "13955709876", "泗县大庄镇");
        if (path.startsWith("/history/detail")) {
          // the steps' entries: the numbers are not kept there at all, not even masked
          assertThat(read.body()).as(path).startsWith("[").doesNotContain("\"idNumber\"",
              "\"phone\"", "\"address\"");
        } else {
          assertThat(read.body()).as(path).containsAnyOf("***", "[]");
        }
      }
    }
  }

  // ---- finding 6: a unit moves its own deadline ----

  @Test
  void aUnitCannotMoveItsDeadlineButSetsItsFollowUpDate() throws Exception {
    Date due = taskService.createTaskQuery().taskId(receptionTask).singleResult().getDueDate();
    for (ApiClient unit : List.of(basic(UNIT), session(UNIT))) {
      String path = engineApi(unit) + "/task/" + receptionTask;
      Map<String, Object> dto = taskDto(unit, path);
      dto.put("due", "2099-12-31T17:30:00.000+0800");
      refused(unit, "PUT", path, json(dto));
      dto = taskDto(unit, path);
      dto.put("priority", 100);
      refused(unit, "PUT", path, json(dto));
      dto = taskDto(unit, path);
      dto.put("assignee", OTHER_UNIT);
      refused(unit, "PUT", path, json(dto));
    }
    Task task = taskService.createTaskQuery().taskId(receptionTask).singleResult();
    assertThat(task.getDueDate()).isEqualTo(due);
    assertThat(task.getPriority()).isEqualTo(50);
    assertThat(task.getAssignee()).isNull();

    // control: one's own follow-up date, as Tasklist sets it
    ApiClient unit = session(UNIT);
    String path = "/camunda/api/engine/engine/default/task/" + receptionTask;
    Map<String, Object> dto = taskDto(unit, path);
    dto.put("followUp", "2026-12-31T09:00:00.000+0800");
    allowed(unit, "PUT", path, json(dto));
    assertThat(taskService.createTaskQuery().taskId(receptionTask).singleResult().getFollowUpDate())
        .isNotNull();
  }

  // ---- finding 2: a unit kills or moves the overdue timer of its own supervision slip ----

  @Test
  void aUnitCannotTouchItsSlipsTimerOrInstanceAndAnswersTheDocumentedWay() throws Exception {
    HttpResponse<String> issued = basic(DIRECTOR).postJson(
        "/engine-rest/process-definition/key/supervision/submit-form",
        variables(Map.of("caseNumber", caseNumber, "supervisionDetails", "请于七日内反馈。")));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    String slip = (String) read(issued).get("id");
    await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceId(slip).taskDefinitionKey("Task_SupervisionFeedback").count() == 1);
    Job overdue = slipTimer(slip);
    Date due = overdue.getDuedate();
    String jobDefinition = overdue.getJobDefinitionId();
    Object feedbackDue = runtimeService.getVariable(slip, "feedbackDue");
    String definition = runtimeService.createProcessInstanceQuery().processInstanceId(slip)
        .singleResult().getProcessDefinitionId();

    for (ApiClient unit : List.of(basic(UNIT), session(UNIT))) {
      String engine = engineApi(unit);
      String job = engine + "/job/" + overdue.getId();
      refused(unit, "DELETE", job, null);
      refused(unit, "PUT", job + "/duedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0800\"}");
      refused(unit, "POST", job + "/duedate/recalculate", null);
      refused(unit, "PUT", job + "/retries", "{\"retries\":0}");
      refused(unit, "PUT", job + "/suspended", "{\"suspended\":true}");
      refused(unit, "PUT", job + "/priority", "{\"priority\":1}");
      refused(unit, "POST", job + "/execute", null);
      refused(unit, "POST", engine + "/job/retries", "{\"jobIds\":[\"" + overdue.getId() + "\"],\"retries\":0}");
      refused(unit, "PUT", engine + "/job/suspended",
          "{\"processInstanceId\":\"" + slip + "\",\"suspended\":true}");
      refused(unit, "PUT", engine + "/job-definition/" + jobDefinition + "/suspended", "{\"suspended\":true}");
      refused(unit, "PUT", engine + "/job-definition/" + jobDefinition + "/retries", "{\"retries\":0}");
      refused(unit, "PUT", engine + "/job-definition/" + jobDefinition + "/jobPriority", "{\"priority\":1}");
      String instance = engine + "/process-instance/" + slip;
      refused(unit, "PUT", instance + "/suspended", "{\"suspended\":true}");
      refused(unit, "PUT", instance + "/variables/feedbackDue", value("2099-01-01"));
      refused(unit, "PUT", instance + "/variables/unitName", value("别的单位"));
      refused(unit, "DELETE", instance, null);
      refused(unit, "POST", instance + "/modification",
          "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_SupervisionFeedback\"}]}");
      refused(unit, "POST", engine + "/modification/executeAsync", "{\"processDefinitionId\":\""
          + definition + "\",\"processInstanceIds\":[\"" + slip + "\"],\"instructions\":"
          + "[{\"type\":\"cancel\",\"activityId\":\"Task_SupervisionFeedback\"}]}");
      refused(unit, "POST", engine + "/migration/execute", "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\""
          + definition + "\",\"targetProcessDefinitionId\":\"" + definition + "\",\"instructions\":[]},"
          + "\"processInstanceIds\":[\"" + slip + "\"]}");
      refused(unit, "POST", engine + "/process-instance/delete",
          "{\"processInstanceIds\":[\"" + slip + "\"],\"deleteReason\":\"x\"}");
      refused(unit, "POST", engine + "/process-instance/variables-async", "{\"processInstanceIds\":[\""
          + slip + "\"],\"variables\":{\"feedbackDue\":{\"value\":\"x\",\"type\":\"String\"}}}");
      refused(unit, "POST", engine + "/message", "{\"messageName\":\"SupervisionFeedback\",\"businessKey\":\""
          + caseNumber + "\",\"processVariables\":{\"supervisionFeedback\":{\"value\":\"已办\"}}}");
      refused(unit, "POST", engine + "/signal", "{\"name\":\"x\"}");
      refused(unit, "POST", engine + "/execution/" + slip + "/create-incident",
          "{\"incidentType\":\"failedJob\",\"configuration\":\"x\"}");
      refused(unit, "POST", engine + "/external-task/fetchAndLock",
          "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"t\",\"lockDuration\":1000}]}");
    }
    // the effect: the timer is there with its due date, the slip waits for the unit's feedback
    Job still = slipTimer(slip);
    assertThat(still.getId()).isEqualTo(overdue.getId());
    assertThat(still.getDuedate()).isEqualTo(due);
    assertThat(still.getRetries()).isEqualTo(overdue.getRetries());
    assertThat(still.isSuspended()).isFalse();
    assertThat(managementService.createJobDefinitionQuery().jobDefinitionId(jobDefinition)
        .singleResult().isSuspended()).isFalse();
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(slip)
        .singleResult();
    assertThat(instance.isSuspended()).isFalse();
    assertThat(runtimeService.getVariable(slip, "feedbackDue")).isEqualTo(feedbackDue);
    assertThat(managementService.createBatchQuery().count()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(slip).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(slip).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_SupervisionFeedback");

    // another unit cannot answer the slip the documented way either
    HttpResponse<String> otherUnit = probe(basic(OTHER_UNIT), "POST",
        "/api/cases/" + caseNumber + "/supervision-feedback", "{\"supervisionFeedback\":\"已办\"}");
    assertThat(otherUnit.statusCode()).isEqualTo(404);
    assertThat(otherUnit.body()).contains("没有等待本单位反馈的督办单");
    HttpResponse<String> unknownField = probe(basic(UNIT), "POST",
        "/api/cases/" + caseNumber + "/supervision-feedback",
        "{\"supervisionFeedback\":\"已办\",\"feedbackLate\":false}");
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().processInstanceId(slip).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_SupervisionFeedback");

    // control: the unit's own system answers the documented way, the director reviews
    allowed(basic(UNIT), "POST", "/api/cases/" + caseNumber + "/supervision-feedback",
        "{\"supervisionFeedback\":\"已受理，三日内现场核查。\"}");
    Task review = taskService.createTaskQuery().processInstanceId(slip).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewSupervisionFeedback");
    assertThat(runtimeService.getVariable(slip, "supervisionFeedback")).isEqualTo("已受理，三日内现场核查。");
    allowed(basic(DIRECTOR), "POST", "/engine-rest/task/" + review.getId() + "/complete",
        variables(Map.of("slipAccepted", true)));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(slip).count()).isZero();
  }

  // ---- finding 3: registration staff bypass validation and numbering ----

  @Test
  void registrationStartsOnlyThroughTheFrontDoor() throws Exception {
    long instances = registrations();
    Map<String, Object> valid = registration();
    Map<String, Object> invalid = new LinkedHashMap<>(valid);
    invalid.put("idNumber", "341324198001011234");
    for (ApiClient registrar : List.of(basic(REGISTRAR), session(REGISTRAR))) {
      String definitions = engineApi(registrar) + "/process-definition";
      // skipping at the default start: the engine's builder refuses it before any command
      for (String skip : List.of("skipCustomListeners", "skipIoMappings")) {
        assertThat(probe(registrar, "POST", definitions + "/key/joint-reception/start",
            "{\"" + skip + "\":true," + variablesField(invalid) + "}").statusCode()).isIn(400, 403);
        refused(registrar, "POST", definitions + "/key/joint-reception/start", "{\"" + skip
            + "\":true,\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Event_VisitRegistered\"}]," + variablesField(invalid) + "}");
      }
      refused(registrar, "POST", definitions + "/key/joint-reception/start",
          "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_FaceToFaceReception\"}],"
              + variablesField(invalid) + "}");
      refused(registrar, "POST", definitions + "/key/joint-reception/start",
          "{\"businessKey\":\"" + caseNumber + "\"," + variablesField(valid) + "}");
      refused(registrar, "POST", definitions + "/key/joint-reception/submit-form",
          "{\"businessKey\":\"" + caseNumber + "\"," + variablesField(valid) + "}");
      Map<String, Object> extra = new LinkedHashMap<>(valid);
      extra.put("receivingGroup", "unit-gaj");
      refused(registrar, "POST", definitions + "/key/joint-reception/submit-form", variables(extra));
      refused(registrar, "POST", engineApi(registrar) + "/condition", "{\"variables\":{\"x\":{\"value\":1}}}");
      String definition = runtimeService.createProcessInstanceQuery().processInstanceId(caseInstance)
          .singleResult().getProcessDefinitionId();
      refused(registrar, "POST", definitions + "/" + definition + "/restart",
          "{\"processInstanceIds\":[\"" + caseInstance + "\"],\"instructions\":"
              + "[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_FaceToFaceReception\"}]}");
      refused(registrar, "POST", engineApi(registrar) + "/decision-definition/key/petition-routing/evaluate",
          "{\"variables\":{\"problemCategory\":{\"value\":\"wage-arrears\"}}}");
    }
    // the effect: no instance more, the case number still names one case
    assertThat(registrations()).isEqualTo(instances);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("joint-reception").count()).isEqualTo(1);
    assertThat(managementService.createBatchQuery().count()).isZero();

    // control: the start form in Tasklist and POST /api/cases register and number a case
    HttpResponse<String> byForm = allowed(session(REGISTRAR), "POST",
        "/camunda/api/engine/engine/default/process-definition/key/joint-reception/submit-form",
        variables(registration()));
    String formCase = (String) read(byForm).get("businessKey");
    assertThat(formCase).matches("JF-\\d{4}-\\d{6}");
    HttpResponse<String> byApi = allowed(basic(REGISTRAR), "POST", "/api/cases", json(registration()));
    assertThat((String) read(byApi).get("caseNumber")).matches("JF-\\d{4}-\\d{6}").isNotEqualTo(formCase);
    // a unit starts nothing, through the front door or not
    refused(basic(UNIT), "POST", "/engine-rest/process-definition/key/joint-reception/submit-form",
        variables(registration()));
  }

  // ---- finding 4: attachments and comments cross units by id ----

  @Test
  void attachmentsAndCommentsFollowTheCase() throws Exception {
    String attachment = taskService.createAttachment("application/pdf", receptionTask, caseInstance,
        "来信.pdf", "信访人来信", new java.io.ByteArrayInputStream("%PDF-1.4 test".getBytes())).getId();
    String comment = taskService.createComment(receptionTask, caseInstance, "请核实工地地址。").getId();
    String task = "/engine-rest/task/" + receptionTask;
    for (ApiClient other : List.of(basic(OTHER_UNIT), session(OTHER_UNIT))) {
      String path = engineApi(other) + "/task/" + receptionTask;
      refused(other, "GET", path + "/attachment/" + attachment + "/data", null);
      refused(other, "GET", path + "/attachment/" + attachment, null);
      refused(other, "GET", path + "/attachment", null);
      refused(other, "DELETE", path + "/attachment/" + attachment, null);
      refused(other, "GET", path + "/comment/" + comment, null);
      refused(other, "GET", path + "/comment", null);
      // the REST resource looks the task up as the caller first: 400 "no task found"
      assertThat(probe(other, "POST", path + "/comment/create", "{\"message\":\"别的单位的评论\"}")
          .statusCode()).isIn(400, 403, 404);
    }
    // attachments are not served or taken through the engine API to staff at all
    for (ApiClient unit : List.of(basic(UNIT), session(UNIT))) {
      String path = engineApi(unit) + "/task/" + receptionTask;
      refused(unit, "GET", path + "/attachment/" + attachment + "/data", null);
      refused(unit, "DELETE", path + "/attachment/" + attachment, null);
      HttpResponse<String> upload = probe(unit, "POST", path + "/attachment/create", null);
      assertThat(upload.statusCode()).as(upload.body()).isIn(400, 403, 415);
      refused(unit, "PUT", path + "/comment", "{\"id\":\"" + comment + "\",\"message\":\"改写\"}");
      refused(unit, "DELETE", path + "/comment/" + comment, null);
      HttpResponse<String> hidden = probe(unit, "POST", path + "/comment/create",
          "{\"message\":\"含\\u202e控制字符\"}");
      assertThat(hidden.statusCode()).isEqualTo(400);
      assertThat(hidden.body()).contains("不可见或控制字符");
    }
    assertThat(taskService.getAttachment(attachment)).isNotNull();
    assertThat(taskService.getTaskAttachments(receptionTask)).hasSize(1);
    assertThat(taskService.getTaskComments(receptionTask)).extracting(c -> c.getFullMessage())
        .containsExactly("请核实工地地址。");

    // control: the unit reads and adds comments of its own task; administrators read attachments
    HttpResponse<String> comments = allowed(basic(UNIT), "GET", task + "/comment", null);
    assertThat(comments.body()).contains("请核实工地地址。");
    allowed(session(UNIT), "POST", "/camunda/api/engine/engine/default/task/" + receptionTask
        + "/comment/create", "{\"message\":\"已联系信访人。\"}");
    assertThat(taskService.getTaskComments(receptionTask)).hasSize(2);
    allowed(admin(), "GET", task + "/attachment/" + attachment + "/data", null);
  }

  // ---- finding 5: anyone controls the engine-wide history cleanup job ----

  @Test
  void onlyAdministratorsTouchEngineJobs() throws Exception {
    Job cleanup = historyService.findHistoryCleanupJobs().get(0);
    for (ApiClient staff : List.of(basic(UNIT), basic(REGISTRAR), basic(DIRECTOR), session(UNIT))) {
      String job = engineApi(staff) + "/job/" + cleanup.getId();
      refused(staff, "PUT", job + "/duedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0800\"}");
      refused(staff, "PUT", job + "/retries", "{\"retries\":0}");
      refused(staff, "PUT", job + "/suspended", "{\"suspended\":true}");
      refused(staff, "DELETE", job, null);
      refused(staff, "POST", engineApi(staff) + "/history/cleanup", null);
    }
    Job still = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(still).isNotNull();
    assertThat(still.getDuedate()).isEqualTo(cleanup.getDuedate());
    assertThat(still.getRetries()).isEqualTo(cleanup.getRetries());
    assertThat(still.isSuspended()).isFalse();

    // control: an administrator's powers are untouched
    Task task = taskService.createTaskQuery().taskId(receptionTask).singleResult();
    allowed(admin(), "PUT", "/engine-rest/task/" + receptionTask + "/variables/adminNote", value("核对"));
    assertThat(taskService.getVariable(receptionTask, "adminNote")).isEqualTo("核对");
    allowed(admin(), "PUT", "/engine-rest/job/" + cleanup.getId() + "/priority", "{\"priority\":0}");
    assertThat(task).isNotNull();
  }

  // ---- the duty roster: a unit keeps its own window, the center every post ----

  @Test
  void aUnitCannotChangeAnotherUnitsRosterOrTheCentersPosts() throws Exception {
    LocalDate day = calendar.onOrAfter(calendar.today().plusDays(1));
    String rsj = "/api/roster/" + day + "/rsj";
    try {
      allowed(basic(UNIT), "PUT", rsj, "{\"userId\":\"" + UNIT + "\"}");
      for (ApiClient other : List.of(basic(OTHER_UNIT), session(OTHER_UNIT))) {
        refused(other, "PUT", rsj, "{\"userId\":\"" + COLLEAGUE + "\"}");
        refused(other, "DELETE", rsj, null);
        refused(other, "PUT", "/api/roster/" + day + "/lawyer", "{\"userId\":\"" + OTHER_UNIT + "\"}");
        refused(other, "POST", "/api/roster/rotation", "{\"month\":\"" + day.toString().substring(0, 7)
            + "\",\"post\":\"rsj\",\"people\":[\"" + COLLEAGUE + "\"]}");
      }
      // a session without the CSRF token changes nothing either
      HttpResponse<String> noToken = session(OTHER_UNIT).send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://localhost:" + port + "/api/roster/" + day + "/gaj"))
          .header("Content-Type", "application/json")
          .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + OTHER_UNIT + "\"}")));
      probes.add(noToken.statusCode() + " PUT /api/roster/" + day + "/gaj (no CSRF token)");
      assertThat(noToken.statusCode()).isEqualTo(403);
      assertThat(jdbc.queryForList("SELECT post || '=' || user_id FROM duty_roster WHERE duty_date = ?",
          String.class, java.sql.Date.valueOf(day))).containsExactly("rsj=" + UNIT);
      // control: the center changes any post
      allowed(basic(REGISTRAR), "DELETE", rsj, null);
    } finally {
      jdbc.update("DELETE FROM duty_roster WHERE duty_date = ?", java.sql.Date.valueOf(day));
    }
  }

  @Test
  void onlyThePersonOnDutyTodayChecksInAndOnlyOnce() throws Exception {
    LocalDate today = calendar.today();
    jdbc.update("INSERT INTO duty_roster (duty_date, post, user_id, updated_by, updated_at)"
        + " VALUES (?, 'rsj', ?, 'test', CURRENT_TIMESTAMP)", java.sql.Date.valueOf(today), UNIT);
    try {
      for (ApiClient other : List.of(basic(OTHER_UNIT), session(OTHER_UNIT), basic(COLLEAGUE),
          basic(REGISTRAR), admin())) {
        refused(other, "POST", "/api/roster/check-in", null);
      }
      // a session without the CSRF token checks in nobody, not even the person on duty
      HttpResponse<String> noToken = session(UNIT).send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://localhost:" + port + "/api/roster/check-in"))
          .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
      probes.add(noToken.statusCode() + " POST /api/roster/check-in (no CSRF token)");
      assertThat(noToken.statusCode()).isEqualTo(403);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM duty_check_in", Integer.class)).isZero();
      // control: the person on duty checks in once; the second time changes nothing
      allowed(session(UNIT), "POST", "/api/roster/check-in", null);
      HttpResponse<String> twice = probe(basic(UNIT), "POST", "/api/roster/check-in", null);
      assertThat(twice.statusCode()).isEqualTo(409);
      assertThat(twice.body()).contains("无需重复签到");
      assertThat(jdbc.queryForList("SELECT user_id FROM duty_check_in", String.class))
          .containsExactly(UNIT);
    } finally {
      jdbc.update("DELETE FROM duty_check_in");
      jdbc.update("DELETE FROM duty_roster WHERE duty_date = ?", java.sql.Date.valueOf(today));
    }
  }

  @Test
  void onlyTheDirectorOpensOrClosesAllDayReception() throws Exception {
    LocalDate from = calendar.today().plusDays(30);
    String period = "{\"from\":\"" + from + "\",\"to\":\"" + from.plusDays(7)
        + "\",\"reason\":\"全国两会\"}";
    try {
      for (ApiClient other : List.of(basic(UNIT), session(UNIT), basic(REGISTRAR), admin())) {
        refused(other, "POST", "/api/all-day-reception", period);
      }
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM all_day_reception", Integer.class)).isZero();
      // a session without the CSRF token opens nothing, even the director's
      HttpResponse<String> noToken = session(DIRECTOR).send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://localhost:" + port + "/api/all-day-reception"))
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(period)));
      probes.add(noToken.statusCode() + " POST /api/all-day-reception (no CSRF token)");
      assertThat(noToken.statusCode()).isEqualTo(403);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM all_day_reception", Integer.class)).isZero();
      // control: the director opens it; nobody else closes it
      HttpResponse<String> opened = allowed(session(DIRECTOR), "POST", "/api/all-day-reception", period);
      String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(opened.body())
          .get("id").asText();
      for (ApiClient other : List.of(basic(UNIT), basic(REGISTRAR), admin())) {
        refused(other, "POST", "/api/all-day-reception/" + id + "/close", null);
      }
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM all_day_reception WHERE closed_on IS NULL",
          Integer.class)).isOne();
      allowed(basic(UNIT), "GET", "/api/all-day-reception", null);
    } finally {
      jdbc.update("DELETE FROM all_day_reception");
    }
  }

  @Test
  void onlyTheCentersRolesReadTheAllDayReports() throws Exception {
    LocalDate today = calendar.today();
    String secret = "日报正文JF-2099-000001";
    try {
      jdbc.update("INSERT INTO all_day_reception (id, starts_on, ends_on, reason, opened_by,"
          + " opened_at) VALUES ('atk-period', ?, ?, '全国两会', ?, CURRENT_TIMESTAMP)",
          java.sql.Date.valueOf(today.minusDays(1)), java.sql.Date.valueOf(today.plusDays(1)),
          DIRECTOR);
      jdbc.update("INSERT INTO all_day_report (report_date, period_id, registered, group_visits,"
          + " repeat_petitions, closed, open_cases, overdue, body, created_at)"
          + " VALUES (?, 'atk-period', 1, 1, 0, 0, 1, 0, ?, CURRENT_TIMESTAMP)",
          java.sql.Date.valueOf(today.minusDays(1)), secret);
      for (ApiClient other : List.of(basic(UNIT), session(UNIT), basic(OTHER_UNIT))) {
        assertThat(refused(other, "GET", "/api/all-day-reception/reports", null).body())
            .doesNotContain(secret);
      }
      // control: the center's roles read it
      for (ApiClient reader : List.of(basic(DIRECTOR), basic(REGISTRAR), admin())) {
        assertThat(allowed(reader, "GET", "/api/all-day-reception/reports", null).body())
            .contains(secret);
      }
    } finally {
      jdbc.update("DELETE FROM all_day_report");
      jdbc.update("DELETE FROM all_day_reception");
    }
  }

  @Test
  void onlyTheRegistrationStaffStartAReviewAndOnlyThroughTheProjectsService() throws Exception {
    // the case as if closed with 县人社局's written reply: the register's columns the rule reads,
    // so only the caller's role can stop the request
    jdbc.update("UPDATE petition_case SET status = 'CLOSED', replied_at = CURRENT_TIMESTAMP,"
        + " unit_code = 'rsj', unit_name = '县人社局' WHERE case_number = ?", caseNumber);
    String path = "/api/cases/" + caseNumber + "/review";
    String reason = json(Map.of("reason", "对答复不服。"));
    try {
      for (ApiClient other : List.of(basic(UNIT), session(UNIT), basic(OTHER_UNIT), basic(DIRECTOR))) {
        assertThat(refused(other, "POST", path, reason).body()).contains("登记员");
        refused(other, "POST", path.replace("/review", "/re-review"), reason);
      }
      // nobody starts the model past the service's checks, not even the registration staff
      for (ApiClient client : List.of(basic(UNIT), session(UNIT), basic(REGISTRAR),
          session(REGISTRAR))) {
        for (String key : List.of("review", "re-review")) {
          HttpResponse<String> start = probe(client, "POST", engineApi(client)
              + "/process-definition/key/" + key + "/start",
              "{\"businessKey\":\"" + caseNumber + "\"," + variablesField(Map.of(
                  "caseNumber", caseNumber, "reviewBodyGroup", "unit-rsj", "reviewInCounty", true))
                  + "}");
          assertThat(start.statusCode()).as(start.body()).isGreaterThanOrEqualTo(400);
        }
      }
      assertThat(reviewsOfTheCase()).isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_review WHERE case_number = ?",
          Long.class, caseNumber)).isZero();

      // control: the registration staff register it, once
      allowed(basic(REGISTRAR), "POST", path, reason);
      assertThat(probe(session(REGISTRAR), "POST", path, reason).statusCode()).isEqualTo(409);
      assertThat(reviewsOfTheCase()).isOne();
    } finally {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .processDefinitionKey("review").list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "attack matrix"));
      jdbc.update("DELETE FROM case_review WHERE case_number = ?", caseNumber);
    }
  }

  @Test
  void onlyTheRegistrationStaffIssueAQueryCodeAndNobodyElseReadsOne() throws Exception {
    String path = "/api/cases/" + caseNumber + "/query-code";
    String hashBefore = jdbc.queryForObject(
        "SELECT code_hash FROM case_query_code WHERE case_number = ?", String.class, caseNumber);
    for (ApiClient other : List.of(basic(UNIT), session(UNIT), basic(OTHER_UNIT), basic(DIRECTOR))) {
      assertThat(refused(other, "POST", path, null).body()).contains("登记员");
    }
    // nothing changed: the receipt's code still stands
    assertThat(jdbc.queryForObject("SELECT code_hash FROM case_query_code WHERE case_number = ?",
        String.class, caseNumber)).isEqualTo(hashBefore);
    // the unit reads the receipt, never its first print with the code
    String receipt = jdbc.queryForObject("SELECT id FROM case_document WHERE case_number = ?"
        + " AND kind = 'REGISTRATION_RECEIPT'", String.class, caseNumber);
    HttpResponse<String> unitCopy = probe(basic(UNIT), "GET",
        "/api/cases/" + caseNumber + "/documents/" + receipt + ".pdf", null);
    if (unitCopy.statusCode() == 200) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_access_log WHERE endpoint ="
          + " 'GET /api/cases/{caseNumber}/documents/{id}.pdf' AND user_id = ?", Long.class, UNIT))
          .isZero();
    }
    // control: the registration staff issue a new one
    assertThat(allowed(basic(REGISTRAR), "POST", path, null).headers()
        .firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(jdbc.queryForObject("SELECT code_hash FROM case_query_code WHERE case_number = ?",
        String.class, caseNumber)).isNotEqualTo(hashBefore);
  }

  // ---- helpers ----

  /** Review and re-review instances ever started for the test's case. */
  private long reviewsOfTheCase() {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyIn("review", "re-review").count();
  }

  private HttpResponse<String> refused(ApiClient client, String method, String path, String body)
      throws Exception {
    HttpResponse<String> response = probe(client, method, path, body);
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body())
        .isIn(403, 404);
    if (response.statusCode() == 403) {
      assertThat(response.body()).as(method + " " + path).containsPattern("\\p{IsHan}");
    }
    return response;
  }

  private HttpResponse<String> allowed(ApiClient client, String method, String path, String body)
      throws Exception {
    HttpResponse<String> response = probe(client, method, path, body);
    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body())
        .isBetween(200, 299);
    return response;
  }

  private HttpResponse<String> probe(ApiClient client, String method, String path, String body)
      throws Exception {
    HttpResponse<String> response = client.request(method, path, body);
    probes.add(response.statusCode() + " " + method + " " + path);
    return response;
  }

  private void user(String id, String group) {
    TestUsers.ensure(identityService, id, group, PASSWORD);
  }

  private ApiClient basic(String user) {
    return ApiClient.basic(port, user, PASSWORD);
  }

  private ApiClient session(String user) throws Exception {
    return ApiClient.webappSession(port, "tasklist", user, PASSWORD);
  }

  private ApiClient admin() {
    return ApiClient.basic(port, adminUser(), adminPassword());
  }

  /** The engine REST API for a Basic client, Tasklist's engine API for a session. */
  private static String engineApi(ApiClient client) {
    return client.usesSession() ? "/camunda/api/engine/engine/default" : "/engine-rest";
  }

  private Task awaitTask(String definitionKey) {
    await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey(definitionKey).count() == 1);
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(definitionKey).singleResult();
  }

  /** Cases ever started (running or ended): other processes start and end on their own. */
  private long registrations() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("joint-reception")
        .count();
  }

  private List<String> caseTasks() {
    return taskService.createTaskQuery().processInstanceId(caseInstance).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  private Job slipTimer(String slip) {
    return managementService.createJobQuery().processInstanceId(slip).timers().list().stream()
        .filter(job -> managementService.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()
            .equals("Event_FeedbackOverdue"))
        .findFirst().orElseThrow();
  }

  /** The task as GET returns it, less what the update does not take (as Tasklist sends it). */
  private static Map<String, Object> taskDto(ApiClient client, String path) throws Exception {
    Map<String, Object> dto = read(client.get(path));
    dto.remove("camundaFormRef");
    return dto;
  }

  private static Map<String, Object> reception() {
    return Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需调取工资台账后答复。");
  }

  private static Map<String, Object> registration() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("petitionerName", "周九");
    form.put("idNumber", TestIdNumbers.of("34132419900101" + String.format("%03d", CASES.incrementAndGet() % 1000)));
    form.put("phone", "13955700001");
    form.put("address", "泗县泗城镇");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "工资被拖欠。");
    form.put("request", "要求支付。");
    return form;
  }

  private static String value(String text) throws Exception {
    return json(Map.of("value", text, "type", "String"));
  }

  /** A body {"variables": {name: {"value": …}}} as the REST API and Tasklist send it. */
  private static String variables(Map<String, Object> values) throws Exception {
    return "{" + variablesField(values) + "}";
  }

  private static String variablesField(Map<String, Object> values) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, v) -> typed.put(name, Map.of("value", v)));
    return "\"variables\":" + json(typed);
  }

  private static String json(Object value) throws Exception {
    return JSON.writeValueAsString(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(HttpResponse<String> response) throws Exception {
    return JSON.readValue(response.body(), LinkedHashMap.class);
  }
}
