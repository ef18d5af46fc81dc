package cn.gov.sixian.reception.routing;

/** How the responsible unit receives the petitioner (分类转办交办). */
public enum ReceptionMode {
  /** A resident unit receives the petitioner at its joint reception window. */
  WINDOW("常驻单位窗口当面接谈"),
  /** A non-resident unit is notified to come to the center and receive the petitioner. */
  UNIT_ON_SITE("通知责任单位到场接待"),
  /** A county leader receives the petitioner first; the case is then transferred to the unit. */
  LEADER("县党政领导接访后转办");

  private final String label;

  ReceptionMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
