package cn.gov.sixian.reception.supervision;

/** Why a supervision slip (督办单) was issued. */
public enum SupervisionReason {
  MANUAL("中心督办"),
  ACCEPTANCE_DEADLINE("受理期限届满未受理"),
  HANDLING_DEADLINE("办理期限届满未办结"),
  MEDIATION_DEADLINE("分管领导牵头调处期限届满"),
  FEEDBACK_REJECTED("督办反馈未通过审核，重新督办");

  private final String label;

  SupervisionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
