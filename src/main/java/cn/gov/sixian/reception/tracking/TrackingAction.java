package cn.gov.sixian.reception.tracking;

/** Kinds of entry in the tracking sheet (信访案件跟踪督办情况表). */
public enum TrackingAction {
  SLIP_ISSUED("开具督办单"),
  REMINDER("催办"),
  FEEDBACK("办理结果反馈"),
  REVIEW("审核督办反馈"),
  BULLETIN("列入通报"),
  REFERRAL("问责移送"),
  NOTE("督办记录");

  private final String label;

  TrackingAction(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
