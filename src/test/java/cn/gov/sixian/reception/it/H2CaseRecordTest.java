package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.materials.TestFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The case record on the embedded H2 default, and the month's archive. */
class H2CaseRecordTest extends H2ApplicationTest {

  @Nested
  class OnH2 extends CaseRecordScenario {

    @Test
    void theMonthsArchiveHoldsTheDossiersOfTheCasesClosedInIt() throws Exception {
      String first = closedCase(this, "34132419800101456");
      String second = closedCase(this, "34132419800101457");
      String open = CaseLifecycleScenario.routed(as("dengji"), "34132419800101458", "wage-arrears", "rsj");
      YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
      // the petitioner's letter, attached after closing: listed in the index, its file archived
      byte[] letter = TestFiles.pdf();
      assertThat(attach(first, "来信.pdf", letter, "信访人来信").getStatusCode())
          .isEqualTo(HttpStatus.CREATED);

      ResponseEntity<byte[]> zip =
          restAs("zhuren").getForEntity("/api/archive/" + month + ".zip", byte[].class);
      assertThat(zip.getStatusCode()).isEqualTo(HttpStatus.OK);
      Map<String, byte[]> entries = new HashMap<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getBody()))) {
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
      assertThat(entries).containsKeys(first + ".pdf", second + ".pdf", "归档清单.csv")
          .doesNotContainKey(open + ".pdf");
      assertThat(entries.get(first + "/附件/01-来信.pdf")).isEqualTo(letter);
      try (PDDocument pdf = Loader.loadPDF(entries.get(first + ".pdf"))) {
        assertThat(pageText(pdf, 1, 1)).contains("信访事项归档案卷", first);
        assertThat(pageText(pdf, 2, 2)).contains("信访人来信", "附件（来信）：附件/01-来信.pdf");
      }
      String list = new String(entries.get("归档清单.csv"), StandardCharsets.UTF_8);
      assertThat(list).startsWith("\uFEFF信访件编号,信访人,");
      assertThat(list).contains(first + ",李四,拖欠农民工工资,县人社局,", second + ",李四,")
          .doesNotContain(open);
      // at the top a PDF for each listed case and the list, nothing else
      assertThat(entries.keySet().stream().filter(name -> !name.contains("/")))
          .hasSize((int) list.lines().count());

      assertThat(restAs("dengji").getForEntity("/api/archive/" + month + ".zip", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(restAs("admin").getForEntity("/api/archive/1999-01.zip", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(restAs("admin").getForEntity("/api/archive/2026-13.zip", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<String> attach(String caseNumber, String fileName, byte[] content,
        String title) {
      MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("file", new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
      parts.add("title", title);
      parts.add("kind", "LETTER");
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return restAs("dengji").postForEntity("/api/cases/" + caseNumber + "/materials",
          new HttpEntity<>(parts, headers), String.class);
    }
  }
}
