package cn.gov.sixian.reception.handling;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * Deadlines and notices of time-limited handling (单位限期办理): the acceptance limit, the handling
 * limit, one approved extension, and the texts of the notices the unit issues. The limits are in
 * natural days; a deadline falling on a day off moves to the next working day (see
 * {@link WorkingDayCalendar}).
 */
@Service
public class HandlingService {

  private final HandlingLimits limits;
  private final WorkingDayCalendar calendar;

  public HandlingService(HandlingLimits limits, WorkingDayCalendar calendar) {
    this.limits = limits;
    this.calendar = calendar;
  }

  /** By when the unit must decide on acceptance, counted from receipt (now). */
  Date acceptanceDue() {
    return calendar.naturalDaysDeadline(calendar.now(), limits.acceptanceDays());
  }

  /** By when an accepted case must be handled, counted from acceptance (now). */
  Date handlingDue() {
    return calendar.naturalDaysDeadline(calendar.now(), limits.handlingDays());
  }

  /** A case is extended at most once (the days themselves are bounded when read). */
  void checkNotExtendedYet(boolean alreadyExtended, String field) {
    if (alreadyExtended) {
      throw new InvalidInputException(field, "本件已延期办理一次，不能再次申请延期。");
    }
  }

  Date extendedDue(Date handlingDue, int days) {
    return calendar.extendNaturalDays(handlingDue, days);
  }

  /**
   * Until when the center may object to an extension the unit head approved now: the close of
   * this working day, or of the next one when approved after office hours or on a day off.
   */
  Date objectionDue() {
    Date today = calendar.atOfficeClose(calendar.onOrAfter(calendar.today()));
    return today.toInstant().isAfter(calendar.now()) ? today
        : calendar.atOfficeClose(calendar.addWorkingDays(calendar.today(), 1));
  }

  int maxExtensionDays() {
    return limits.maxExtensionDays();
  }

  Date now() {
    return Date.from(calendar.now());
  }

  String dateText(Date date) {
    return ChineseDates.format(calendar.localDate(date.toInstant()));
  }

  private String today() {
    return ChineseDates.format(calendar.today());
  }

  String acceptanceNotice(String caseNumber, String unitName, Date handlingDue) {
    return "《信访事项受理告知书》\n信访件编号：" + caseNumber
        + "\n受理单位：" + unitName
        + "\n受理日期：" + today()
        + "\n您反映的信访事项已依法受理，本单位将在" + dateText(handlingDue)
        + "前办结并书面答复。";
  }

  String nonAcceptanceNotice(String caseNumber, String unitName, String reason) {
    return "《不予受理告知书》\n信访件编号：" + caseNumber
        + "\n告知单位：" + unitName
        + "\n告知日期：" + today()
        + "\n不予受理理由：" + reason;
  }

  String extensionNotice(String caseNumber, String unitName, int days, Date newDue) {
    return "《延长办理期限告知书》\n信访件编号：" + caseNumber
        + "\n办理单位：" + unitName
        + "\n经本单位负责人批准，办理期限延长" + days + "日，至" + dateText(newDue) + "。";
  }
}
