package cn.gov.sixian.reception.notification;

/** A plain-text e-mail. */
record Mail(String to, String subject, String body) {}
