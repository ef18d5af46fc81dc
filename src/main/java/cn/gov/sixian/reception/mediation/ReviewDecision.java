package cn.gov.sixian.reception.mediation;

/** The center director's review of an escalation (审核提级调处). */
enum ReviewDecision {
  /** The responsible unit's deputy leader leads mediation within 3 working days. */
  TIER2,
  /** Several units are involved: straight to joint mediation. */
  TIER3
}
