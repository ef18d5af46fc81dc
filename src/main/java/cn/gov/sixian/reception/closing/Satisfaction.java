package cn.gov.sixian.reception.closing;

/** The petitioner's satisfaction evaluation (满意度评价). */
public enum Satisfaction {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意"),
  NOT_EVALUATED("未评价");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
