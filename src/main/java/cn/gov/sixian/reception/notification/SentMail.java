package cn.gov.sixian.reception.notification;

/**
 * One e-mail as the sent-mail log knows it. {@code occasion} is the engine job that sends it:
 * a retry of that job is the same occasion, a later reminder of the same case is another.
 */
record SentMail(MailKind kind, String reference, String recipient, String occasion) {}
