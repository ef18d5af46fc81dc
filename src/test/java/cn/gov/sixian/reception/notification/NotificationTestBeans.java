package cn.gov.sixian.reception.notification;

import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Builds the notification beans for plain-engine tests. No mail server: the gateway logs, and
 * the notices handed to it are recorded for assertions.
 */
public final class NotificationTestBeans {

  private final List<String> subjects = new ArrayList<>();
  private final List<String> recipients = new ArrayList<>();
  private final UnitCatalogue catalogue;
  private volatile boolean mailServerDown;
  private MediationNotifier mediationNotifier;

  public NotificationTestBeans(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public Map<String, Object> beans() {
    NotificationProperties properties = new NotificationProperties(null, null, null);
    MailGateway recording =
        new MailGateway(
            new StaticListableBeanFactory().getBeanProvider(
                org.springframework.mail.javamail.JavaMailSender.class),
            properties) {
          @Override
          void send(Mail mail) {
            if (mailServerDown) {
              throw new org.springframework.mail.MailSendException("SMTP server unreachable");
            }
            recipients.add(mail.to());
            subjects.add(mail.subject());
            super.send(mail);
          }
        };
    mediationNotifier = new MediationNotifier(catalogue, recording, properties);
    return Map.of(
        "transferNotificationDelegate",
        new TransferNotificationDelegate(new TransferNotifier(catalogue, recording, properties)));
  }

  /** The mediation e-mails, sent through the same recording gateway. */
  public MediationNotifier mediationNotifier() {
    return mediationNotifier;
  }

  /** Simulates an SMTP outage: every send fails until set back. */
  public void mailServerDown(boolean down) {
    this.mailServerDown = down;
  }

  public List<String> subjects() {
    return subjects;
  }

  public List<String> recipients() {
    return recipients;
  }
}
