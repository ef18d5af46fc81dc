package cn.gov.sixian.reception.notification;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** E-mails about the duty roster to the center's deputy director (专职副主任). */
@Service
public class RosterNotifier {

  private final MailGateway mail;
  private final NotificationProperties properties;

  RosterNotifier(MailGateway mail, NotificationProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  /**
   * The posts nobody is on that day; sent once for the same day and the same posts, so a gap
   * closed and opened again, or another post left empty, is told again.
   */
  public void gaps(LocalDate date, String dayText, List<String> postCodes, List<String> postNames) {
    String names = String.join("、", postNames);
    mail.sendOnce(new Mail(MailKind.ROSTER_GAP, "roster-gap:" + date + ":" + String.join(",", postCodes),
        properties.deputyDirectorEmail(),
        "【联合接访】值班表缺员：" + dayText + " " + names,
        "专职副主任：\n\n" + dayText + "以下岗位尚未安排值班人员：" + names
            + "。\n请通知相关单位补排，或在值班表中安排。\n\n值班表：" + rosterUrl() + "\n\n联合接访系统\n"));
  }

  private String rosterUrl() {
    return properties.tasklistUrl().replaceFirst("/camunda/app/tasklist/?$", "/roster/");
  }
}
