package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_CONCLUSION;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_DATE;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_PARTICIPANTS;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** End listener of 组织听证会 (听证会): date, participants and conclusion. */
@Component("hearingListener")
class HearingListener extends TaskOutcomeListener {

  private final WorkingDayCalendar calendar;

  HearingListener(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    execution.setVariable(HEARING_DATE, in.requiredDate(HEARING_DATE, calendar.zone()).toString());
    execution.setVariable(HEARING_PARTICIPANTS, in.requiredText(HEARING_PARTICIPANTS, 1000));
    execution.setVariable(HEARING_CONCLUSION, in.requiredText(HEARING_CONCLUSION, 2000));
  }
}
