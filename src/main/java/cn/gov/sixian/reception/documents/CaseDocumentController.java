package cn.gov.sixian.reception.documents;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case's documents for whoever may read the case ({@link CaseAccess#mayRead}: the center and
 * supervisors every case, a unit the cases given to it). Prints are the stored bytes, never a
 * new rendering, so a reprint is identical to the document issued.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/documents")
class CaseDocumentController {

  static final String FIRST_PRINT = "GET /api/cases/{caseNumber}/documents/{id}.pdf";

  private final CaseDocuments documents;
  private final CaseRegister register;
  private final CaseAccess access;
  private final AccessLog accessLog;

  CaseDocumentController(CaseDocuments documents, CaseRegister register, CaseAccess access,
      AccessLog accessLog) {
    this.accessLog = accessLog;
    this.documents = documents;
    this.register = register;
    this.access = access;
  }

  @GetMapping
  List<DocumentView> list(@PathVariable String caseNumber) {
    checkMayRead(caseNumber);
    return documents.list(caseNumber).stream().map(DocumentView::of).toList();
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable String id) {
    checkMayRead(caseNumber);
    IssuedDocument document =
        documents
            .find(caseNumber, id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该文书：" + id));
    byte[] pdf = document.pdf();
    if (document.kind() == DocumentKind.REGISTRATION_RECEIPT
        && access.isMemberOf(ReceptionGroups.REGISTRATION_STAFF)) {
      // the receipt with its query code, printed once at the window (FirstPrints)
      java.util.Optional<byte[]> first = documents.firstPrint(document);
      if (first.isPresent()) {
        pdf = first.get();
        accessLog.recordCaseAction(access.currentUserId(), FIRST_PRINT, "打印登记回执（含网上查询码）",
            "document=" + id, caseNumber);
      }
    }
    ContentDisposition disposition =
        ContentDisposition.inline()
            .filename(document.title() + "（" + document.documentNumber() + "）.pdf", StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(pdf);
  }

  private void checkMayRead(String caseNumber) {
    if (register.find(caseNumber).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber);
    }
    if (!access.mayRead(caseNumber)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看该信访件的文书：" + caseNumber);
    }
  }

  /** One document in the list: what it is, its number, when, and whether a newer one replaced it. */
  record DocumentView(
      String id,
      String kind,
      String title,
      String documentNumber,
      Instant issuedAt,
      String issuedBy,
      int pageCount,
      String sha256,
      boolean superseded,
      String supersededBy,
      String pdf) {

    static DocumentView of(IssuedDocument d) {
      return new DocumentView(
          d.id(), d.kind().name(), d.title(), d.documentNumber(), d.issuedAt(), d.issuedBy(),
          d.pageCount(), d.sha256(), d.superseded(), d.supersededBy(),
          "/api/cases/" + d.caseNumber() + "/documents/" + d.id() + ".pdf");
    }
  }
}
