package cn.gov.sixian.reception.routing;

/** Outcome of the face-to-face reception (当面接谈) by the unit. */
enum ReceptionOutcome {
  /** Resolved and answered on the spot (当场解决并答复). */
  RESOLVED,
  /** Formally accepted for time-limited handling (受理办理). */
  ACCEPTED
}
