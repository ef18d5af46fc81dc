package cn.gov.sixian.reception.mediation;

/** How a tier of mediation ended. */
public enum TierOutcome {
  /** The petitioner is satisfied and signs the commitment to end the petition (息访承诺书). */
  RESOLVED("调解化解"),
  /** Not resolved: the next tier takes over. */
  ESCALATE("提级"),
  /** The county leader decided (tier 4 always ends so). */
  DECIDED("作出处理决定"),
  /** The tier was cancelled (instance deleted or moved in Cockpit). */
  CANCELLED("已撤销");

  private final String label;

  TierOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
