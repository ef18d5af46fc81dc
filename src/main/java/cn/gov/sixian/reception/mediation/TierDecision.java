package cn.gov.sixian.reception.mediation;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** How tiers 1–3 end: resolved with a signed commitment, or escalated. */
@Component
class TierDecision {

  private final WorkingDayCalendar calendar;

  TierDecision(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** Reads the tier's outcome; a resolution requires the commitment (息访承诺书). */
  TierOutcome record(DelegateExecution execution, Inputs in, String variable) {
    TierOutcome outcome = in.requiredChoice(variable, TierOutcome.class);
    if (outcome != TierOutcome.RESOLVED && outcome != TierOutcome.ESCALATE) {
      throw new InvalidInputException(variable, "「" + in.label(variable) + "」的取值无效：" + outcome + "。");
    }
    execution.setVariable(variable, outcome.name());
    if (outcome == TierOutcome.RESOLVED) {
      Commitments.record(execution, in, calendar.today(), calendar.zone());
    }
    return outcome;
  }
}
