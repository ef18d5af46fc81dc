package cn.gov.sixian.reception.mediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The tier log in memory, for plain-engine tests. */
public final class InMemoryMediationTierLog implements MediationTierLog {

  private final List<TierRecord> records = new ArrayList<>();

  @Override
  public synchronized void started(
      String caseNumber, String processInstanceId, int tier, Instant at, Instant dueAt) {
    records.add(new TierRecord(caseNumber, processInstanceId, tier, at, dueAt, null, null, null, false));
  }

  @Override
  public synchronized void ended(
      String processInstanceId, int tier, Instant at, TierOutcome outcome, String actor) {
    replace(processInstanceId, tier, r -> new TierRecord(r.caseNumber(), r.processInstanceId(),
        r.tier(), r.startedAt(), r.dueAt(), at, outcome.name(), actor, r.overdue()));
  }

  @Override
  public synchronized void overdue(String processInstanceId, int tier) {
    replace(processInstanceId, tier, r -> new TierRecord(r.caseNumber(), r.processInstanceId(),
        r.tier(), r.startedAt(), r.dueAt(), r.endedAt(), r.outcome(), r.actor(), true));
  }

  @Override
  public synchronized List<TierRecord> ofCase(String caseNumber) {
    return records.stream().filter(r -> r.caseNumber().equals(caseNumber)).toList();
  }

  private void replace(String pid, int tier, java.util.function.UnaryOperator<TierRecord> change) {
    for (int i = 0; i < records.size(); i++) {
      TierRecord r = records.get(i);
      if (r.processInstanceId().equals(pid) && r.tier() == tier) {
        records.set(i, change.apply(r));
        return;
      }
    }
    throw new IllegalStateException("No tier " + tier + " started for " + pid);
  }
}
