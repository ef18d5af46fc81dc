package cn.gov.sixian.reception.notification;

import org.springframework.stereotype.Service;

/** E-mails of review (复查) and re-review (复核): the reminder (催办) and the overdue notice. */
@Service
public class ReviewNotifier {

  private final MailGateway mail;
  private final NotificationProperties properties;

  ReviewNotifier(MailGateway mail, NotificationProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  /**
   * Before the opinion is due: to the reviewing body inside the county, or (a body outside,
   * {@code bodyEmail} null) to the center's director, who asks the body for its reply.
   */
  public void remind(String kind, String caseNumber, String bodyName, String bodyEmail,
      String dueText) {
    boolean inCounty = bodyEmail != null;
    String to = inCounty ? bodyEmail : properties.directorEmail();
    mail.send(new Mail(MailKind.REVIEW_REMINDER, caseNumber, to,
        "【联合接访】催办：信访件" + caseNumber + "的" + kind + "意见将于" + dueText + "到期",
        (inCounty ? bodyName : "联合接访中心主任") + "：\n\n信访件" + caseNumber + "的" + kind
            + "申请由" + bodyName + "办理，应于" + dueText + "前出具" + kind + "意见书。"
            + (inCounty ? "请在期限内办结。" : "请向" + bodyName + "催问办理结果，收到后及时录入。")
            + "\n\n任务列表：" + properties.tasklistUrl() + "\n\n县来访接待中心（联合接访中心）\n"));
  }

  /** At the due day, to the center's director. */
  public void reportOverdue(String kind, String caseNumber, String bodyName, String dueText) {
    mail.send(new Mail(MailKind.REVIEW_OVERDUE, caseNumber, properties.directorEmail(),
        "【联合接访】逾期：信访件" + caseNumber + "的" + kind + "已超过期限",
        "联合接访中心主任：\n\n信访件" + caseNumber + "的" + kind + "由" + bodyName + "办理，期限"
            + dueText + "已届满，尚未出具" + kind + "意见书。该件已标记为逾期，请督促办理。\n\n"
            + "任务列表：" + properties.tasklistUrl() + "\n"));
  }
}
