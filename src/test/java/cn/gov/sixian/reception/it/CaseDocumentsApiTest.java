package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.awaitility.Awaitility;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents over the REST contract: a case registered, routed and accepted has its 登记回执, 转办单
 * and 受理告知书, numbered; the unit prints its notice (the stored bytes, hash as listed, the same
 * on reprint); another unit is refused.
 */
class CaseDocumentsApiTest extends H2ApplicationTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theDocumentsOfAStepArePrintedAfterItWithoutAnyoneReadingThem() throws Exception {
    ReceptionApi center = new ReceptionApi(rest.withBasicAuth("dengji", "demo"));
    String caseNumber = CaseLifecycleScenario.routed(center, "34132419870303457", "wage-arrears", "rsj");

    // the background printer (decision 0011): nobody lists or prints them here
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(jdbc.queryForList("SELECT kind FROM case_document WHERE case_number = ?"
            + " AND pdf IS NOT NULL AND sha256 IS NOT NULL AND page_count > 0 AND xhtml IS NULL",
            String.class, caseNumber)).containsExactlyInAnyOrder("REGISTRATION_RECEIPT", "TRANSFER_SLIP"));
  }

  @Test
  void registeredRoutedAndAcceptedCaseHasItsDocumentsForTheUnitOnly() throws Exception {
    ReceptionApi center = new ReceptionApi(rest.withBasicAuth("dengji", "demo"));
    ReceptionApi unit = new ReceptionApi(rest.withBasicAuth("rsj-staff", "demo"));
    Map<String, Object> form = CaseLifecycleScenario.hotlineForm("34132419870303456");
    String caseNumber = CaseLifecycleScenario.routed(center, "34132419870303456", "wage-arrears", "rsj");
    unit.complete((String) unit.awaitTask(caseNumber, "Task_FaceToFaceReception").get("id"),
        Map.of("receptionOutcome", "ACCEPTED", "receptionNotes", "需核实。"));
    unit.complete((String) unit.awaitTask(caseNumber, "Task_DecideAcceptance").get("id"),
        Map.of("acceptanceDecision", "ACCEPT"));

    ResponseEntity<List<Map<String, Object>>> listed = rest.withBasicAuth("rsj-staff", "demo")
        .exchange("/api/cases/" + caseNumber + "/documents", HttpMethod.GET, null, LIST);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> documents = listed.getBody();
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    assertThat(documents).extracting(d -> d.get("kind"))
        .containsExactly("REGISTRATION_RECEIPT", "TRANSFER_SLIP", "ACCEPTANCE_NOTICE");
    assertThat(documents).extracting(d -> (String) d.get("documentNumber")).satisfiesExactly(
        n -> assertThat(n).matches("泗信登〔" + year + "〕\\d+号"),
        n -> assertThat(n).matches("泗信转〔" + year + "〕\\d+号"),
        n -> assertThat(n).matches("县人社局受〔" + year + "〕\\d+号"));
    assertThat(documents).allSatisfy(d -> assertThat(d.get("superseded")).isEqualTo(false));
    Map<String, Object> notice = documents.get(2);
    assertThat(notice).containsEntry("title", "信访事项受理告知书").containsEntry("issuedBy", "rsj-staff");

    String pdfPath = (String) notice.get("pdf");
    ResponseEntity<byte[]> printed = rest.withBasicAuth("rsj-staff", "demo").getForEntity(pdfPath, byte[].class);
    assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(printed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(printed.getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(printed.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("信访事项受理告知书（" + notice.get("documentNumber") + "）.pdf");
    byte[] stored = jdbc.queryForObject(
        "SELECT pdf FROM case_document WHERE id = ?", byte[].class, notice.get("id"));
    assertThat(printed.getBody()).isEqualTo(stored);
    assertThat(sha256(printed.getBody())).isEqualTo(notice.get("sha256"));

    // the petitioner's name is on it, the full ID number and phone are not
    String text;
    try (var pdf = Loader.loadPDF(printed.getBody())) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
    assertThat(text).contains((String) form.get("petitionerName"), caseNumber, "县人社局",
        (String) notice.get("documentNumber"));
    assertThat(text).doesNotContain((String) form.get("idNumber"), (String) form.get("phone"));

    // reprint: the same bytes again
    assertThat(rest.withBasicAuth("rsj-staff", "demo").getForEntity(pdfPath, byte[].class).getBody())
        .isEqualTo(printed.getBody());
    // the center reads it too
    assertThat(rest.withBasicAuth("dengji", "demo").getForEntity(pdfPath, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // another unit: refused with a Chinese message, list and print alike
    TestRestTemplate other = rest.withBasicAuth("zjj-staff", "demo");
    ResponseEntity<String> refusedList =
        other.getForEntity("/api/cases/" + caseNumber + "/documents", String.class);
    assertThat(refusedList.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refusedList.getBody()).contains("您无权查看");
    assertThat(other.getForEntity(pdfPath, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // unknown case and unknown document
    assertThat(rest.withBasicAuth("dengji", "demo")
            .getForEntity("/api/cases/JF-1999-000001/documents", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("dengji", "demo")
            .getForEntity("/api/cases/" + caseNumber + "/documents/no-such-id.pdf", String.class)
            .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
