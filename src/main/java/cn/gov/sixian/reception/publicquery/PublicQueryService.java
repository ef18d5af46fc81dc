package cn.gov.sixian.reception.publicquery;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;
import static cn.gov.sixian.reception.jdbc.JdbcTimes.timestamp;

import cn.gov.sixian.reception.accesslog.AccessLog;
import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.closing.Satisfaction;
import cn.gov.sixian.reception.documents.CaseDocuments;
import cn.gov.sixian.reception.documents.DocumentKind;
import cn.gov.sixian.reception.documents.IssuedDocument;
import cn.gov.sixian.reception.intake.IdNumbers;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.publicquery.CaseView.Document;
import cn.gov.sixian.reception.publicquery.CaseView.Evaluation;
import cn.gov.sixian.reception.publicquery.CaseView.Limit;
import cn.gov.sixian.reception.publicquery.CaseView.ReviewChoice;
import cn.gov.sixian.reception.review.CaseReview;
import cn.gov.sixian.reception.review.CaseReviews;
import cn.gov.sixian.reception.review.ReviewKind;
import cn.gov.sixian.reception.review.ReviewProperties;
import cn.gov.sixian.reception.review.ReviewService;
import cn.gov.sixian.reception.review.ReviewStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
  /** Longer input is no case number of ours. */
  static final int CASE_NUMBER_MAX = 32;

  /** The documents issued to the petitioner; transfer slips, supervision and referrals are internal. */
  static final Set<DocumentKind> PETITIONER_DOCUMENTS = Set.of(
      DocumentKind.REGISTRATION_RECEIPT, DocumentKind.ACCEPTANCE_NOTICE,
      DocumentKind.NON_ACCEPTANCE_NOTICE, DocumentKind.EXTENSION_NOTICE,
      DocumentKind.WRITTEN_REPLY, DocumentKind.REVIEW_OPINION, DocumentKind.RE_REVIEW_OPINION);

  private static final Logger log = LoggerFactory.getLogger(PublicQueryService.class);

  private final JdbcTemplate jdbc;
  private final QueryCodes codes;
  private final AttemptLimiter limiter;
  private final PublicTokens tokens;
  private final PublicQueryKeys keys;
  private final CaseDocuments documents;
  private final CaseReviews reviews;
  private final ReviewService reviewService;
  private final ReviewProperties reviewLimits;
  private final WorkingDayCalendar calendar;
  private final AccessLog accessLog;

  PublicQueryService(JdbcTemplate jdbc, QueryCodes codes, AttemptLimiter limiter,
      PublicTokens tokens, PublicQueryKeys keys, CaseDocuments documents, CaseReviews reviews,
      ReviewService reviewService, ReviewProperties reviewLimits, WorkingDayCalendar calendar,
      AccessLog accessLog) {
    this.jdbc = jdbc;
    this.codes = codes;
    this.limiter = limiter;
    this.tokens = tokens;
    this.keys = keys;
    this.documents = documents;
    this.reviews = reviews;
    this.reviewService = reviewService;
    this.reviewLimits = reviewLimits;
    this.calendar = calendar;
    this.accessLog = accessLog;
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
    return new Opened(token, view(caseNumber, token));
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
    return view(caseOf(token), token);
  }

  /** A document issued to the petitioner, recorded as downloaded. */
  IssuedDocument download(String token, String documentId) {
    String caseNumber = caseOf(token);
    IssuedDocument document = documents.find(caseNumber, documentId)
        .filter(d -> PETITIONER_DOCUMENTS.contains(d.kind()) && !d.superseded())
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
    String text = comment == null ? null : comment.strip();
    if (text != null && text.codePointCount(0, text.length()) > COMMENT_MAX) {
      throw new PublicQueryRefused(400, "「评价说明」最多" + COMMENT_MAX + "个字。");
    }
    int updated = jdbc.update("UPDATE petition_case SET petitioner_satisfaction = ?,"
            + " petitioner_comment = ?, petitioner_evaluated_at = ? WHERE case_number = ?"
            + " AND replied_at IS NOT NULL AND petitioner_satisfaction IS NULL",
        rating.name(), text == null || text.isEmpty() ? null : text, timestamp(calendar.now()),
        caseNumber);
    if (updated == 0) {
      Fact fact = fact(caseNumber);
      throw new PublicQueryRefused(409, fact.repliedAt() == null
          ? "责任单位作出书面答复意见后才能评价。"
          : "您已评价过本信访事项，每件只能评价一次。");
    }
    accessLog.recordCaseAction(PETITIONER, EVALUATE, "信访人满意度评价",
        "satisfaction=" + rating.name(), caseNumber);
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

  /** What the register says of the case, for the page. */
  private record Fact(String status, String outcome, Instant registeredAt, String petitionerName,
      String idNumber, String unitName, Instant transferredAt, Instant acceptanceDue,
      Instant acceptanceDecidedAt, Instant acceptedAt, Instant handlingDue, Instant repliedAt,
      Instant closedAt, String petitionerSatisfaction, String petitionerComment,
      Instant petitionerEvaluatedAt) {}

  private Fact fact(String caseNumber) {
    List<Fact> found = jdbc.query("SELECT status, outcome, registered_at, petitioner_name,"
        + " id_number, unit_name, transferred_at, acceptance_due, acceptance_decided_at,"
        + " accepted_at, handling_due, replied_at, closed_at, petitioner_satisfaction,"
        + " petitioner_comment, petitioner_evaluated_at FROM petition_case WHERE case_number = ?",
        (rs, i) -> new Fact(rs.getString("status"), rs.getString("outcome"),
            instant(rs, "registered_at"), rs.getString("petitioner_name"),
            rs.getString("id_number"), rs.getString("unit_name"), instant(rs, "transferred_at"),
            instant(rs, "acceptance_due"), instant(rs, "acceptance_decided_at"),
            instant(rs, "accepted_at"), instant(rs, "handling_due"), instant(rs, "replied_at"),
            instant(rs, "closed_at"), rs.getString("petitioner_satisfaction"),
            rs.getString("petitioner_comment"), instant(rs, "petitioner_evaluated_at")),
        caseNumber);
    if (found.isEmpty()) {
      throw new PublicQueryRefused(403, EXPIRED);
    }
    return found.get(0);
  }

  private CaseView view(String caseNumber, String token) {
    Fact f = fact(caseNumber);
    List<CaseReview> caseReviews = reviews.ofCase(caseNumber);
    Instant now = calendar.now();
    List<Limit> limits = new ArrayList<>();
    if (f.acceptanceDue() != null) {
      limits.add(limit("受理期限（决定是否受理）", f.acceptanceDue(), f.acceptanceDecidedAt(), now));
    }
    if (f.handlingDue() != null) {
      limits.add(limit("办理期限（书面答复）", f.handlingDue(), f.repliedAt(), now));
    }
    for (CaseReview r : caseReviews) {
      limits.add(limit(r.kind().label() + "期限（" + r.kind().label() + "意见）", r.dueAt(),
          r.decidedAt(), now));
    }
    String base = "/chaxun/documents/" + token + "/";
    List<Document> docs = documents.list(caseNumber).stream()
        .filter(d -> PETITIONER_DOCUMENTS.contains(d.kind()) && !d.superseded())
        .map(d -> new Document(d.title(), d.documentNumber(), date(d.issuedAt()),
            base + d.id() + ".pdf"))
        .toList();
    Evaluation evaluation = f.petitionerSatisfaction() == null ? null
        : new Evaluation(Satisfaction.valueOf(f.petitionerSatisfaction()).label(),
            f.petitionerComment(), date(f.petitionerEvaluatedAt()));
    List<ReviewChoice> choices = new ArrayList<>();
    if ("CLOSED".equals(f.status()) && f.repliedAt() != null) {
      Optional<CaseReview> review = caseReviews.stream()
          .filter(r -> r.kind() == ReviewKind.REVIEW).findFirst();
      boolean reReviewAsked = caseReviews.stream().anyMatch(r -> r.kind() == ReviewKind.RE_REVIEW);
      if (review.isEmpty()) {
        choices.add(new ReviewChoice(ReviewKind.REVIEW.name(), ReviewKind.REVIEW.label()));
      } else if (review.get().status() == ReviewStatus.DECIDED && !reReviewAsked) {
        choices.add(new ReviewChoice(ReviewKind.RE_REVIEW.name(), ReviewKind.RE_REVIEW.label()));
      }
    }
    return new CaseView(caseNumber, maskName(f.petitionerName()), IdNumbers.mask(f.idNumber()),
        date(f.registeredAt()), stage(f, caseReviews), f.unitName(), limits, docs, evaluation,
        f.repliedAt() != null && evaluation == null, choices, reviewLimits.requestDays());
  }

  /** The stage in the glossary's words, from the register's dates. */
  private static String stage(Fact f, List<CaseReview> caseReviews) {
    for (int i = caseReviews.size() - 1; i >= 0; i--) {
      CaseReview r = caseReviews.get(i);
      if (r.status() != ReviewStatus.DECIDED) {
        return r.kind().label() + "中（" + r.bodyName() + "）";
      }
    }
    if ("CLOSED".equals(f.status())) {
      return "NOT_ACCEPTED".equals(f.outcome()) ? "不予受理，已结案归档" : "已结案归档";
    }
    if (f.repliedAt() != null) {
      return "已书面答复";
    }
    if (f.acceptedAt() != null) {
      return "已受理，办理中";
    }
    if (f.acceptanceDecidedAt() != null) {
      return "不予受理";
    }
    if (f.transferredAt() != null) {
      return "已转办，责任单位受理审查中";
    }
    return "已登记";
  }

  private Limit limit(String name, Instant due, Instant done, Instant now) {
    String state;
    boolean late;
    if (done != null) {
      late = done.isAfter(due);
      state = late ? "逾期完成" : "按期完成";
    } else {
      late = now.isAfter(due);
      state = late ? "已逾期" : "未到期";
    }
    return new Limit(name, date(due), done == null ? null : date(done), state, late);
  }

  private String date(Instant moment) {
    return moment == null ? null : ChineseDates.format(calendar.localDate(moment));
  }

  /** 李四 → 李**, 欧阳小明 → 欧**: the first character only, and not the name's length. */
  static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    return name.substring(0, name.offsetByCodePoints(0, 1)) + "**";
  }
}
