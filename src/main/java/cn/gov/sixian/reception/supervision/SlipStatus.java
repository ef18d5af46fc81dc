package cn.gov.sixian.reception.supervision;

/** Where a supervision slip stands. */
public enum SlipStatus {
  /** Issued, waiting for the unit's feedback. */
  OPEN,
  /** The unit answered; the center reviews. */
  ANSWERED,
  /** The center accepted the feedback: supervision of this slip ends. */
  ACCEPTED,
  /** The center did not accept the feedback: a new slip follows. */
  REJECTED
}
