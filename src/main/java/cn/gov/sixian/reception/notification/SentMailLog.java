package cn.gov.sixian.reception.notification;

/** What has been e-mailed, so that a retried job never sends the same mail twice. */
interface SentMailLog {

  /**
   * Claims the mail before it is sent; false when it was sent already (by an earlier attempt of
   * the job or by another node). The claim belongs to the caller's transaction.
   */
  boolean claim(SentMail mail);

  /** The mail has reached the SMTP server: keep the record even if the job rolls back later. */
  void delivered(SentMail mail);
}
