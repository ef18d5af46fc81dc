package cn.gov.sixian.reception.closing;

/** How a case ended, as recorded when it is closed and archived. */
public enum CaseOutcome {
  RESOLVED_ON_SPOT("当场解决答复"),
  REPLIED("书面答复办结"),
  NOT_ACCEPTED("不予受理"),
  MEDIATED("调解化解"),
  COUNTY_LEADER_DECIDED("县级领导牵头调处决定");

  private final String label;

  CaseOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
