package cn.gov.sixian.reception.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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
      try (PDDocument pdf = Loader.loadPDF(entries.get(first + ".pdf"))) {
        assertThat(pageText(pdf, 1, 1)).contains("信访事项归档案卷", first);
      }
      String list = new String(entries.get("归档清单.csv"), StandardCharsets.UTF_8);
      assertThat(list).startsWith("\uFEFF信访件编号,信访人,");
      assertThat(list).contains(first + ",李四,拖欠农民工工资,县人社局,", second + ",李四,")
          .doesNotContain(open);
      // a PDF for each listed case, nothing else
      assertThat(entries).hasSize((int) list.lines().count());

      assertThat(restAs("dengji").getForEntity("/api/archive/" + month + ".zip", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(restAs("admin").getForEntity("/api/archive/1999-01.zip", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(restAs("admin").getForEntity("/api/archive/2026-13.zip", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
  }
}
