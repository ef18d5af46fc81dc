package cn.gov.sixian.reception.notification;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.util.Collection;
import org.springframework.stereotype.Service;

/** E-mails of tracking supervision: the slip, its reminder, and the weekly bulletin. */
@Service
public class SupervisionNotifier {

  private final UnitCatalogue catalogue;
  private final MailGateway mail;
  private final NotificationProperties properties;

  SupervisionNotifier(UnitCatalogue catalogue, MailGateway mail, NotificationProperties properties) {
    this.catalogue = catalogue;
    this.mail = mail;
    this.properties = properties;
  }

  /** {@code feedbackDays}: the slip's limit (null for a slip issued before it was recorded). */
  public void slipIssued(
      String slipNumber, String unitCode, String dueText, Integer feedbackDays, String details) {
    Unit unit = unit(unitCode);
    mail.send(new Mail(MailKind.SLIP_ISSUED, slipNumber, unit.email(), "【联合接访】督办单" + slipNumber + "，请于" + dueText + "前反馈",
        unit.name() + "：\n\n县来访接待中心对信访件开具督办单" + slipNumber + "。"
            + (details == null ? "" : "\n督办事项及要求：" + details)
            + "\n请于" + dueText + "前" + (feedbackDays == null ? "" : "（" + feedbackDays + "日内）") + "反馈办理结果。逾期未反馈的，将列入通报并提请问责。\n\n"
            + "任务列表：" + properties.tasklistUrl() + "\n\n县来访接待中心（联合接访中心）\n"));
  }

  public void remind(String slipNumber, String unitCode, String dueText) {
    Unit unit = unit(unitCode);
    mail.send(new Mail(MailKind.SLIP_REMINDER, slipNumber, unit.email(), "【联合接访】催办：督办单" + slipNumber + "将于" + dueText + "到期",
        unit.name() + "：\n\n督办单" + slipNumber + "的反馈期限为" + dueText
            + "，请尽快反馈办理结果。\n\n任务列表：" + properties.tasklistUrl() + "\n"));
  }

  /** The week's bulletin to the units it names and to the center director. */
  public void bulletin(String period, String text, Collection<String> unitCodes) {
    String subject = "【联合接访】信访件办理情况通报（" + period + "）";
    mail.send(new Mail(MailKind.BULLETIN, period, properties.directorEmail(), subject, text));
    for (String code : unitCodes) {
      Unit unit = unit(code);
      mail.send(new Mail(MailKind.BULLETIN, period, unit.email(), subject, unit.name() + "：\n\n" + text));
    }
  }

  private Unit unit(String code) {
    return catalogue.findUnit(code)
        .orElseThrow(() -> new IllegalStateException("Unit not in catalogue: " + code));
  }
}
