package cn.gov.sixian.reception.routing;

/** Outcome of the face-to-face reception (当面接谈) by the unit. */
enum ReceptionOutcome {
  /** Resolved and answered on the spot (当场解决并答复). */
  RESOLVED,
  /** Not resolved by an answer: the unit mediates on the spot (tier 1 of mediation). */
  MEDIATE,
  /** Formally accepted for time-limited handling (受理办理). */
  ACCEPTED
}
