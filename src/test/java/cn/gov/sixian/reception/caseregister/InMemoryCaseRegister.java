package cn.gov.sixian.reception.caseregister;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The case register in memory, for process-path tests on the plain engine. */
public final class InMemoryCaseRegister implements CaseRegister {

  private final Map<String, CaseRecord> cases = new ConcurrentHashMap<>();

  @Override
  public void add(CaseRecord record) {
    if (cases.putIfAbsent(record.caseNumber(), record) != null) {
      throw new IllegalStateException("Duplicate case number " + record.caseNumber());
    }
  }

  @Override
  public List<CaseRecord> findByIdNumber(String idNumber) {
    return cases.values().stream()
        .filter(c -> c.idNumber().equals(idNumber))
        .sorted(Comparator.comparing(CaseRecord::registeredAt).reversed())
        .toList();
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    return Optional.ofNullable(cases.get(caseNumber));
  }

  @Override
  public void assign(
      String caseNumber, String problemCategory, boolean firstVisit, String unitCode,
      String unitName) {
    CaseRecord c = require(caseNumber);
    cases.put(
        caseNumber,
        new CaseRecord(
            c.caseNumber(), c.processInstanceId(), c.registeredAt(), c.petitionerName(),
            c.idNumber(), c.phone(), c.address(), problemCategory, c.matterSummary(),
            c.township(), c.visitorCount(), c.groupVisit(), firstVisit, unitCode, unitName,
            c.status(), c.outcome(), c.satisfaction(), c.closedAt()));
  }

  @Override
  public void close(String caseNumber, String outcome, String satisfaction, Instant closedAt) {
    CaseRecord c = require(caseNumber);
    cases.put(
        caseNumber,
        new CaseRecord(
            c.caseNumber(), c.processInstanceId(), c.registeredAt(), c.petitionerName(),
            c.idNumber(), c.phone(), c.address(), c.problemCategory(), c.matterSummary(),
            c.township(), c.visitorCount(), c.groupVisit(), c.firstVisit(), c.unitCode(),
            c.unitName(), CaseStatus.CLOSED, outcome, satisfaction, closedAt));
  }

  public int size() {
    return cases.size();
  }

  private CaseRecord require(String caseNumber) {
    CaseRecord c = cases.get(caseNumber);
    if (c == null) {
      throw new IllegalStateException("Case " + caseNumber + " is not in the register");
    }
    return c;
  }
}
