package cn.gov.sixian.reception.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** E-mails of the all-day reception (全天候联合接访) to the center's director and the county leaders. */
@Service
public class AllDayNotifier {

  private final MailGateway mail;
  private final NotificationProperties properties;

  AllDayNotifier(MailGateway mail, NotificationProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  /**
   * A group visit or a repeat petition registered during a period: told at once, once per case
   * and recipient. Case number, matter kind and place only: no ID number, phone or address.
   */
  public void alert(String caseNumber, String what, String details) {
    for (String to : leadership()) {
      mail.sendOnce(new Mail(MailKind.ALL_DAY_ALERT, "all-day-alert:" + caseNumber, to,
          "【全天候联合接访】" + what + "：信访件" + caseNumber,
          "领导：\n\n全天候联合接访期间登记" + what + "，请关注。\n\n" + details
              + "\n办理情况请在联合接访系统中查看：" + properties.tasklistUrl() + "\n\n联合接访系统\n"));
    }
  }

  /** The day's report (日报), once per day and recipient. */
  public void dailyReport(String date, String subject, String text) {
    for (String to : leadership()) {
      mail.sendOnce(new Mail(MailKind.ALL_DAY_REPORT, "all-day-report:" + date, to, subject,
          "领导：\n\n" + text + "\n联合接访系统\n"));
    }
  }

  private List<String> leadership() {
    List<String> to = new ArrayList<>();
    to.add(properties.directorEmail());
    properties.countyLeaderEmails().stream().filter(a -> !to.contains(a)).forEach(to::add);
    return to;
  }
}
