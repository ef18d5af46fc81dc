package cn.gov.sixian.reception.notification;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Builds the notification beans for plain-engine tests. No mail server: the gateway logs, and
 * the e-mails handed to it are recorded for assertions; an outage can be simulated.
 */
public final class NotificationTestBeans {

  private final List<String> subjects = new ArrayList<>();
  private final List<String> recipients = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private volatile boolean mailServerDown;
  private final TransferNotifier transferNotifier;
  private final MediationNotifier mediationNotifier;
  private final SupervisionNotifier supervisionNotifier;
  private final ReviewNotifier reviewNotifier;

  public NotificationTestBeans(UnitCatalogue catalogue) {
    NotificationProperties properties = new NotificationProperties(null, null, null, null, null);
    MailGateway recording =
        new MailGateway(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties,
            new InMemorySentMailLog()) {
          @Override
          void deliver(Mail mail) {
            if (mailServerDown) {
              throw new MailSendException("SMTP server unreachable");
            }
            recipients.add(mail.to());
            subjects.add(mail.subject());
            bodies.add(mail.body());
            super.deliver(mail);
          }
        };
    transferNotifier = new TransferNotifier(catalogue, recording, properties);
    mediationNotifier = new MediationNotifier(catalogue, recording, properties);
    supervisionNotifier = new SupervisionNotifier(catalogue, recording, properties);
    reviewNotifier = new ReviewNotifier(recording, properties);
  }

  public Map<String, Object> beans() {
    return Map.of("transferNotificationDelegate", new TransferNotificationDelegate(transferNotifier),
        "transferNotificationStarter", new TransferNotificationStarter());
  }

  public MediationNotifier mediationNotifier() {
    return mediationNotifier;
  }

  public ReviewNotifier reviewNotifier() {
    return reviewNotifier;
  }

  public SupervisionNotifier supervisionNotifier() {
    return supervisionNotifier;
  }

  /** Simulates an SMTP outage: every send fails until set back. */
  public void mailServerDown(boolean down) {
    this.mailServerDown = down;
  }

  public List<String> subjects() {
    return subjects;
  }

  /** The texts of the e-mails sent, in order. */
  public List<String> bodies() {
    return bodies;
  }

  public List<String> recipients() {
    return recipients;
  }
}
