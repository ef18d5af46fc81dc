package cn.gov.sixian.reception.publicquery;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.documents.ReceiptReprints;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/cases/{caseNumber}/query-code} (docs/api.md): the registration staff issue a
 * new query code when the petitioner lost the receipt's, or the case was registered before codes
 * existed, or the receipt's first print was missed. The answer is the case's 登记回执 printed
 * again with the new code (its own number and date; the stored copy is unchanged). The new code
 * ends the old one and its tokens; it is in this answer only (no-store), never stored in clear;
 * the issue is in the access log. Anyone else gets 403 with nothing changed.
 */
@RestController
class QueryCodeController {

  static final String ENDPOINT = "POST /api/cases/{caseNumber}/query-code";
  static final String REGISTRATION_ONLY =
      "网上查询码由登记员（来访接待中心工作人员）在窗口核实信访人身份后重新生成，您无权生成。";

  private final QueryCodes codes;
  private final CaseRegister register;
  private final CaseAccess caller;
  private final AccessLog accessLog;
  private final ReceiptReprints receipts;

  QueryCodeController(QueryCodes codes, CaseRegister register, CaseAccess caller,
      AccessLog accessLog, ReceiptReprints receipts) {
    this.receipts = receipts;
    this.codes = codes;
    this.register = register;
    this.caller = caller;
    this.accessLog = accessLog;
  }

  /** The receipt with the new code, to print; the code and the print in one transaction. */
  @PostMapping("/api/cases/{caseNumber}/query-code")
  @Transactional
  ResponseEntity<byte[]> issue(@PathVariable String caseNumber) {
    String user = caller.currentUserId();
    if (user == null || !caller.isMemberOf(ReceptionGroups.REGISTRATION_STAFF)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, REGISTRATION_ONLY);
    }
    if (register.find(caseNumber).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber);
    }
    String code = codes.issue(caseNumber, user).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.CONFLICT, PublicQueryService.CLOSED));
    // the application reads the registration's history, whoever asks
    ReceiptReprints.Printed printed = caller.asApplication(
        () -> receipts.withCode(caseNumber, code, codes.publicUrl())).orElseThrow(
            () -> new ResponseStatusException(HttpStatus.CONFLICT,
                "信访件" + caseNumber + "没有登记回执，无法打印网上查询码。"));
    accessLog.recordCaseAction(user, ENDPOINT, "重新生成网上查询码并打印登记回执", null, caseNumber);
    return ResponseEntity.status(HttpStatus.CREATED)
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(printed.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(printed.pdf());
  }
}
