package cn.gov.sixian.reception.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail through Spring's {@link JavaMailSender} when SMTP is configured; otherwise logs the
 * message (the default run has no mail server). Failures propagate so the job is retried; what
 * was delivered is recorded in the {@link SentMailLog}, so a retry does not send it again.
 */
@Component
class MailGateway {

  private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final NotificationProperties properties;
  private final SentMailLog sentLog;

  MailGateway(ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
      SentMailLog sentLog) {
    this.sender = sender;
    this.properties = properties;
    this.sentLog = sentLog;
  }

  void send(Mail mail) {
    SentMail key = new SentMail(mail.kind(), mail.reference(), mail.to(), SendingOccasion.current());
    if (!sentLog.claim(key)) {
      log.info("Already sent on an earlier attempt, not sent again: {} {} to {}",
          mail.kind(), mail.reference(), mail.to());
      return;
    }
    deliver(mail);
    sentLog.delivered(key);
  }

  /**
   * Sends the mail unless one of the same kind and reference went to the same address before,
   * on any occasion: for notices that repeating checks must give once (a roster gap).
   */
  void sendOnce(Mail mail) {
    SentMail key = new SentMail(mail.kind(), mail.reference(), mail.to(), ONCE);
    if (!sentLog.claim(key)) {
      return;
    }
    deliver(mail);
    sentLog.delivered(key);
  }

  static final String ONCE = "once";

  /** Hands the mail to the SMTP server (or the log); throws when the server refuses it. */
  void deliver(Mail mail) {
    JavaMailSender mailSender = sender.getIfAvailable();
    if (mailSender == null) {
      log.info("No mail server configured; not sent to {}: {}", mail.to(), mail.subject());
      return;
    }
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.body());
      mailSender.send(message);
      log.info("Mail sent to {}: {}", mail.to(), mail.subject());
    } catch (MessagingException e) {
      throw new MailSendException("Cannot build mail to " + mail.to(), e);
    }
  }
}
