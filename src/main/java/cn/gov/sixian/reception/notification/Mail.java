package cn.gov.sixian.reception.notification;

/**
 * A plain-text e-mail. {@code kind} and {@code reference} (the case, slip or bulletin period it
 * is about) identify it in the sent-mail log, so a retried job does not send it twice.
 */
record Mail(MailKind kind, String reference, String to, String subject, String body) {}
