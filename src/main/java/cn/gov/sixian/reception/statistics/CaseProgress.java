package cn.gov.sixian.reception.statistics;

import java.time.Instant;

/** Where a case stands and the times the statistics count, as of one step of the process. */
record CaseProgress(
    String processInstanceId,
    String stage,
    String stageName,
    Instant stageSince,
    Instant transferredAt,
    Instant acceptanceDue,
    Instant acceptanceDecidedAt,
    Instant acceptedAt,
    Instant handlingDue,
    Instant repliedAt,
    Instant currentDue) {}
