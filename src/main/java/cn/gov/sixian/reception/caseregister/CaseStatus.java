package cn.gov.sixian.reception.caseregister;

/** Where a case stands in the register (信访件台账). */
public enum CaseStatus {
  OPEN("办理中"),
  CLOSED("已结案归档");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
