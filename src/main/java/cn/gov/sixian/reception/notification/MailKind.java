package cn.gov.sixian.reception.notification;

/** The kinds of e-mail the center sends; stored in {@code sent_notification.kind}. */
enum MailKind {
  TRANSFER,
  TIER2_REMINDER,
  TIER2_OVERDUE,
  SLIP_ISSUED,
  SLIP_REMINDER,
  BULLETIN,
  ROSTER_GAP,
  NOBODY_ON_DUTY,
  MISSED_CHECK_IN,
  ALL_DAY_ALERT,
  ALL_DAY_REPORT,
  REVIEW_REMINDER,
  REVIEW_OVERDUE
}
