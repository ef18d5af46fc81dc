package cn.gov.sixian.reception.casefile;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import org.springframework.http.HttpStatus;
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

  private final CaseRegister register;
  private final CaseAccess access;
  private final AccessLog accessLog;
  private final CaseFiles files;

  CaseFileController(CaseRegister register, CaseAccess access, AccessLog accessLog,
      CaseFiles files) {
    this.register = register;
    this.access = access;
    this.accessLog = accessLog;
    this.files = files;
  }

  @GetMapping("/record")
  CaseFile record(@PathVariable String caseNumber) {
    CaseRecord c = readable(register, access, caseNumber);
    logOpening(accessLog, access, RECORD, caseNumber);
    // the caller may read the case: the application reads every step, whoever did it
    return access.asApplication(() -> files.of(c));
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
