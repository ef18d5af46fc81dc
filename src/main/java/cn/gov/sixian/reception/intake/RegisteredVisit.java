package cn.gov.sixian.reception.intake;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import java.time.Instant;
import java.util.List;

/** The outcome of registering a visit: its case number and the petitioner's earlier cases. */
record RegisteredVisit(
    String caseNumber,
    Instant registeredAt,
    Channel channel,
    VisitRegistration visit,
    boolean firstVisit,
    List<CaseRecord> earlierCases) {}
