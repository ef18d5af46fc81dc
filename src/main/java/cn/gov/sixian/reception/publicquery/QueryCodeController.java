package cn.gov.sixian.reception.publicquery;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/cases/{caseNumber}/query-code} (docs/api.md): the registration staff issue a
 * new query code when the petitioner lost the receipt's, or the case was registered before codes
 * existed, or the receipt's first print was missed. The new code ends the old one and its
 * tokens; it is in this answer only (no-store), never stored in clear; the issue is in the access
 * log. Anyone else gets 403 with nothing changed.
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

  QueryCodeController(QueryCodes codes, CaseRegister register, CaseAccess caller,
      AccessLog accessLog) {
    this.codes = codes;
    this.register = register;
    this.caller = caller;
    this.accessLog = accessLog;
  }

  /** The new code, as the staff write or print it for the petitioner. */
  record Issued(String caseNumber, String queryCode, String publicUrl) {}

  @PostMapping("/api/cases/{caseNumber}/query-code")
  @ResponseStatus(HttpStatus.CREATED)
  Issued issue(@PathVariable String caseNumber) {
    String user = caller.currentUserId();
    if (user == null || !caller.isMemberOf(ReceptionGroups.REGISTRATION_STAFF)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, REGISTRATION_ONLY);
    }
    if (register.find(caseNumber).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到信访件：" + caseNumber);
    }
    String code = codes.issue(caseNumber, user).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.CONFLICT, PublicQueryService.CLOSED));
    accessLog.recordCaseAction(user, ENDPOINT, "重新生成网上查询码", null, caseNumber);
    return new Issued(caseNumber, code, codes.publicUrl());
  }
}
