package cn.gov.sixian.reception.review;

/** What a review or re-review decides about the opinion before it. */
public enum ReviewOutcome {
  UPHELD("维持"),
  CHANGED("变更"),
  REVOKED("撤销");

  private final String label;

  ReviewOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a stored outcome name, null for none. */
  public static String labelOf(String name) {
    return name == null ? null : valueOf(name).label();
  }
}
