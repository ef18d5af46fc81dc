package cn.gov.sixian.reception.notification;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import org.springframework.stereotype.Service;

/** E-mails of the mediation tiers: the reminder (催办) and the overdue report to the director. */
@Service
public class MediationNotifier {

  private final UnitCatalogue catalogue;
  private final MailGateway mail;
  private final NotificationProperties properties;

  MediationNotifier(UnitCatalogue catalogue, MailGateway mail, NotificationProperties properties) {
    this.catalogue = catalogue;
    this.mail = mail;
    this.properties = properties;
  }

  /**
   * Before the deputy leader's deadline, to the responsible unit; {@code workingDays} is the limit
   * the case was given (null for a case started before it was recorded: then not stated).
   */
  public void remindDeputyLeader(
      String caseNumber, String unitCode, String dueText, Integer workingDays) {
    Unit unit = catalogue.findUnit(unitCode)
        .orElseThrow(() -> new IllegalStateException("Unit not in catalogue: " + unitCode));
    mail.send(new Mail(MailKind.TIER2_REMINDER, caseNumber, unit.email(),
        "【联合接访】催办：信访件" + caseNumber + "分管领导牵头调处将于" + dueText + "到期",
        unit.name() + "：\n\n信访件" + caseNumber + "由你单位分管领导牵头调处，期限为" + dueText
            + (workingDays == null ? "" : "（" + workingDays + "个工作日）") + "。请在期限内调处化解，向单位主要负责同志报告并提出解决方案。\n\n"
            + "任务列表：" + properties.tasklistUrl() + "\n\n县来访接待中心（联合接访中心）\n"));
  }

  /** At the deputy leader's deadline, to the center director. */
  public void reportDeputyLeaderOverdue(String caseNumber, String unitName, String dueText) {
    mail.send(new Mail(MailKind.TIER2_OVERDUE, caseNumber, properties.directorEmail(),
        "【联合接访】逾期：信访件" + caseNumber + "分管领导牵头调处已超过期限",
        "联合接访中心主任：\n\n信访件" + caseNumber + "由" + unitName + "分管领导牵头调处，期限"
            + dueText + "已届满，尚未办结。该件已标记为逾期，请督促办理。\n\n"
            + "任务列表：" + properties.tasklistUrl() + "\n"));
  }
}
