package cn.gov.sixian.reception.handling;

import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * Deadlines and notices of time-limited handling (单位限期办理): the acceptance limit, the handling
 * limit, one approved extension, and the texts of the notices the unit issues.
 */
@Service
public class HandlingService {

  private final HandlingLimits limits;
  private final Deadlines deadlines;

  public HandlingService(HandlingLimits limits, Clock clock) {
    this.limits = limits;
    this.deadlines = new Deadlines(clock);
  }

  /** The day by which the unit must decide on acceptance, counted from receipt (now). */
  Date acceptanceDue() {
    return deadlines.daysFromToday(limits.acceptanceDays());
  }

  /** The day by which an accepted case must be handled, counted from acceptance (now). */
  Date handlingDue() {
    return deadlines.daysFromToday(limits.handlingDays());
  }

  /** Checks an extension request of {@code days}; a case is extended at most once. */
  void checkExtensionRequest(int days, boolean alreadyExtended, String field) {
    if (alreadyExtended) {
      throw new InvalidInputException(field, "本件已延期办理一次，不能再次申请延期。");
    }
    if (days < 1 || days > limits.maxExtensionDays()) {
      throw new InvalidInputException(
          field, "「延期天数」须在1到" + limits.maxExtensionDays() + "天之间。");
    }
  }

  Date extendedDue(Date handlingDue, int days) {
    return deadlines.daysAfter(handlingDue, days);
  }

  int maxExtensionDays() {
    return limits.maxExtensionDays();
  }

  Date now() {
    return deadlines.now();
  }

  String dateText(Date date) {
    return deadlines.text(date);
  }

  String acceptanceNotice(String caseNumber, String unitName, Date handlingDue) {
    return "《信访事项受理告知书》\n信访件编号：" + caseNumber
        + "\n受理单位：" + unitName
        + "\n受理日期：" + deadlines.today()
        + "\n您反映的信访事项已依法受理，本单位将在" + deadlines.text(handlingDue)
        + "前办结并书面答复。";
  }

  String nonAcceptanceNotice(String caseNumber, String unitName, String reason) {
    return "《不予受理告知书》\n信访件编号：" + caseNumber
        + "\n告知单位：" + unitName
        + "\n告知日期：" + deadlines.today()
        + "\n不予受理理由：" + reason;
  }

  String extensionNotice(String caseNumber, String unitName, int days, Date newDue) {
    return "《延长办理期限告知书》\n信访件编号：" + caseNumber
        + "\n办理单位：" + unitName
        + "\n经联合接访中心批准，办理期限延长" + days + "日，至" + deadlines.text(newDue) + "。";
  }
}
