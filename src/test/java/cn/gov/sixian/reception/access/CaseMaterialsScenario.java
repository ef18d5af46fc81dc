package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.sixian.reception.intake.TestIdNumbers;
import cn.gov.sixian.reception.materials.TestFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Materials of a case (附件) over HTTP, as the users whose role it is: the unit the case was
 * given uploads, lists and downloads (the same bytes, the listed SHA-256, always an attachment);
 * the center reads them too; another unit is refused everything and changes nothing; files over
 * the limit, of a type other than PDF, JPEG, PNG or OFD by content, empty or badly described are
 * refused naming the field, with nothing saved; names are cleaned; uploads and downloads are in
 * the access log. Run on H2 and on PostgreSQL with the production profile (see the subclasses).
 */
abstract class CaseMaterialsScenario {

  static final String PASSWORD = "Case#Files-2026";
  static final String REGISTRAR = "cm-dengji";
  static final String RSJ = "cm-rsj";
  static final String GAJ = "cm-gaj";
  static final int MAX_BYTES = 20 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  String caseNumber;

  abstract String adminUser();

  abstract String adminPassword();

  @BeforeEach
  void aCaseAtTheRsjWindow() throws Exception {
    identityService.clearAuthentication();
    TestUsers.ensure(identityService, REGISTRAR, "registration-staff", PASSWORD);
    TestUsers.ensure(identityService, RSJ, "unit-rsj", PASSWORD);
    TestUsers.ensure(identityService, GAJ, "unit-gaj", PASSWORD);
    caseNumber = registerAndRouteToRsj();
  }

  @AfterEach
  void removeUsers() {
    identityService.clearAuthentication();
    for (String user : List.of(REGISTRAR, RSJ, GAJ)) {
      identityService.deleteUser(user);
    }
  }

  @Test
  void theUnitUploadsListsAndDownloadsAndTheCenterReadsToo() throws Exception {
    byte[] pdf = TestFiles.pdf();
    HttpResponse<String> uploaded = upload(basic(RSJ), "来信.pdf", "application/pdf", pdf,
        "信访人来信（手写）", "LETTER");
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    Map<String, Object> material = read(uploaded);
    String href = "/api/cases/" + caseNumber + "/materials/" + material.get("id");
    assertThat(uploaded.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith(href));
    assertThat(material).containsEntry("title", "信访人来信（手写）").containsEntry("kind", "LETTER")
        .containsEntry("kindName", "来信").containsEntry("fileName", "来信.pdf")
        .containsEntry("contentType", "application/pdf").containsEntry("size", pdf.length)
        .containsEntry("sha256", sha256(pdf)).containsEntry("uploadedBy", RSJ)
        .containsEntry("href", href);
    assertThat(material.get("uploadedAt")).isNotNull();
    // the center adds a photo; both list the two in upload order
    assertThat(upload(basic(REGISTRAR), "现场.png", "image/png", TestFiles.png(), "现场照片",
        "PHOTO").statusCode()).isEqualTo(201);
    for (String user : List.of(RSJ, REGISTRAR)) {
      HttpResponse<String> listed = basic(user).get("/api/cases/" + caseNumber + "/materials");
      assertThat(listed.statusCode()).isEqualTo(200);
      List<Map<String, Object>> list = JSON.readValue(listed.body(), List.class);
      assertThat(list).extracting(m -> m.get("title")).containsExactly("信访人来信（手写）", "现场照片");
      assertThat(list.get(0)).isEqualTo(material);
    }

    for (String user : List.of(RSJ, REGISTRAR)) {
      HttpResponse<byte[]> file = basic(user).getBytes(href);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.body()).isEqualTo(pdf);
      assertThat(sha256(file.body())).isEqualTo(material.get("sha256"));
      assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
          assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''%E6%9D%A5%E4%BF%A1.pdf"));
    }
    byte[] stored = jdbc.queryForObject("SELECT content FROM case_material WHERE id = ?",
        byte[].class, material.get("id"));
    assertThat(stored).isEqualTo(pdf);
    // unknown material, unknown case
    assertThat(basic(RSJ).get("/api/cases/" + caseNumber + "/materials/nope").statusCode())
        .isEqualTo(404);
    assertThat(basic(REGISTRAR).get("/api/cases/JF-1999-000001/materials").statusCode())
        .isEqualTo(404);
  }

  @Test
  void anotherUnitReadsNothingAndChangesNothing() throws Exception {
    HttpResponse<String> uploaded = upload(basic(RSJ), "答复.pdf", "application/pdf",
        TestFiles.pdf(), "单位答复", "SEALED_UNIT_REPLY");
    String href = (String) read(uploaded).get("href");
    ApiClient gaj = basic(GAJ);
    HttpResponse<String> list = gaj.get("/api/cases/" + caseNumber + "/materials");
    assertThat(list.statusCode()).isEqualTo(403);
    assertThat(read(list).get("message")).isEqualTo("您无权查看该信访件的附件：" + caseNumber);
    HttpResponse<String> download = gaj.get(href);
    assertThat(download.statusCode()).isEqualTo(403);
    assertThat(download.body()).doesNotContain("%PDF").contains("您无权查看");
    HttpResponse<String> refused = upload(gaj, "x.pdf", "application/pdf", TestFiles.pdf(), "标题",
        "OTHER");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("您无权查看");
    assertThat(materials()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_access_log WHERE user_id = ?",
        Long.class, GAJ)).isZero();
    // without login: 401
    assertThat(ApiClient.anonymous(port).get("/api/cases/" + caseNumber + "/materials")
        .statusCode()).isEqualTo(401);
  }

  @Test
  void filesOverTheLimitAreRefusedAndNothingIsSaved() throws Exception {
    // one byte over: read, then refused naming the file
    byte[] big = new byte[MAX_BYTES + 1];
    System.arraycopy(TestFiles.pdf(), 0, big, 0, TestFiles.pdf().length);
    HttpResponse<String> over = upload(basic(RSJ), "大.pdf", "application/pdf", big, "扫描件",
        "EVIDENCE");
    assertThat(over.statusCode()).isEqualTo(413);
    assertThat(read(over)).containsEntry("field", "file")
        .containsEntry("message", "「文件」过大：每个附件最多20 MB，本次上传未予受理。");
    // far over: refused by its declared length before it is read
    HttpResponse<String> farOver = upload(basic(RSJ), "大.pdf", "application/pdf",
        new byte[MAX_BYTES + 512 * 1024], "扫描件", "EVIDENCE");
    assertThat(farOver.statusCode()).isEqualTo(413);
    assertThat(read(farOver).get("message")).isEqualTo("「文件」过大：每个附件最多20 MB，本次上传未予受理。");
    // chunked, with no length declared: refused as well, nothing saved
    HttpResponse<String> chunked = upload(basic(RSJ), "大.pdf", "application/pdf",
        new byte[MAX_BYTES + 128 * 1024], "扫描件", "EVIDENCE", true);
    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
    assertThat(read(chunked)).containsEntry("field", "file");
    assertThat(materials()).isZero();
    // exactly at the limit: taken
    byte[] atLimit = new byte[MAX_BYTES];
    System.arraycopy(TestFiles.pdf(), 0, atLimit, 0, TestFiles.pdf().length);
    HttpResponse<String> taken = upload(basic(RSJ), "扫描.pdf", "application/pdf", atLimit, "扫描件",
        "EVIDENCE");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
    assertThat(read(taken)).containsEntry("size", MAX_BYTES).containsEntry("sha256", sha256(atLimit));
    assertThat(materials()).isEqualTo(1);
    // the rest of /api keeps its 1 MB bound
    HttpResponse<String> json = basic(RSJ).postJson("/api/cases",
        "{\"x\":\"" + "a".repeat(1024 * 1024) + "\"}");
    assertThat(json.statusCode()).isEqualTo(413);
  }

  @Test
  void onlyPdfJpegPngAndOfdByContentAndWellDescribedUploadsAreTaken() throws Exception {
    ApiClient rsj = basic(RSJ);
    Map<String, byte[]> wrong = new LinkedHashMap<>();
    wrong.put("假.pdf", TestFiles.html());
    wrong.put("压缩包.ofd", TestFiles.zip("word/document.xml"));
    wrong.put("photo.jpg", TestFiles.exe());
    for (Map.Entry<String, byte[]> file : wrong.entrySet()) {
      HttpResponse<String> refused = upload(rsj, file.getKey(), "application/pdf", file.getValue(),
          "材料", "EVIDENCE");
      assertThat(refused.statusCode()).as(file.getKey()).isEqualTo(400);
      assertThat(read(refused)).as(file.getKey()).containsEntry("field", "file")
          .containsEntry("message", "「文件」的内容不是PDF、JPEG、PNG或OFD文件（按文件内容判断，与文件名无关），未予上传。");
    }
    assertRefused(upload(rsj, "空.pdf", "application/pdf", new byte[0], "材料", "EVIDENCE"), "file");
    assertRefused(upload(rsj, "a.pdf", "application/pdf", TestFiles.pdf(), " ", "EVIDENCE"), "title");
    assertRefused(upload(rsj, "a.pdf", "application/pdf", TestFiles.pdf(), "长".repeat(101),
        "EVIDENCE"), "title");
    assertRefused(upload(rsj, "a.pdf", "application/pdf", TestFiles.pdf(), "标\u202E题", "EVIDENCE"),
        "title");
    assertRefused(upload(rsj, "a.pdf", "application/pdf", TestFiles.pdf(), "标题", "来信"), "kind");
    assertRefused(upload(rsj, "a.pdf", "application/pdf", TestFiles.pdf(), "标题", null), "kind");
    assertRefused(upload(rsj, null, null, null, "标题", "LETTER"), "file");
    HttpResponse<String> json = rsj.postJson("/api/cases/" + caseNumber + "/materials", "{}");
    assertThat(json.statusCode()).isEqualTo(415);
    assertThat(materials()).isZero();
    // an OFD, a JPEG and a PNG named for something else are taken, under their own extension
    assertThat(read(upload(rsj, "答复.ofd", "application/octet-stream", TestFiles.ofd(), "盖章答复",
        "SEALED_UNIT_REPLY"))).containsEntry("contentType", "application/ofd")
        .containsEntry("fileName", "答复.ofd");
    assertThat(read(upload(rsj, "承诺书.pdf", "application/pdf", TestFiles.jpeg(), "息访承诺书",
        "SIGNED_COMMITMENT"))).containsEntry("contentType", "image/jpeg")
        .containsEntry("fileName", "承诺书.jpg");
    assertThat(materials()).isEqualTo(2);
  }

  @Test
  void namesAreCleanedOfFoldersAndHiddenCharacters() throws Exception {
    Map<String, Object> saved = read(upload(basic(RSJ), "..\\..\\证据\u202Egnp.exe",
        "image/png", TestFiles.png(), "证据照片", "PHOTO"));
    assertThat(saved).containsEntry("fileName", "证据gnp.png");
    // 120 characters (Tomcat reads part headers of at most 512 bytes: about 150 Chinese characters)
    String longName = "很长的文件名".repeat(20) + ".pdf";
    HttpResponse<String> long120 = upload(basic(RSJ), longName, "application/pdf", TestFiles.pdf(),
        "长名", "OTHER");
    assertThat(long120.statusCode()).as(long120.body()).isEqualTo(201);
    Map<String, Object> cut = read(long120);
    String name = (String) cut.get("fileName");
    assertThat(name.codePointCount(0, name.length())).isEqualTo(100);
    assertThat(name).startsWith("很长的文件名").endsWith(".pdf");
    HttpResponse<byte[]> file = basic(RSJ).getBytes((String) saved.get("href"));
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;").doesNotContain("..", "\\", "exe");
  }

  @Test
  void uploadsAndDownloadsAreInTheAccessLog() throws Exception {
    Map<String, Object> saved = read(upload(basic(RSJ), "来信.pdf", "application/pdf",
        TestFiles.pdf(), "来信", "LETTER"));
    assertThat(basic(REGISTRAR).getBytes((String) saved.get("href")).statusCode()).isEqualTo(200);
    ApiClient admin = ApiClient.basic(port, adminUser(), adminPassword());
    HttpResponse<String> log = admin.get("/api/access-log?caseNumber=" + caseNumber);
    assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
    List<Map<String, Object>> entries = (List<Map<String, Object>>) read(log).get("entries");
    assertThat(entries).filteredOn(e -> ((String) e.get("endpoint")).contains("materials"))
        .extracting(e -> e.get("userId") + " " + e.get("endpoint") + " " + e.get("criteria"))
        .containsExactly(
            REGISTRAR + " GET /api/cases/{caseNumber}/materials/{id} material=" + saved.get("id"),
            RSJ + " POST /api/cases/{caseNumber}/materials material=" + saved.get("id"));
    assertThat(entries).allSatisfy(e -> assertThat(e.get("caseNumbers")).isEqualTo(List.of(caseNumber)));
  }

  // ---- helpers ----

  private long materials() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM case_material WHERE case_number = ?",
        Long.class, caseNumber);
  }

  /** A multipart upload as a browser sends it; null leaves a part out. */
  private HttpResponse<String> upload(ApiClient client, String fileName, String type, byte[] content,
      String title, String kind) throws Exception {
    return upload(client, fileName, type, content, title, kind, false);
  }

  private HttpResponse<String> upload(ApiClient client, String fileName, String type, byte[] content,
      String title, String kind, boolean chunked) throws Exception {
    String boundary = "----jf" + ThreadLocalRandom.current().nextLong(1L << 50);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (content != null) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    for (String[] field : new String[][] {{"title", title}, {"kind", kind}}) {
      if (field[1] != null) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0]
            + "\"\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String path = "/api/cases/" + caseNumber + "/materials";
    return chunked ? client.postMultipartChunked(path, boundary, body.toByteArray())
        : client.postMultipart(path, boundary, body.toByteArray());
  }

  private void assertRefused(HttpResponse<String> answer, String field) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    Map<String, Object> error = read(answer);
    assertThat(error).as(answer.body()).containsEntry("field", field);
    assertThat((String) error.get("message")).containsPattern("\\p{IsHan}");
  }

  private String registerAndRouteToRsj() throws Exception {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("petitionerName", "附件测试");
    form.put("idNumber", TestIdNumbers.of(String.format("3413241979%02d%02d%03d",
        1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28),
        ThreadLocalRandom.current().nextInt(1000))));
    form.put("phone", "13955701234");
    form.put("address", "泗县大庄镇");
    form.put("township", "town-dazhuang");
    form.put("visitorCount", 1);
    form.put("problemCategory", "wage-arrears");
    form.put("matter", "工资被拖欠三个月。");
    form.put("request", "要求支付。");
    HttpResponse<String> registered = basic(REGISTRAR).postJson("/api/cases",
        JSON.writeValueAsString(form));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String number = (String) read(registered).get("caseNumber");
    String routing = awaitTask(number, "Task_ConfirmRouting");
    HttpResponse<String> done = basic(REGISTRAR).postJson("/engine-rest/task/" + routing
        + "/complete", "{\"variables\":{\"unitCode\":{\"value\":\"rsj\"},"
        + "\"problemCategory\":{\"value\":\"wage-arrears\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    awaitTask(number, "Task_FaceToFaceReception");
    return number;
  }

  private String awaitTask(String number, String definitionKey) {
    await().atMost(Duration.ofSeconds(30)).until(() -> taskService.createTaskQuery()
        .processInstanceBusinessKey(number).taskDefinitionKey(definitionKey).count() == 1);
    return taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(definitionKey).singleResult().getId();
  }

  private ApiClient basic(String user) {
    return ApiClient.basic(port, user, PASSWORD);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(HttpResponse<String> response) throws Exception {
    return JSON.readValue(response.body(), LinkedHashMap.class);
  }
}
