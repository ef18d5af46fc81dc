package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.it.H2ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data minimisation over the engine's generic API: a unit holding a task of a case reads its
 * variables and history through REST and Tasklist's engine API, and never gets the petitioner's
 * full ID number, phone or address — except phone and address on its own 受理审查 and
 * 办理并书面答复 tasks, where it serves the notices and the reply. History and every other engine
 * table hold none of the three; the register keeps them.
 */
class PersonalDataExposureTest extends H2ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE_REST = "/engine-rest";
  private static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

  static final String ID_NUMBER = TestIdNumbers.of("34132419760919358");
  static final String PHONE = "13955708642";
  static final String ADDRESS = "泗县墩集镇新街村18号";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void unitsReadMaskedValuesAndTheFullContactOnlyAtTheirHandlingTasks() throws Exception {
    ApiClient registration = ApiClient.basic(port, "dengji", "demo");
    ApiClient unit = ApiClient.basic(port, "rsj-staff", "demo");
    ApiClient unitInTasklist = ApiClient.webappSession(port, "tasklist", "rsj-staff", "demo");
    ApiClient otherUnit = ApiClient.basic(port, "gaj-staff", "demo");
    ApiClient otherUnitInTasklist = ApiClient.webappSession(port, "tasklist", "gaj-staff", "demo");

    // registered as Tasklist submits the start form (form fields recorded in history too)
    HttpResponse<String> started = registration.postJson(
        ENGINE_REST + "/process-definition/key/joint-reception/submit-form",
        JSON.writeValueAsString(Map.of("variables", startForm())));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();
    List<String> entry = registerEntry(instance);
    String caseNumber = entry.get(0);
    assertThat(entry.subList(1, 4)).containsExactly(ID_NUMBER, PHONE, ADDRESS);

    complete(registration, task(registration, caseNumber, "Task_ConfirmRouting"),
        Map.of("unitCode", "rsj", "problemCategory", "wage-arrears"));
    String reception = task(unit, caseNumber, "Task_FaceToFaceReception");

    // at 当面接谈 the unit reads the case, masked
    for (ApiClient client : List.of(unit, unitInTasklist)) {
      String base = client == unit ? ENGINE_REST : TASKLIST_ENGINE;
      for (String read : readsOfTheCase(reception, instance)) {
        HttpResponse<String> response = client.get(base + read);
        assertThat(response.statusCode()).as(base + read).isEqualTo(200);
        assertNoFullNumbers(base + read, response.body());
        if (!read.startsWith("/history/detail")) { // a step's entries: the phone is nobody's
          assertThat(response.body()).as(base + read).contains("139****8642");
        }
      }
    }

    complete(unit, reception, Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实。"));
    String acceptance = task(unit, caseNumber, "Task_DecideAcceptance");
    // 受理审查: the unit's form shows the full phone and address, another unit gets nothing
    for (ApiClient client : List.of(unit, unitInTasklist)) {
      String base = client == unit ? ENGINE_REST : TASKLIST_ENGINE;
      JsonNode form = JSON.readTree(
          client.get(base + "/task/" + acceptance + "/form-variables").body());
      assertThat(form.at("/phone/value").asText()).isEqualTo(PHONE);
      assertThat(form.at("/address/value").asText()).isEqualTo(ADDRESS);
      assertThat(form.has("idNumber")).isFalse();
    }
    assertThat(unit.get(ENGINE_REST + "/process-instance/" + instance + "/variables").body())
        .doesNotContain(PHONE, ADDRESS);
    for (ApiClient client : List.of(otherUnit, otherUnitInTasklist)) {
      String base = client == otherUnit ? ENGINE_REST : TASKLIST_ENGINE;
      for (String read : readsOfTheCase(acceptance, instance)) {
        HttpResponse<String> response = client.get(base + read);
        assertNoFullNumbers("gaj-staff " + base + read, response.body());
        if (response.statusCode() == 200) {
          assertThat(JSON.readTree(response.body())).as("gaj-staff " + base + read).isEmpty();
        } else {
          assertThat(response.statusCode()).as("gaj-staff " + base + read).isIn(403, 404);
        }
      }
    }

    complete(unit, acceptance, Map.of("acceptanceDecision", "ACCEPT"));
    String handling = task(unit, caseNumber, "Task_HandleCase");
    assertThat(JSON.readTree(unit.get(ENGINE_REST + "/task/" + handling + "/form-variables")
        .body()).at("/phone/value").asText()).isEqualTo(PHONE);
    complete(unit, handling, Map.of("handlingAction", "REPLY", "replyOpinion", "已答复。",
        "establishedFacts", "情况属实。", "replyBasis", "《信访工作条例》。"));
    String feedback = task(registration, caseNumber, "Task_ConfirmFeedback");

    // the handling tasks are done: nothing the unit may read holds the full values any more
    for (ApiClient client : List.of(unit, unitInTasklist)) {
      String base = client == unit ? ENGINE_REST : TASKLIST_ENGINE;
      for (String read : historyOfTheCase(instance)) {
        HttpResponse<String> response = client.get(base + read);
        assertThat(response.statusCode()).as(base + read).isEqualTo(200);
        assertNoFullNumbers(base + read, response.body());
        // phone and address, the case's or the handling tasks' copies from the register, are
        // not kept in history at all (history/CaseHistoryLevel); the masked phone is
        if (read.startsWith("/history/variable-instance")) {
          assertThat(response.body()).as(base + read).contains("139****8642");
        }
        for (com.fasterxml.jackson.databind.JsonNode row : JSON.readTree(response.body())) {
          String name = row.has("variableName") ? row.path("variableName").asText()
              : row.path("name").asText();
          assertThat(name).as(base + read + ": " + row).isNotIn("phone", "address", "idNumber");
        }
      }
      HttpResponse<String> variables =
          client.get(base + "/process-instance/" + instance + "/variables");
      assertNoFullNumbers(base + " variables", variables.body());
    }
    assertNoFullNumbers("feedback form",
        registration.get(ENGINE_REST + "/task/" + feedback + "/form-variables").body());

    List<String> history = new ArrayList<>();
    history.addAll(jdbc.queryForList(
        "SELECT NAME_ || '=' || COALESCE(TEXT_, '') || COALESCE(TEXT2_, '') FROM ACT_HI_VARINST"
            + " WHERE PROC_INST_ID_ = ?", String.class, instance));
    history.addAll(jdbc.queryForList(
        "SELECT NAME_ || '=' || COALESCE(TEXT_, '') || COALESCE(TEXT2_, '') FROM ACT_HI_DETAIL"
            + " WHERE PROC_INST_ID_ = ?", String.class, instance));
    // the full numbers never reach history, not even masked: the masked copies stand for them
    assertThat(history).contains("idNumberMasked=" + ID_NUMBER.substring(0, 3) + "***********"
        + ID_NUMBER.substring(14), "phoneMasked=139****8642");
    assertThat(history).noneMatch(row -> row.startsWith("idNumber=") || row.startsWith("phone=")
        || row.startsWith("address="));
    assertThat(history).noneMatch(row -> row.contains(ID_NUMBER) || row.contains(PHONE)
        || row.contains(ADDRESS));
    assertThat(engineTablesHolding(ID_NUMBER)).isEmpty();
    assertThat(engineTablesHolding(PHONE)).isEmpty();
    assertThat(engineTablesHolding(ADDRESS)).isEmpty();
  }

  @Test
  void casesRegisteredOverTheProjectApiKeepNoFullNumbersEither() throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    startForm().forEach((name, typed) -> form.put(name, ((Map<?, ?>) typed).get("value")));
    form.put("idNumber", TestIdNumbers.of("34132419760919366"));
    HttpResponse<String> registered = ApiClient.basic(port, "dengji", "demo")
        .postJson("/api/cases", JSON.writeValueAsString(form));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String instance = JSON.readTree(registered.body()).get("processInstanceId").asText();
    String variables = ApiClient.basic(port, "zhuren", "demo")
        .get(ENGINE_REST + "/process-instance/" + instance + "/variables").body();
    assertThat(variables).contains("\"phoneMasked\"", "\"idNumberMasked\"")
        .doesNotContain("\"idNumber\"", "\"phone\"", "\"address\"", PHONE, ADDRESS,
            (String) form.get("idNumber"));
  }

  /** The generic reads of a case's variables and their history, for a task of it. */
  static List<String> readsOfTheCase(String task, String instance) {
    List<String> reads = new ArrayList<>(List.of(
        "/task/" + task + "/form-variables",
        "/task/" + task + "/variables",
        "/process-instance/" + instance + "/variables",
        "/variable-instance?processInstanceIdIn=" + instance + "&maxResults=200"));
    reads.addAll(historyOfTheCase(instance));
    return reads;
  }

  static List<String> historyOfTheCase(String instance) {
    return List.of(
        "/history/variable-instance?processInstanceId=" + instance + "&maxResults=500",
        "/history/detail?processInstanceId=" + instance + "&maxResults=500");
  }

  static void assertNoFullNumbers(String what, String body) {
    assertThat(body).as(what).doesNotContain(ID_NUMBER, PHONE, ADDRESS);
  }

  static Map<String, Object> startForm() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("petitionerName", "韩十");
    values.put("idNumber", ID_NUMBER);
    values.put("phone", PHONE);
    values.put("address", ADDRESS);
    values.put("township", "town-dunji");
    values.put("visitorCount", 1);
    values.put("problemCategory", "wage-arrears");
    values.put("matter", "工地拖欠工资五千元。");
    values.put("request", "要求结清工资。");
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, value) -> typed.put(name, Map.of("value", value,
        "type", value instanceof Integer ? "Integer" : "String")));
    return typed;
  }

  /** Case number, ID number, phone and address of the case in the register. */
  List<String> registerEntry(String instance) {
    return jdbc.queryForObject("SELECT case_number, id_number, phone, address FROM petition_case"
        + " WHERE process_instance_id = ?", (row, i) -> java.util.Arrays.asList(row.getString(1),
            row.getString(2), row.getString(3), row.getString(4)), instance);
  }

  /** "table.column" of every engine table whose text or bytes contain {@code value}. */
  List<String> engineTablesHolding(String value) {
    List<String> found = new ArrayList<>();
    jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'ACT\\_%'"
            + " AND DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')")
        .forEach(column -> {
          String table = (String) column.get("TABLE_NAME");
          String name = (String) column.get("COLUMN_NAME");
          Integer hits = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + name
              + " LIKE ?", Integer.class, "%" + value + "%");
          if (hits != null && hits > 0) {
            found.add(table + "." + name);
          }
        });
    jdbc.query("SELECT NAME_, BYTES_ FROM ACT_GE_BYTEARRAY", row -> {
      byte[] bytes = row.getBytes("BYTES_");
      if (bytes != null && new String(bytes, StandardCharsets.UTF_8).contains(value)) {
        found.add("ACT_GE_BYTEARRAY." + row.getString("NAME_"));
      }
    });
    return found;
  }

  String task(ApiClient client, String caseNumber, String definitionKey) {
    return Awaitility.await("task " + definitionKey + " of " + caseNumber)
        .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> JSON.readTree(client.get(ENGINE_REST + "/task?processInstanceBusinessKey="
            + caseNumber + "&taskDefinitionKey=" + definitionKey + "&maxResults=10").body()),
            tasks -> tasks.size() > 0)
        .get(0).get("id").asText();
  }

  static void complete(ApiClient client, String task, Map<String, Object> values)
      throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    HttpResponse<String> response = client.postJson(ENGINE_REST + "/task/" + task + "/complete",
        JSON.writeValueAsString(Map.of("variables", variables)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }
}
