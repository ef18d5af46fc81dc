package cn.gov.sixian.reception.referral;

/** Grounds for an accountability referral (问责移送) under the plan's section 四（五）. */
public enum ReferralReason {
  LATE_FEEDBACK("督办反馈逾期或未反馈"),
  OVERDUE_MATTER("办理不力、久拖不决"),
  REPEAT_PETITION("导致重复信访（重复访）"),
  SKIP_LEVEL("导致越级访"),
  ABNORMAL("导致非正常上访");

  private final String label;

  ReferralReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
