package cn.gov.sixian.reception.review;

import java.time.Instant;

/** One review or re-review of a case ({@code case_review}). */
public record CaseReview(
    String processInstanceId,
    String caseNumber,
    ReviewKind kind,
    String bodyCode,
    String bodyName,
    boolean inCounty,
    Instant requestedAt,
    String requestedBy,
    String reason,
    Instant dueAt,
    Instant sentAt,
    boolean hearingHeld,
    Instant decidedAt,
    String outcome,
    String opinion,
    boolean overdue,
    ReviewStatus status) {}
