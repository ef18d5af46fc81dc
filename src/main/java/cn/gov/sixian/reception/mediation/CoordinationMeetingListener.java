package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.COORDINATION_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_REQUIRED;
import static cn.gov.sixian.reception.process.ProcessVariables.MEETING_ATTENDEES;
import static cn.gov.sixian.reception.process.ProcessVariables.MEETING_DATE;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 召开协调会议: date, attendees and the coordination opinion (协调意见). */
@Component("coordinationMeetingListener")
class CoordinationMeetingListener extends TaskOutcomeListener {

  private final WorkingDayCalendar calendar;

  CoordinationMeetingListener(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(MEETING_DATE, in.requiredDate(MEETING_DATE, calendar.zone()).toString());
    execution.setVariable(MEETING_ATTENDEES, in.requiredText(MEETING_ATTENDEES, 1000));
    execution.setVariable(COORDINATION_OPINION, in.requiredText(COORDINATION_OPINION, 2000));
    execution.setVariable(HEARING_REQUIRED, in.optionalBoolean(HEARING_REQUIRED));
  }
}
