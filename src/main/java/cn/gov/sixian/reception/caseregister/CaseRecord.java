package cn.gov.sixian.reception.caseregister;

import java.time.Instant;

/** One row of the case register: what the center needs to find and count cases. */
public record CaseRecord(
    String caseNumber,
    String processInstanceId,
    Instant registeredAt,
    String petitionerName,
    String idNumber,
    String problemCategory,
    String matterSummary,
    String township,
    int visitorCount,
    boolean groupVisit,
    boolean firstVisit,
    String unitCode,
    String unitName,
    CaseStatus status,
    String outcome,
    String satisfaction,
    Instant closedAt) {

  /** A new, open case as registered. */
  public static CaseRecord registered(
      String caseNumber,
      String processInstanceId,
      Instant registeredAt,
      String petitionerName,
      String idNumber,
      String problemCategory,
      String matterSummary,
      String township,
      int visitorCount,
      boolean groupVisit,
      boolean firstVisit) {
    return new CaseRecord(
        caseNumber, processInstanceId, registeredAt, petitionerName, idNumber, problemCategory,
        matterSummary, township, visitorCount, groupVisit, firstVisit, null, null,
        CaseStatus.OPEN, null, null, null);
  }
}
