package cn.gov.sixian.reception.caseregister;

import java.time.Instant;

/**
 * One row of the case register: what the center needs to find and count cases, and the only place
 * holding the petitioner's full ID number, phone and address (null for cases registered before
 * the register kept them).
 */
public record CaseRecord(
    String caseNumber,
    String processInstanceId,
    Instant registeredAt,
    String petitionerName,
    String idNumber,
    String phone,
    String address,
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
      String phone,
      String address,
      String problemCategory,
      String matterSummary,
      String township,
      int visitorCount,
      boolean groupVisit,
      boolean firstVisit) {
    return new CaseRecord(
        caseNumber, processInstanceId, registeredAt, petitionerName, idNumber, phone, address,
        problemCategory, matterSummary, township, visitorCount, groupVisit, firstVisit, null, null,
        CaseStatus.OPEN, null, null, null);
  }
}
