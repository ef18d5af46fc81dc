package cn.gov.sixian.reception.notification;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Tells a responsible unit by e-mail that a case has been transferred to it (转办通知). */
@Service
class TransferNotifier {

  private static final Logger log = LoggerFactory.getLogger(TransferNotifier.class);

  private final UnitCatalogue catalogue;
  private final MailGateway mail;
  private final NotificationProperties properties;

  TransferNotifier(UnitCatalogue catalogue, MailGateway mail, NotificationProperties properties) {
    this.catalogue = catalogue;
    this.mail = mail;
    this.properties = properties;
  }

  void notifyTransfer(TransferNotice notice) {
    Unit unit =
        catalogue
            .findUnit(notice.unitCode())
            .orElseThrow(
                () -> new IllegalStateException("Unit not in catalogue: " + notice.unitCode()));
    if (unit.email() == null || unit.email().isBlank()) {
      log.warn("Unit {} has no contact e-mail; case {} not notified", unit.code(), notice.caseNumber());
      return;
    }
    mail.send(new Mail(MailKind.TRANSFER, notice.caseNumber(), unit.email(), subject(notice, unit), body(notice, unit)));
  }

  private static String subject(TransferNotice n, Unit unit) {
    return "【联合接访】信访件" + n.caseNumber() + "已转办" + unit.name() + "，请及时办理";
  }

  private String body(TransferNotice n, Unit unit) {
    return unit.name() + "：\n\n"
        + "县来访接待中心现将以下信访事项转办你单位，请按规定及时接谈、受理、办理，"
        + "书面答复信访人并将办理结果反馈县来访接待中心。\n\n"
        + "信访件编号：" + n.caseNumber() + "\n"
        + "问题类别：" + n.problemCategoryName() + "\n"
        + "接待方式：" + n.receptionModeName() + "\n"
        + (n.groupVisit() ? "集体访：是\n" : "")
        + "反映事项摘要：" + n.matterSummary() + "\n\n"
        + "请登录联合接访系统（任务列表）查看并办理：" + properties.tasklistUrl() + "\n\n"
        + "县来访接待中心（联合接访中心）\n";
  }
}
