package cn.gov.sixian.reception.intake;

/** Where a petition came in (来源渠道). */
public enum Channel {
  VISIT("来访"),
  ONLINE("网上信访"),
  HOTLINE("12345热线"),
  LETTER("来信");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
