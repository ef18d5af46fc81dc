package cn.gov.sixian.reception.supervision;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_LATE;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_REMINDER_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEIVING_GROUP;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_ACCEPTED;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DEADLINE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_FEEDBACK;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Issues supervision slips (督办单) and records the unit's answer, called from the supervision
 * model ({@code ${supervisionSlips.issue(execution)}} …).
 */
@Component("supervisionSlips")
public class SupervisionSlips {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final SlipRegister slips;
  private final CaseRegister cases;
  private final UnitCatalogue catalogue;
  private final TrackingSheet tracking;
  private final WorkingDayCalendar calendar;
  private final SupervisionProperties properties;

  SupervisionSlips(SlipRegister slips, CaseRegister cases, UnitCatalogue catalogue,
      TrackingSheet tracking, WorkingDayCalendar calendar, SupervisionProperties properties) {
    this.slips = slips;
    this.cases = cases;
    this.catalogue = catalogue;
    this.tracking = tracking;
    this.calendar = calendar;
    this.properties = properties;
  }

  /** 开具督办单: numbers the slip, sets the feedback limit and its reminder. */
  public void issue(DelegateExecution execution) {
    String caseNumber = TypedVariables.text(execution, CASE_NUMBER);
    CaseRecord record = cases.find(caseNumber)
        .orElseThrow(() -> new IllegalStateException("Case not in register: " + caseNumber));
    Unit unit = catalogue.findUnit(record.unitCode())
        .orElseThrow(() -> new IllegalStateException("Case " + caseNumber + " has no unit"));
    SupervisionReason reason = SupervisionReason.valueOf(TypedVariables.text(execution, SUPERVISION_REASON));
    String details = TypedVariables.text(execution, SUPERVISION_DETAILS);
    Date deadline = TypedVariables.date(execution, SUPERVISION_DEADLINE);
    Instant now = calendar.now();
    Date due = calendar.naturalDaysDeadline(now, properties.feedbackDays());
    String slipNumber = caseNumber + "-DB" + (slips.countOfCase(caseNumber) + 1);
    String issuedBy = Executions.currentUser(execution);

    slips.add(new Slip(slipNumber, caseNumber, execution.getProcessInstanceId(), unit.code(),
        unit.name(), reason, details, deadline == null ? null : deadline.toInstant(), now,
        issuedBy, due.toInstant(), null, null, false, SlipStatus.OPEN));
    execution.setVariable(SLIP_NUMBER, slipNumber);
    execution.setVariable(SUPERVISION_REASON_NAME, reason.label());
    execution.setVariable(UNIT_CODE, unit.code());
    execution.setVariable(UNIT_NAME, unit.name());
    execution.setVariable(RECEIVING_GROUP, unit.staffGroup());
    execution.setVariable(FEEDBACK_DAYS, properties.feedbackDays());
    execution.setVariable(FEEDBACK_DUE, due);
    execution.setVariable(FEEDBACK_DUE_TEXT, dueText(due));
    execution.setVariable(FEEDBACK_REMINDER_AT,
        calendar.reminderDaysBefore(due, properties.reminderDaysBefore()));
    execution.setVariable(FEEDBACK_LATE, false);
    execution.removeVariable(SUPERVISION_FEEDBACK);
    execution.removeVariable(SLIP_ACCEPTED);
    tracking.add(caseNumber, issuedBy, TrackingAction.SLIP_ISSUED,
        "督办单" + slipNumber + "（" + reason.label() + "）"
            + (details == null ? "" : "：" + withoutFinalStop(details)) + "；反馈期限" + dueText(due),
        null);
  }

  /** The unit's answer arrived, from its task or over REST: recorded on the slip and the sheet. */
  public void feedbackReceived(DelegateExecution execution) {
    String feedback = TypedVariables.text(execution, SUPERVISION_FEEDBACK);
    String text = feedback == null || feedback.isBlank() ? "（未填写）" : feedback.strip();
    String slipNumber = TypedVariables.text(execution, SLIP_NUMBER);
    slips.answered(slipNumber, calendar.now(), text);
    String actor = Executions.currentUser(execution);
    tracking.add(TypedVariables.text(execution, CASE_NUMBER), actor, TrackingAction.FEEDBACK,
        "督办单" + slipNumber + "反馈" + (Boolean.TRUE.equals(execution.getVariable(FEEDBACK_LATE))
            ? "（逾期）" : ""), text);
  }

  private static String withoutFinalStop(String text) {
    String t = text.strip();
    return t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
  }

  String dueText(Date due) {
    return ChineseDates.format(calendar.localDate(due.toInstant())) + " "
        + TIME.format(calendar.officeCloses());
  }
}
