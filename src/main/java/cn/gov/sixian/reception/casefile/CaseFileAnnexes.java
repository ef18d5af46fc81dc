package cn.gov.sixian.reception.casefile;

import cn.gov.sixian.reception.casefile.CaseFile.Document;
import cn.gov.sixian.reception.casefile.CaseFile.Referral;
import cn.gov.sixian.reception.casefile.CaseFile.SlipEntry;
import cn.gov.sixian.reception.casefile.CaseFile.Tier;
import cn.gov.sixian.reception.casefile.CaseFile.TrackingEntry;
import cn.gov.sixian.reception.closing.OnlineEvaluations;
import cn.gov.sixian.reception.documents.CaseDocuments;
import cn.gov.sixian.reception.jdbc.JdbcTimes;
import cn.gov.sixian.reception.mediation.MediationTier;
import cn.gov.sixian.reception.mediation.MediationTierLog;
import cn.gov.sixian.reception.mediation.TierOutcome;
import cn.gov.sixian.reception.referral.ReferralReason;
import cn.gov.sixian.reception.review.CaseReviews;
import cn.gov.sixian.reception.review.ReviewOutcome;
import cn.gov.sixian.reception.supervision.SupervisionReason;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parts of the case record the application keeps beside the engine's history: mediation
 * tiers, supervision slips, accountability referrals, the tracking sheet, the documents, reviews
 * and the petitioner's own evaluation, each read with one query, with its labels in Chinese.
 */
@Component
class CaseFileAnnexes {

  private final MediationTierLog tiers;
  private final CaseDocuments documents;
  private final JdbcTemplate jdbc;
  private final CaseReviews caseReviews;
  private final OnlineEvaluations onlineEvaluations;

  CaseFileAnnexes(MediationTierLog tiers, CaseDocuments documents, JdbcTemplate jdbc,
      CaseReviews caseReviews, OnlineEvaluations onlineEvaluations) {
    this.tiers = tiers;
    this.documents = documents;
    this.jdbc = jdbc;
    this.caseReviews = caseReviews;
    this.onlineEvaluations = onlineEvaluations;
  }

  List<Tier> tiers(String caseNumber) {
    return tiers.ofCase(caseNumber).stream()
        .sorted(Comparator.comparing(t -> t.startedAt()))
        .map(t -> new Tier(t.tier(), tierName(t.tier()), t.startedAt(), t.dueAt(), t.endedAt(),
            t.outcome(), tierOutcomeName(t.outcome()), t.actor(), t.overdue()))
        .toList();
  }

  List<SlipEntry> slips(String caseNumber) {
    return jdbc.query(
        "SELECT slip_number, unit_name, reason, details, issued_at, issued_by, feedback_due,"
            + " answered_at, feedback, late, status FROM supervision_slip WHERE case_number = ?"
            + " ORDER BY issued_at, slip_number",
        (rs, i) -> new SlipEntry(rs.getString("slip_number"), rs.getString("unit_name"),
            supervisionReason(rs.getString("reason")), rs.getString("details"),
            JdbcTimes.instant(rs, "issued_at"), rs.getString("issued_by"),
            JdbcTimes.instant(rs, "feedback_due"), JdbcTimes.instant(rs, "answered_at"),
            rs.getString("feedback"), rs.getBoolean("late"), rs.getString("status"),
            slipStatusName(rs.getString("status"))),
        caseNumber);
  }

  CaseFile.OnlineEvaluation onlineEvaluation(String caseNumber) {
    return onlineEvaluations.of(caseNumber)
        .map(e -> new CaseFile.OnlineEvaluation(e.satisfaction(),
            CaseFiles.satisfactionName(e.satisfaction()), e.comment(), e.evaluatedAt()))
        .orElse(null);
  }

  List<CaseFile.Review> reviews(String caseNumber) {
    return caseReviews.ofCase(caseNumber).stream()
        .map(r -> new CaseFile.Review(r.kind().name(), r.kind().label(), r.bodyName(),
            r.inCounty(), r.requestedAt(), r.requestedBy(), r.reason(), r.dueAt(), r.sentAt(),
            r.hearingHeld(), r.decidedAt(), r.outcome(), ReviewOutcome.labelOf(r.outcome()),
            r.opinion(), r.overdue(), r.status().name(), r.status().label()))
        .toList();
  }

  List<Referral> referrals(String caseNumber) {
    return jdbc.query(
        "SELECT unit_code, reason, details, proposed_at, decided_at, referred, result"
            + " FROM accountability_referral WHERE case_number = ? ORDER BY proposed_at",
        (rs, i) -> new Referral(rs.getString("unit_code"), rs.getString("reason"),
            referralReason(rs.getString("reason")), rs.getString("details"),
            JdbcTimes.instant(rs, "proposed_at"), JdbcTimes.instant(rs, "decided_at"),
            (Boolean) rs.getObject("referred"), rs.getString("result")),
        caseNumber);
  }

  List<TrackingEntry> tracking(String caseNumber) {
    return jdbc.query(
        "SELECT entry_at, actor, action, content, unit_answer FROM tracking_entry"
            + " WHERE case_number = ? ORDER BY seq",
        (rs, i) -> new TrackingEntry(JdbcTimes.instant(rs, "entry_at"), rs.getString("actor"),
            rs.getString("action"), rs.getString("content"), rs.getString("unit_answer")),
        caseNumber);
  }

  List<Document> documents(String caseNumber) {
    return documents.list(caseNumber).stream()
        .map(d -> new Document(d.id(), d.title(), d.documentNumber(), d.issuedAt(), d.issuedBy(),
            d.pageCount(), d.superseded(),
            "/api/cases/" + d.caseNumber() + "/documents/" + d.id() + ".pdf"))
        .toList();
  }

  private static String tierName(int tier) {
    try {
      return MediationTier.of(tier).label();
    } catch (IllegalArgumentException e) {
      return "第" + tier + "级";
    }
  }

  private static String tierOutcomeName(String outcome) {
    try {
      return outcome == null ? null : TierOutcome.valueOf(outcome).label();
    } catch (IllegalArgumentException e) {
      return outcome;
    }
  }

  private static String supervisionReason(String reason) {
    try {
      return SupervisionReason.valueOf(reason).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return reason;
    }
  }

  private static String referralReason(String reason) {
    try {
      return ReferralReason.valueOf(reason).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return reason;
    }
  }

  private static String slipStatusName(String status) {
    return switch (status == null ? "" : status) {
      case "OPEN" -> "待反馈";
      case "ANSWERED" -> "已反馈待审核";
      case "ACCEPTED" -> "反馈已通过";
      case "REJECTED" -> "反馈未通过";
      default -> status;
    };
  }
}
