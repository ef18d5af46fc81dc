package cn.gov.sixian.reception.review;

/** Where a review or re-review stands ({@code case_review.status}). */
public enum ReviewStatus {
  /** requested, the body inside the county works on it */
  OPEN("办理中"),
  /** sent to a body outside the county, its reply awaited */
  SENT("已报送，待回复"),
  /** the opinion is given */
  DECIDED("已出具意见");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
