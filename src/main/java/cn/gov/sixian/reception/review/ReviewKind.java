package cn.gov.sixian.reception.review;

import cn.gov.sixian.reception.process.ProcessKeys;

/** Review (复查) of a written reply, and re-review (复核) of a review opinion. */
public enum ReviewKind {
  REVIEW("复查", ProcessKeys.REVIEW),
  RE_REVIEW("复核", ProcessKeys.RE_REVIEW);

  private final String label;
  private final String processKey;

  ReviewKind(String label, String processKey) {
    this.label = label;
    this.processKey = processKey;
  }

  public String label() {
    return label;
  }

  String processKey() {
    return processKey;
  }
}
