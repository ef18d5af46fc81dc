package cn.gov.sixian.reception.publicquery;

import static cn.gov.sixian.reception.jdbc.JdbcTimes.instant;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.closing.Satisfaction;
import cn.gov.sixian.reception.documents.CaseDocuments;
import cn.gov.sixian.reception.documents.DocumentKind;
import cn.gov.sixian.reception.documents.IssuedDocument;
import cn.gov.sixian.reception.intake.IdNumbers;
import cn.gov.sixian.reception.publicquery.CaseView.Document;
import cn.gov.sixian.reception.publicquery.CaseView.Evaluation;
import cn.gov.sixian.reception.publicquery.CaseView.Limit;
import cn.gov.sixian.reception.publicquery.CaseView.ReviewChoice;
import cn.gov.sixian.reception.review.CaseReview;
import cn.gov.sixian.reception.review.CaseReviews;
import cn.gov.sixian.reception.review.ReviewKind;
import cn.gov.sixian.reception.review.ReviewProperties;
import cn.gov.sixian.reception.review.ReviewStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the petitioner's page shows of a case, and nothing more (docs/security.md, "The
 * petitioner's own view"): coarse stages from the register's dates, the limits met, the
 * documents served on the petitioner, the masked name and ID number, their own evaluation.
 */
@Component
class PetitionerCaseViews {

  /** The documents issued to the petitioner; transfer slips, supervision and referrals are internal. */
  static final Set<DocumentKind> PETITIONER_DOCUMENTS = Set.of(
      DocumentKind.REGISTRATION_RECEIPT, DocumentKind.ACCEPTANCE_NOTICE,
      DocumentKind.NON_ACCEPTANCE_NOTICE, DocumentKind.EXTENSION_NOTICE,
      DocumentKind.WRITTEN_REPLY, DocumentKind.REVIEW_OPINION, DocumentKind.RE_REVIEW_OPINION);

  private final JdbcTemplate jdbc;
  private final CaseDocuments documents;
  private final CaseReviews reviews;
  private final ReviewProperties reviewLimits;
  private final WorkingDayCalendar calendar;

  PetitionerCaseViews(JdbcTemplate jdbc, CaseDocuments documents, CaseReviews reviews,
      ReviewProperties reviewLimits, WorkingDayCalendar calendar) {
    this.jdbc = jdbc;
    this.documents = documents;
    this.reviews = reviews;
    this.reviewLimits = reviewLimits;
    this.calendar = calendar;
  }

  /** A current document of a kind served on the petitioner (not an internal one). */
  static boolean servedOnThePetitioner(IssuedDocument document) {
    return PETITIONER_DOCUMENTS.contains(document.kind()) && !document.superseded();
  }

  /** Whether the unit has given its written reply. */
  boolean replied(String caseNumber) {
    return fact(caseNumber).repliedAt() != null;
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
      throw new PublicQueryRefused(403, PublicQueryService.EXPIRED);
    }
    return found.get(0);
  }

  /** The page of the case; its download links carry the token. */
  CaseView of(String caseNumber, String token) {
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
        .filter(PetitionerCaseViews::servedOnThePetitioner)
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
