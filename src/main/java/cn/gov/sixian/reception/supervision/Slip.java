package cn.gov.sixian.reception.supervision;

import java.time.Instant;

/** A supervision slip (督办单) as kept in {@code supervision_slip}. */
public record Slip(
    String slipNumber,
    String caseNumber,
    String processInstanceId,
    String unitCode,
    String unitName,
    SupervisionReason reason,
    String details,
    Instant deadlineAt,
    Instant issuedAt,
    String issuedBy,
    Instant feedbackDue,
    Instant answeredAt,
    String feedback,
    boolean late,
    SlipStatus status) {}
