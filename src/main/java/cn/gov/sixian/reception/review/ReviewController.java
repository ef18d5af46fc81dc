package cn.gov.sixian.reception.review;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/cases/{caseNumber}/review} and {@code …/re-review} (docs/api.md): the
 * registration staff record a petitioner's request for review (复查) or re-review (复核) at the
 * window. Anyone else gets 403; a request the rules do not allow gets 409, a missing reason 400,
 * each in Chinese and with nothing started.
 */
@RestController
class ReviewController {

  static final String REGISTRATION_ONLY =
      "复查、复核申请由登记员（来访接待中心工作人员）在窗口登记，您无权登记。";

  private final ReviewService reviews;
  private final CaseAccess caller;

  ReviewController(ReviewService reviews, CaseAccess caller) {
    this.reviews = reviews;
    this.caller = caller;
  }

  /** What the request answers: the process started, its body and due day. */
  record Requested(String caseNumber, String kind, String kindName, String processInstanceId,
      String reviewBody, boolean inCounty, Instant requestedAt, Instant due) {}

  @PostMapping("/api/cases/{caseNumber}/review")
  @ResponseStatus(HttpStatus.CREATED)
  Requested review(@PathVariable String caseNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    return request(ReviewKind.REVIEW, caseNumber, body);
  }

  @PostMapping("/api/cases/{caseNumber}/re-review")
  @ResponseStatus(HttpStatus.CREATED)
  Requested reReview(@PathVariable String caseNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    return request(ReviewKind.RE_REVIEW, caseNumber, body);
  }

  private Requested request(ReviewKind kind, String caseNumber, Map<String, Object> body) {
    String user = caller.currentUserId();
    if (user == null || !caller.isMemberOf(ReceptionGroups.REGISTRATION_STAFF)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, REGISTRATION_ONLY);
    }
    Map<String, Object> fields = body == null ? Map.of() : body;
    for (String field : fields.keySet()) {
      if (!"reason".equals(field)) {
        throw new InvalidInputException(field, "未知字段「" + field + "」：只接受 reason（请求事项和理由）。");
      }
    }
    Object reason = fields.get("reason");
    // the rules are checked by the service; the model is started by the application, not as the
    // caller, who has no right to start it through the engine's own API
    CaseReview r = caller.asApplication(
        () -> reviews.request(kind, caseNumber, reason, user));
    return new Requested(r.caseNumber(), kind.name(), kind.label(), r.processInstanceId(),
        r.bodyName(), r.inCounty(), r.requestedAt(), r.dueAt());
  }
}
