package cn.gov.sixian.reception.documents;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.supervision.SupervisionProperties;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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
      DataSource dataSource) {
    this.dataSource = dataSource;
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    WorkingDayCalendar calendar = WorkingDayCalendar.builtIn(clock);
    this.counter = new JdbcDocumentCounter(jdbc, new DataSourceTransactionManager(dataSource));
    this.documents =
        new CaseDocuments(
            new DocumentTemplates(properties), SHARED_RENDERER, counter, new JdbcDocumentStore(jdbc),
            properties, catalogue, calendar, limits, SupervisionProperties.plan());
    this.steps = new StepDocuments(documents, calendar);
  }

  /** Loading the font once is enough for all tests. */
  private static final PdfRenderer SHARED_RENDERER = new PdfRenderer();

  public static DocumentTestBeans onFreshH2(Clock clock, UnitCatalogue catalogue) {
    return onFreshH2(clock, catalogue, DocumentProperties.defaults(), HandlingLimits.statutory());
  }

  static DocumentTestBeans onFreshH2(
      Clock clock, UnitCatalogue catalogue, DocumentProperties properties, HandlingLimits limits) {
    String url = "jdbc:h2:mem:docs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new DocumentTestBeans(clock, catalogue, properties, limits, dataSource);
  }

  /** The listeners the models name, by bean name. */
  public Map<String, Object> beans() {
    return Map.of(
        "registrationReceiptListener", new StepDocumentListener(DocumentStep.REGISTRATION, steps),
        "transferSlipListener", new StepDocumentListener(DocumentStep.ROUTING, steps),
        "acceptanceNoticeListener", new StepDocumentListener(DocumentStep.ACCEPTANCE, steps),
        "writtenReplyListener", new StepDocumentListener(DocumentStep.REPLY, steps),
        "extensionNoticeListener", new StepDocumentListener(DocumentStep.EXTENSION, steps));
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
