package cn.gov.sixian.reception.handling;

/** The unit's decision on a case received for handling. */
enum AcceptanceDecision {
  ACCEPT,
  REJECT
}
