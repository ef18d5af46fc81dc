package cn.gov.sixian.reception.documents;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.review.ReviewBodies;
import cn.gov.sixian.reception.supervision.SupervisionProperties;
import cn.gov.sixian.reception.supervision.SupervisionTestBeans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The document beans on a fresh in-memory H2 database with the application's migrations, for
 * unit tests and the plain-engine process tests (listeners by bean name).
 */
public final class DocumentTestBeans {

  private final DataSource dataSource;
  private final CaseDocuments documents;
  private final StepDocuments steps;
  private final JdbcDocumentCounter counter;

  private DocumentTestBeans(
      Clock clock, UnitCatalogue catalogue, DocumentProperties properties, HandlingLimits limits,
      SupervisionProperties supervision, DataSource dataSource) {
    this(clock, catalogue, properties, limits, supervision, dataSource, Runnable::run);
  }

  private DocumentTestBeans(
      Clock clock, UnitCatalogue catalogue, DocumentProperties properties, HandlingLimits limits,
      SupervisionProperties supervision, DataSource dataSource, Executor printing) {
    this(clock, catalogue, properties, limits, supervision, dataSource, printing, SHARED_RENDERER);
  }

  private DocumentTestBeans(
      Clock clock, UnitCatalogue catalogue, DocumentProperties properties, HandlingLimits limits,
      SupervisionProperties supervision, DataSource dataSource, Executor printing,
      PdfRenderer renderer) {
    this.dataSource = dataSource;
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    WorkingDayCalendar calendar = WorkingDayCalendar.builtIn(clock);
    this.counter = new JdbcDocumentCounter(jdbc, new DataSourceTransactionManager(dataSource));
    JdbcDocumentStore store = new JdbcDocumentStore(jdbc);
    this.documents =
        new CaseDocuments(
            new DocumentTemplates(properties), renderer, counter, store,
            properties, catalogue, calendar, limits, supervision, new ReviewBodies(jdbc),
            new FirstPrints(), new DocumentPrinter(renderer, store, printing));
    this.steps = new StepDocuments(documents, calendar, SupervisionTestBeans.caseSlips(jdbc),
        new ReviewBodies(jdbc));
  }

  /** Loading the font once is enough for all tests. */
  private static final PdfRenderer SHARED_RENDERER = new PdfRenderer();

  public static DocumentTestBeans onFreshH2(Clock clock, UnitCatalogue catalogue) {
    return onFreshH2(clock, catalogue, DocumentProperties.defaults(), HandlingLimits.statutory());
  }

  static DocumentTestBeans onFreshH2(
      Clock clock, UnitCatalogue catalogue, DocumentProperties properties, HandlingLimits limits) {
    return onFreshH2(clock, catalogue, properties, limits, SupervisionProperties.plan());
  }

  static DocumentTestBeans onFreshH2(Clock clock, UnitCatalogue catalogue,
      DocumentProperties properties, HandlingLimits limits, SupervisionProperties supervision) {
    String url = "jdbc:h2:mem:docs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new DocumentTestBeans(clock, catalogue, properties, limits, supervision, dataSource);
  }

  /**
   * The same, printing after commit on {@code printing} (tests that hold or race the background
   * printing).
   */
  static DocumentTestBeans onFreshH2(Clock clock, Executor printing) {
    return onFreshH2(clock, printing, SHARED_RENDERER);
  }

  /** The same, rendering with {@code renderer} (tests of a renderer that fails). */
  static DocumentTestBeans onFreshH2(Clock clock, Executor printing, PdfRenderer renderer) {
    String url = "jdbc:h2:mem:docs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new DocumentTestBeans(clock, UnitCatalogue.builtIn(), DocumentProperties.defaults(),
        HandlingLimits.statutory(), SupervisionProperties.plan(), dataSource, printing, renderer);
  }

  /**
   * On an application database already migrated (the plain-engine tests' one, shared with the
   * supervision beans, so a referral quotes the slips they registered).
   */
  public static DocumentTestBeans on(DataSource migrated, Clock clock, UnitCatalogue catalogue) {
    return on(migrated, clock, catalogue, HandlingLimits.statutory(), SupervisionProperties.plan());
  }

  /** The same, with the limits in force. */
  public static DocumentTestBeans on(DataSource migrated, Clock clock, UnitCatalogue catalogue,
      HandlingLimits handling, SupervisionProperties supervision) {
    return new DocumentTestBeans(clock, catalogue, DocumentProperties.defaults(), handling,
        supervision, migrated);
  }

  /** The listeners the models name, by bean name. */
  public Map<String, Object> beans() {
    return Map.ofEntries(
        Map.entry("onSpotCommitmentListener",
            new StepDocumentListener(DocumentStep.COMMITMENT_ON_SPOT, steps)),
        Map.entry("deputyLeaderCommitmentListener",
            new StepDocumentListener(DocumentStep.COMMITMENT_DEPUTY_LEADER, steps)),
        Map.entry("jointMediationCommitmentListener",
            new StepDocumentListener(DocumentStep.COMMITMENT_JOINT, steps)),
        Map.entry("supervisionSlipDocumentListener",
            new StepDocumentListener(DocumentStep.SUPERVISION_SLIP, steps)),
        Map.entry("referralLetterListener", new StepDocumentListener(DocumentStep.REFERRAL, steps)),
        Map.entry("registrationReceiptListener",
            new StepDocumentListener(DocumentStep.REGISTRATION, steps)),
        Map.entry("transferSlipListener", new StepDocumentListener(DocumentStep.ROUTING, steps)),
        Map.entry("acceptanceNoticeListener",
            new StepDocumentListener(DocumentStep.ACCEPTANCE, steps)),
        Map.entry("writtenReplyListener", new StepDocumentListener(DocumentStep.REPLY, steps)),
        Map.entry("extensionNoticeListener",
            new StepDocumentListener(DocumentStep.EXTENSION, steps)),
        Map.entry("reviewOpinionListener", new StepDocumentListener(DocumentStep.REVIEW, steps)),
        Map.entry("reReviewOpinionListener",
            new StepDocumentListener(DocumentStep.RE_REVIEW, steps)),
        Map.entry("finalNonAcceptanceNoticeListener",
            new StepDocumentListener(DocumentStep.FINAL_NON_ACCEPTANCE, steps)));
  }


  /** For assertions: the titles of the case's documents in issue order. */
  public List<String> titlesOf(String caseNumber) {
    return documents.list(caseNumber).stream().map(IssuedDocument::title).toList();
  }

  /** For assertions: the text (whitespace removed) of the case's last document of the kind. */
  public String lastTextOf(String caseNumber, DocumentKind kind) {
    IssuedDocument last = documents.list(caseNumber).stream().filter(d -> d.kind() == kind)
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + kind + " in " + caseNumber));
    byte[] pdf = documents.find(caseNumber, last.id()).orElseThrow().pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CaseDocuments documents() {
    return documents;
  }

  StepDocuments steps() {
    return steps;
  }

  JdbcDocumentCounter counter() {
    return counter;
  }

  DataSource dataSource() {
    return dataSource;
  }
}
