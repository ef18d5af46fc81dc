package cn.gov.sixian.reception.publicquery;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.closing.OnlineEvaluationOnTask;
import cn.gov.sixian.reception.closing.Satisfaction;
import cn.gov.sixian.reception.documents.CaseDocuments;
import cn.gov.sixian.reception.documents.IssuedDocument;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.review.ReviewKind;
import cn.gov.sixian.reception.review.ReviewService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The petitioner's own view of a case (信访事项查询评价): the look-up by case number and query
 * code, with the attempt limits; what the page shows; the downloads, the evaluation and the
 * review request, each bound to a valid token and each recorded in the access log under the user
 * {@value #PETITIONER}. Every refusal is a {@link PublicQueryRefused} with a Chinese sentence.
 */
@Service
class PublicQueryService {

  /** Who the access log and the review request name: the petitioner, online. */
  static final String PETITIONER = "petitioner-online";
  static final String LOOK_UP = "POST /chaxun/";
  static final String DOWNLOAD = "GET /chaxun/documents/{token}/{id}.pdf";
  static final String EVALUATE = "POST /chaxun/evaluation";
  static final String REVIEW = "POST /chaxun/review";

  static final String CLOSED = "网上查询暂未开通，请向联合接访中心查询办理进展。";
  static final String MISSING = "请填写信访件编号和查询码（见登记回执）。";
  static final String WRONG =
      "信访件编号或查询码不正确。请核对登记回执上的信访件编号和查询码后重试。";
  static final String LOCKED = "查询尝试次数过多，请于%d分钟后再试。";
  static final String EXPIRED = "查询已超时或链接已失效，请重新输入信访件编号和查询码。";
  static final int COMMENT_MAX = 500;
  static final String COMMENT_LABEL = "评价说明";
  /** Longer input is no case number of ours. */
  static final int CASE_NUMBER_MAX = 32;

  private static final Logger log = LoggerFactory.getLogger(PublicQueryService.class);

  private final JdbcTemplate jdbc;
  private final QueryCodes codes;
  private final AttemptLimiter limiter;
  private final PublicTokens tokens;
  private final PublicQueryKeys keys;
  private final CaseDocuments documents;
  private final PetitionerCaseViews views;
  private final ReviewService reviewService;
  private final WorkingDayCalendar calendar;
  private final AccessLog accessLog;
  private final OnlineEvaluationOnTask evaluationOnTask;

  PublicQueryService(JdbcTemplate jdbc, QueryCodes codes, AttemptLimiter limiter,
      PublicTokens tokens, PublicQueryKeys keys, CaseDocuments documents,
      PetitionerCaseViews views, ReviewService reviewService, WorkingDayCalendar calendar,
      AccessLog accessLog, OnlineEvaluationOnTask evaluationOnTask) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.limiter = limiter;
    this.tokens = tokens;
    this.keys = keys;
    this.documents = documents;
    this.views = views;
    this.reviewService = reviewService;
    this.calendar = calendar;
    this.accessLog = accessLog;
    this.evaluationOnTask = evaluationOnTask;
  }

  /** The token and view of a case whose code is right. */
  record Opened(String token, CaseView view) {}

  boolean open() {
    return keys.enabled();
  }

  /**
   * Checks the code: the same refusal, status and work for a number that does not exist and a
   * wrong code; a locked address or number is refused before the code is looked at.
   */
  Opened lookUp(String caseNumberInput, String codeInput, String clientAddress) {
    if (!keys.enabled()) {
      throw new PublicQueryRefused(503, CLOSED);
    }
    String caseNumber = caseNumberInput == null ? ""
        : caseNumberInput.strip().toUpperCase(Locale.ROOT);
    if (caseNumber.isEmpty() || codeInput == null || codeInput.isBlank()) {
      throw new PublicQueryRefused(400, MISSING);
    }
    if (caseNumber.length() > CASE_NUMBER_MAX) {
      caseNumber = caseNumber.substring(0, CASE_NUMBER_MAX);
    }
    AttemptLimiter.Keys attempt = limiter.keys(clientAddress, caseNumber);
    Optional<Duration> locked = limiter.lockedFor(attempt);
    if (locked.isPresent()) {
      long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
      throw new PublicQueryRefused(429, String.format(LOCKED, minutes));
    }
    OptionalInt generation = codes.verify(caseNumber, codeInput);
    if (generation.isEmpty()) {
      limiter.failed(attempt);
      // counted, not logged per case: the number may not exist (no case log to write to)
      log.debug("Public look-up refused");
      throw new PublicQueryRefused(403, WRONG);
    }
    limiter.succeeded(attempt);
    String token = tokens.issue(caseNumber, generation.getAsInt());
    accessLog.recordCaseAction(PETITIONER, LOOK_UP, "信访人网上查询", null, caseNumber);
    return new Opened(token, views.of(caseNumber, token));
  }

  /** The case of a valid token, for a page shown again after an action. */
  String caseOf(String token) {
    PublicTokens.Bound bound = tokens.verify(token)
        .orElseThrow(() -> new PublicQueryRefused(403, EXPIRED));
    OptionalInt current = codes.generation(bound.caseNumber());
    if (current.isEmpty() || current.getAsInt() != bound.generation()) {
      throw new PublicQueryRefused(403, EXPIRED);
    }
    return bound.caseNumber();
  }

  /** The page of the token's case. */
  CaseView show(String token) {
    return views.of(caseOf(token), token);
  }

  /** A document issued to the petitioner, recorded as downloaded. */
  IssuedDocument download(String token, String documentId) {
    String caseNumber = caseOf(token);
    IssuedDocument document = documents.find(caseNumber, documentId)
        .filter(PetitionerCaseViews::servedOnThePetitioner)
        .orElseThrow(() -> new PublicQueryRefused(404, "未找到该文书。"));
    accessLog.recordCaseAction(PETITIONER, DOWNLOAD, "信访人下载文书", "document=" + document.id(),
        caseNumber);
    return document;
  }

  /**
   * The petitioner's evaluation, once, after the written reply; it takes the place of the staff's
   * in the statistics (docs/security.md "The petitioner's own view").
   */
  void evaluate(String token, String satisfaction, String comment) {
    String caseNumber = caseOf(token);
    Satisfaction rating;
    try {
      rating = Satisfaction.valueOf(satisfaction == null ? "" : satisfaction);
    } catch (IllegalArgumentException e) {
      rating = null;
    }
    if (rating == null || rating == Satisfaction.NOT_EVALUATED) {
      throw new PublicQueryRefused(400, "请选择「满意度评价」：满意、基本满意或不满意。");
    }
    String text;
    try {
      // the checks every staff input gets: readable text (no invisible or reordering marks)
      Map<String, Object> input = new HashMap<>();
      input.put("comment", comment);
      text = Inputs.of(input).optionalText("comment", COMMENT_LABEL, COMMENT_MAX);
    } catch (InvalidInputException e) {
      throw new PublicQueryRefused(400, e.getMessage());
    }
    int updated = jdbc.update("UPDATE petition_case SET petitioner_satisfaction = ?,"
            + " petitioner_comment = ?, petitioner_evaluated_at = ? WHERE case_number = ?"
            + " AND replied_at IS NOT NULL AND petitioner_satisfaction IS NULL",
        rating.name(), text, timestamp(calendar.now()),
        caseNumber);
    if (updated == 0) {
      throw new PublicQueryRefused(409, !views.replied(caseNumber)
          ? "责任单位作出书面答复意见后才能评价。"
          : "您已评价过本信访事项，每件只能评价一次。");
    }
    accessLog.recordCaseAction(PETITIONER, EVALUATE, "信访人满意度评价",
        "satisfaction=" + rating.name(), caseNumber);
    // staff about to record the evaluation see it on their open task
    evaluationOnTask.evaluated(caseNumber);
  }

  /** A review or re-review, through the review service and its rules; the review's label. */
  String requestReview(String token, String kindName, String reason) {
    String caseNumber = caseOf(token);
    ReviewKind kind = "RE_REVIEW".equals(kindName) ? ReviewKind.RE_REVIEW : ReviewKind.REVIEW;
    try {
      reviewService.request(kind, caseNumber, reason, PETITIONER);
    } catch (InvalidInputException e) {
      throw new PublicQueryRefused(400, e.getMessage());
    } catch (ResponseStatusException e) {
      throw new PublicQueryRefused(e.getStatusCode().value(), e.getReason());
    }
    accessLog.recordCaseAction(PETITIONER, REVIEW, "信访人网上申请" + kind.label(),
        "kind=" + kind.name(), caseNumber);
    return kind.label();
  }
}
