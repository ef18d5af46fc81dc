package cn.gov.sixian.reception.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.documents.StepDocuments.Staff;
import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The step stores the filled document and the PDF is printed after the commit (decision 0011):
 * here the background printing is held, to show what the step leaves, what a reader finds before
 * the background thread has run, and that the bytes kept never change.
 */
class DocumentPrintingTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final Staff UNIT_STAFF = new Staff("rsj-staff", "赵敏", "县人社局");
  private static final String CASE = DocumentsFixture.CASE_NUMBER_VALUE;

  private final List<Runnable> held = new ArrayList<>();
  private final DocumentTestBeans beans = DocumentTestBeans.onFreshH2(CLOCK, held::add);
  private final JdbcTemplate jdbc = new JdbcTemplate(beans.dataSource());
  private final TransactionTemplate step =
      new TransactionTemplate(new DataSourceTransactionManager(beans.dataSource()));

  @Test
  void theStepStoresTheFilledDocumentAndThePdfIsPrintedAfterItCommits() {
    step.executeWithoutResult(s -> issueAcceptanceNotice());

    Map<String, Object> waiting = row();
    assertThat(waiting.get("pdf")).isNull();
    assertThat(waiting.get("sha256")).isNull();
    assertThat((String) waiting.get("xhtml")).contains(DocumentsFixture.PETITIONER, CASE);
    assertThat(held).as("printing handed to the background after the commit").hasSize(1);

    held.get(0).run();

    Map<String, Object> printed = row();
    byte[] pdf = (byte[]) printed.get("pdf");
    assertThat(printed.get("xhtml")).as("the XHTML goes once the PDF is kept").isNull();
    assertThat(printed.get("sha256")).isEqualTo(CaseDocuments.sha256(pdf));
    assertThat(printed.get("page_count")).isEqualTo(1);
    assertThat(beans.lastTextOf(CASE, DocumentKind.ACCEPTANCE_NOTICE))
        .contains(DocumentsFixture.PETITIONER, "信访事项受理告知书");
  }

  @Test
  void aRolledBackStepLeavesNothingToPrint() {
    step.executeWithoutResult(s -> {
      issueAcceptanceNotice();
      s.setRollbackOnly();
    });

    assertThat(held).isEmpty();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_document", Integer.class)).isZero();
  }

  @Test
  void aReaderBeforeTheBackgroundPrintsItAndTheBytesKeptNeverChange() {
    step.executeWithoutResult(s -> issueAcceptanceNotice());

    IssuedDocument listed = beans.documents().list(CASE).get(0);
    assertThat(listed.pageCount()).isEqualTo(1);
    byte[] first = beans.documents().find(CASE, listed.id()).orElseThrow().pdf();
    assertThat(CaseDocuments.sha256(first)).isEqualTo(listed.sha256());

    held.get(0).run(); // the background thread comes late, as another node's reader might

    assertThat(beans.documents().find(CASE, listed.id()).orElseThrow().pdf()).isEqualTo(first);
    assertThat(row().get("sha256")).isEqualTo(listed.sha256());
  }

  @Test
  void theQueryCodeIsInTheFirstPrintOnlyNeverInTheStoredXhtmlOrPdf() {
    ReceiptCodes codes = new ReceiptCodes() {
      @Override
      public java.util.Optional<String> issue(String caseNumber, String issuedBy) {
        return java.util.Optional.of("QK7M 2XR9");
      }

      @Override
      public String publicUrl() {
        return "https://xf.sixian.gov.cn/chaxun/";
      }
    };
    StepDocuments registration = new StepDocuments(beans.documents(),
        cn.gov.sixian.reception.calendar.WorkingDayCalendar.builtIn(CLOCK), null, null, codes);
    step.executeWithoutResult(s -> registration.issue(DocumentStep.REGISTRATION,
        DocumentsFixture.variables(DocumentStep.REGISTRATION), UNIT_STAFF));

    assertThat((String) row().get("xhtml")).contains("不含查询码").doesNotContain("QK7M");
    IssuedDocument receipt = beans.documents().list(CASE).get(0);
    assertThat(text(beans.documents().firstPrint(receipt).orElseThrow()))
        .contains("QK7M2XR9");
    assertThat(beans.documents().firstPrint(receipt)).as("once").isEmpty();
    assertThat(beans.lastTextOf(CASE, DocumentKind.REGISTRATION_RECEIPT)).doesNotContain("QK7M");
  }

  @Test
  void aRendererThatFailsAfterTheStepLeavesTheDocumentWaitingAndTellsTheReader() {
    PdfRenderer failing = new PdfRenderer() {
      @Override
      byte[] render(String xhtml, String title) {
        throw new IllegalStateException("renderer out of order");
      }
    };
    DocumentTestBeans broken = DocumentTestBeans.onFreshH2(CLOCK, held::add, failing);
    new TransactionTemplate(new DataSourceTransactionManager(broken.dataSource()))
        .executeWithoutResult(s -> broken.steps().issue(DocumentStep.ACCEPTANCE,
            DocumentsFixture.variables(DocumentStep.ACCEPTANCE), UNIT_STAFF));

    held.get(0).run(); // logged, not thrown: the step has long been done

    JdbcTemplate db = new JdbcTemplate(broken.dataSource());
    assertThat(db.queryForObject("SELECT COUNT(*) FROM case_document WHERE pdf IS NULL"
        + " AND xhtml IS NOT NULL", Integer.class)).isEqualTo(1);
    assertThatThrownBy(() -> broken.documents().list(CASE))
        .isInstanceOf(ResponseStatusException.class)
        .hasMessageContaining("《信访事项受理告知书》").hasMessageContaining("暂时无法打印，请联系管理员。");
    assertThat(db.queryForObject("SELECT COUNT(*) FROM case_document WHERE pdf IS NULL"
        + " AND xhtml IS NOT NULL", Integer.class)).as("still waiting, nothing half-stored")
        .isEqualTo(1);
  }

  @Test
  void aTemplateEditedIntoMarkupTheRendererCannotReadStillRefusesTheStep(@TempDir Path folder)
      throws Exception {
    DocumentProperties withFolder = new DocumentProperties(folder.toString(), null, null, null,
        "泗县人民路1号", "0557-7022345", null, null, null, null, null);
    DocumentTestBeans admin = DocumentTestBeans.onFreshH2(CLOCK, UnitCatalogue.builtIn(),
        withFolder, HandlingLimits.statutory());
    // fills in Thymeleaf's HTML mode, but <br> is not closed: the renderer reads XHTML only
    Files.writeString(folder.resolve("acceptance-notice.html"),
        "<html><body><p th:text=\"${c.petitionerName}\">x</p><br></body></html>");

    assertThatThrownBy(() -> admin.steps().issue(DocumentStep.ACCEPTANCE,
            DocumentsFixture.variables(DocumentStep.ACCEPTANCE), UNIT_STAFF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("《信访事项受理告知书》未能生成（文书模板有误）");
    assertThat(new JdbcTemplate(admin.dataSource())
        .queryForObject("SELECT COUNT(*) FROM case_document", Integer.class)).isZero();
  }

  private void issueAcceptanceNotice() {
    beans.steps().issue(DocumentStep.ACCEPTANCE,
        DocumentsFixture.variables(DocumentStep.ACCEPTANCE), UNIT_STAFF);
  }

  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> row() {
    return jdbc.queryForMap("SELECT pdf, sha256, page_count, xhtml FROM case_document");
  }
}
