package cn.gov.sixian.reception.mediation;

import java.time.Instant;
import java.util.List;

/** Where each tier's start, end, outcome and actor are kept (table mediation_tier). */
public interface MediationTierLog {

  void started(String caseNumber, String processInstanceId, int tier, Instant at, Instant dueAt);

  void ended(String processInstanceId, int tier, Instant at, TierOutcome outcome, String actor);

  void overdue(String processInstanceId, int tier);

  List<TierRecord> ofCase(String caseNumber);
}
