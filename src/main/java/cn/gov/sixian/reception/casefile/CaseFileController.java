package cn.gov.sixian.reception.casefile;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.caseregister.CaseStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
 * The case record (案卷): one case, open or closed, step by step. Whoever may read the case
 * ({@link CaseAccess#mayRead}) reads all of it; each opening is in the access log.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}")
class CaseFileController {

  static final String RECORD = "GET /api/cases/{caseNumber}/record";
  static final String DOSSIER = "GET /api/cases/{caseNumber}/dossier.pdf";

  private final CaseRegister register;
  private final CaseAccess access;
  private final AccessLog accessLog;
  private final CaseFiles files;
  private final Dossiers dossiers;

  CaseFileController(CaseRegister register, CaseAccess access, AccessLog accessLog,
      CaseFiles files, Dossiers dossiers) {
    this.register = register;
    this.access = access;
    this.accessLog = accessLog;
    this.files = files;
    this.dossiers = dossiers;
  }

  @GetMapping("/record")
  CaseFile record(@PathVariable String caseNumber) {
    CaseRecord c = readable(register, access, caseNumber);
    logOpening(accessLog, access, RECORD, caseNumber);
    // the caller may read the case: the application reads every step, whoever did it
    return access.asApplication(() -> files.of(c));
  }

  /** The dossier (归档案卷) of a closed case: cover, index and every document, one PDF. */
  @GetMapping("/dossier.pdf")
  ResponseEntity<byte[]> dossier(@PathVariable String caseNumber) {
    CaseRecord c = readable(register, access, caseNumber);
    if (c.status() != CaseStatus.CLOSED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "信访件" + caseNumber + "尚未结案，结案归档后才能生成归档案卷。");
    }
    logOpening(accessLog, access, DOSSIER, caseNumber);
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    dossiers.write(c, pdf);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("归档案卷（" + caseNumber + "）.pdf", StandardCharsets.UTF_8).build().toString())
        .body(pdf.toByteArray());
  }

  /** The case when it exists (404) and the caller may read it (403), both in Chinese. */
  static CaseRecord readable(CaseRegister register, CaseAccess access, String caseNumber) {
    CaseRecord c = register.find(caseNumber).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber));
    if (!access.mayRead(caseNumber)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看信访件：" + caseNumber);
    }
    return c;
  }

  static void logOpening(AccessLog log, CaseAccess access, String endpoint, String caseNumber) {
    String user = access.currentUserId();
    if (user != null) {
      log.recordOpening(user, endpoint, null, caseNumber);
    }
  }
}
