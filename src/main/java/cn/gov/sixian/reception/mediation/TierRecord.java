package cn.gov.sixian.reception.mediation;

import java.time.Instant;

/** One tier of mediation of one case, as kept for statistics. */
public record TierRecord(
    String caseNumber,
    String processInstanceId,
    int tier,
    Instant startedAt,
    Instant dueAt,
    Instant endedAt,
    String outcome,
    String actor,
    boolean overdue) {}
