package cn.gov.sixian.reception.referral;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON;

import cn.gov.sixian.reception.intake.RepeatPetitionRegistered;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Puts a case before the center director as an accountability referral candidate (问责移送):
 * when a slip goes unanswered, and when a petitioner comes back on a matter already closed.
 */
@Service
public class AccountabilityReferrals {

  private final RuntimeService runtimeService;

  public AccountabilityReferrals(@Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void propose(String caseNumber, ReferralReason reason, String details) {
    runtimeService.startProcessInstanceByKey(ProcessKeys.ACCOUNTABILITY_REFERRAL, caseNumber,
        Map.of(CASE_NUMBER, caseNumber, REFERRAL_REASON, reason.name(), REFERRAL_DETAILS, details));
  }

  /** A repeat petition on a closed matter may mean the unit did not really resolve it. */
  @EventListener
  public void onRepeatPetition(RepeatPetitionRegistered event) {
    propose(event.earlierCaseNumber(), ReferralReason.REPEAT_PETITION,
        "信访人就已结案事项再次来访（新信访件" + event.caseNumber() + "）");
  }
}
