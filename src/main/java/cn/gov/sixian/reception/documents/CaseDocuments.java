package cn.gov.sixian.reception.documents;

import cn.gov.sixian.reception.review.ReviewBodies;
import cn.gov.sixian.reception.review.ReviewBody;
import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.documents.DocumentKind.Issuer;
import cn.gov.sixian.reception.handling.HandlingLimits;
import cn.gov.sixian.reception.supervision.SupervisionProperties;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Issues case documents (文书): numbers them and fills the kind's template in the caller's
 * transaction (the step that produces the document); the PDF, kept with its SHA-256, is printed
 * from that XHTML once the step has committed ({@link DocumentPrinter}, decision 0011). Documents
 * are handed out printed only; reprints come from storage, byte for byte.
 *
 * <p>A template that fails is an administrator's problem, but the step must not pass without its
 * document: a template that does not fill, or fills into markup the renderer cannot read, is
 * logged with the case number and template, and the step is refused with a Chinese message
 * (rolled back, number given back). Staff retry once the template is fixed.
 */
@Service
public class CaseDocuments {

  private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);
  static final String CENTER_CODE = "center";

  private final DocumentTemplates templates;
  private final PdfRenderer renderer;
  private final JdbcDocumentCounter counter;
  private final JdbcDocumentStore store;
  private final DocumentProperties properties;
  private final UnitCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final Map<String, Object> limits;

  private final ReviewBodies reviewBodies;
  private final FirstPrints firstPrints;
  private final DocumentPrinter printer;

  CaseDocuments(
      DocumentTemplates templates,
      PdfRenderer renderer,
      JdbcDocumentCounter counter,
      JdbcDocumentStore store,
      DocumentProperties properties,
      UnitCatalogue catalogue,
      WorkingDayCalendar calendar,
      HandlingLimits handlingLimits,
      SupervisionProperties supervision,
      ReviewBodies reviewBodies) {
    this(templates, renderer, counter, store, properties, catalogue, calendar, handlingLimits,
        supervision, reviewBodies, new FirstPrints(), new DocumentPrinter(renderer, store));
  }

  @org.springframework.beans.factory.annotation.Autowired
  CaseDocuments(
      DocumentTemplates templates,
      PdfRenderer renderer,
      JdbcDocumentCounter counter,
      JdbcDocumentStore store,
      DocumentProperties properties,
      UnitCatalogue catalogue,
      WorkingDayCalendar calendar,
      HandlingLimits handlingLimits,
      SupervisionProperties supervision,
      ReviewBodies reviewBodies,
      FirstPrints firstPrints,
      DocumentPrinter printer) {
    this.reviewBodies = reviewBodies;
    this.firstPrints = firstPrints;
    this.printer = printer;
    this.templates = templates;
    this.renderer = renderer;
    this.counter = counter;
    this.store = store;
    this.properties = properties;
    this.catalogue = catalogue;
    this.calendar = calendar;
    // the limits a document states come from configuration, never from the template's text
    this.limits =
        Map.of(
            "acceptanceDays", handlingLimits.acceptanceDays(),
            "handlingDays", handlingLimits.handlingDays(),
            "maxExtensionDays", handlingLimits.maxExtensionDays(),
            "reviewDays", properties.reviewDays(),
            "feedbackDays", supervision.feedbackDays());
  }

  /**
   * Issues a document of the case.
   *
   * @param unitCode the case's responsible unit (issuer of unit documents; null before routing)
   * @param content the kind's own elements, as the template reads them under {@code c}
   * @param issuedBy the user whose step issues it, or null for the system
   */
  public IssuedDocument issue(
      DocumentKind kind,
      String caseNumber,
      String unitCode,
      Map<String, Object> content,
      String issuedBy) {
    return issue(kind, caseNumber, unitCode, content, issuedBy, Map.of());
  }

  /**
   * Issues a document whose first print carries {@code printOnly} beside the content (the
   * receipt's query code): the stored copy, and every reprint, is printed without it; the first
   * print is kept for {@link #firstPrint} only.
   *
   * @return the document as stored, not printed yet (no PDF, SHA-256 or page count)
   */
  IssuedDocument issue(
      DocumentKind kind,
      String caseNumber,
      String unitCode,
      Map<String, Object> content,
      String issuedBy,
      Map<String, Object> printOnly) {
    Body body = body(kind, unitCode);
    Instant now = calendar.now();
    LocalDate today = calendar.localDate(now);
    long running = counter.next(body.code(), kind, today.getYear());
    String number =
        body.abbreviation() + kind.numberMark() + "〔" + today.getYear() + "〕" + running + "号";
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("doc", document(kind, number, caseNumber, body, today));
    variables.put("office", office(body));
    variables.put("limits", limits);
    variables.put("c", content);
    String xhtml = fill(kind, caseNumber, variables);
    IssuedDocument issued =
        new IssuedDocument(
            UUID.randomUUID().toString(), caseNumber, kind, body.code(), number, kind.title(), now,
            issuedBy, 0, null, null, null);
    store.add(issued, xhtml);
    if (!printOnly.isEmpty()) {
      Map<String, Object> first = new LinkedHashMap<>(content);
      first.putAll(printOnly);
      Map<String, Object> printed = new LinkedHashMap<>(variables);
      printed.put("c", first);
      firstPrints.put(issued.id(), fill(kind, caseNumber, printed));
    }
    if (kind.onePerCase()) {
      store.supersede(caseNumber, kind, issued.id());
    }
    printer.printAfterCommit(issued.id());
    log.info("Issued {} {} for case {}", kind, number, caseNumber);
    return issued;
  }

  /** The center's name, as documents that name it in their text print it. */
  String centerName() {
    return properties.centerName();
  }

  /** The case's documents in issue order, without their bytes; any still waiting printed now. */
  public List<IssuedDocument> list(String caseNumber) {
    List<IssuedDocument> listed = store.list(caseNumber);
    if (listed.stream().allMatch(IssuedDocument::printed)) {
      return listed;
    }
    listed.stream().filter(d -> !d.printed()).forEach(this::print);
    return store.list(caseNumber);
  }

  /**
   * A stored document rendered again with other content under its own number and date (the
   * receipt with a re-issued query code): for one answer, never stored.
   */
  byte[] reprint(IssuedDocument stored, Map<String, Object> content) {
    Body body = body(stored.kind(), CENTER_CODE.equals(stored.bodyCode()) ? null : stored.bodyCode());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("doc", document(stored.kind(), stored.documentNumber(), stored.caseNumber(), body,
        calendar.localDate(stored.issuedAt())));
    variables.put("office", office(body));
    variables.put("limits", limits);
    variables.put("c", content);
    String xhtml = fill(stored.kind(), stored.caseNumber(), variables);
    return renderer.render(xhtml, stored.kind().title());
  }

  /** The first print of a document issued with print-only content, once; then only the stored copy. */
  Optional<byte[]> firstPrint(IssuedDocument document) {
    return firstPrints.take(document.id()).map(xhtml -> renderer.render(xhtml, document.title()));
  }

  /** One document of the case with its stored bytes, printed now if it was still waiting. */
  public Optional<IssuedDocument> find(String caseNumber, String id) {
    Optional<IssuedDocument> found = store.find(caseNumber, id);
    if (found.isEmpty() || found.get().printed()) {
      return found;
    }
    print(found.get());
    return store.find(caseNumber, id);
  }

  private void print(IssuedDocument waiting) {
    try {
      printer.print(waiting.id());
    } catch (RuntimeException e) {
      log.error("Document {} {} of case {} cannot be printed", waiting.kind(),
          waiting.documentNumber(), waiting.caseNumber(), e);
      throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR,
          "《" + waiting.title() + "》（" + waiting.documentNumber() + "）暂时无法打印，请联系管理员。");
    }
  }

  /** The document's XHTML, checked as the renderer will read it. */
  private String fill(DocumentKind kind, String caseNumber, Map<String, Object> variables) {
    try {
      String xhtml = templates.render(kind.template(), variables);
      renderer.check(xhtml);
      return xhtml;
    } catch (RuntimeException e) {
      log.error(
          "Document {} of case {} not issued: template {}.html failed; the step is refused until"
              + " an administrator fixes the template",
          kind, caseNumber, kind.template(), e);
      throw new InvalidInputException(
          "document",
          "《" + kind.title() + "》未能生成（文书模板有误），本次办理未保存。请联系管理员检查文书模板后重试。");
    }
  }

  private Map<String, Object> document(
      DocumentKind kind, String number, String caseNumber, Body body, LocalDate today) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("kind", kind.name());
    doc.put("title", kind.title());
    doc.put("number", number);
    doc.put("caseNumber", caseNumber);
    doc.put("issuer", body.name());
    doc.put("date", ChineseDates.format(today));
    doc.put("seal", properties.sealText());
    return doc;
  }

  private Map<String, Object> office(Body body) {
    Map<String, Object> office = new LinkedHashMap<>();
    office.put("county", properties.county());
    office.put("centerName", properties.centerName());
    office.put("centerAddress", properties.centerAddress());
    office.put("centerPhone", properties.centerPhone());
    office.put("issuerPhone", body.phone());
    office.put("reviewBody", body.reviewBody());
    office.put("disciplineBody", properties.disciplineBody());
    return office;
  }

  private Body body(DocumentKind kind, String unitCode) {
    if (kind.issuer() == Issuer.CENTER || unitCode == null) {
      return new Body(
          CENTER_CODE, properties.centerName(), properties.centerAbbreviation(),
          properties.centerPhone(), properties.reviewBody());
    }
    Unit unit =
        catalogue
            .findUnit(unitCode)
            .orElseThrow(() -> new IllegalStateException("Unit not in the catalogue: " + unitCode));
    DocumentProperties.UnitLetterhead own = properties.units().get(unitCode);
    String abbreviation =
        own != null && own.abbreviation() != null ? own.abbreviation() : unit.name();
    String phone = own != null && own.phone() != null ? own.phone() : properties.centerPhone();
    // the body that reviews the unit's reply: the review_body table (V15), which the review
    // process uses too; configuration only for a unit the table does not list
    String reviewBody = reviewBodies.ofUnit(unitCode).map(ReviewBody::name)
        .orElse(own != null && own.reviewBody() != null ? own.reviewBody() : properties.reviewBody());
    return new Body(unit.code(), unit.name(), abbreviation, phone, reviewBody);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Who issues: code for the counter, name on the heading, abbreviation in the number. */
  private record Body(
      String code, String name, String abbreviation, String phone, String reviewBody) {}
}
