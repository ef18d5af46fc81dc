package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_CODES;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.MEDIATED;
import static cn.gov.sixian.reception.process.ProcessVariables.MEDIATION_HISTORY;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST_MEDIATION;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_OVERDUE;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_REMINDER_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_WORKING_DAYS;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.closing.CaseOutcome;
import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.TypedVariables;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bookkeeping of the mediation tiers, called from the model's listener expressions
 * ({@code ${mediationTiers.started(execution, 2)}} …): records each tier's start and end, sets the
 * deputy leader's deadline (the configured working days) and its reminder, keeps a readable history for the next
 * tier's forms and marks how mediation ended.
 */
@Component("mediationTiers")
public class MediationTiers {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final MediationTierLog log;
  private final WorkingDayCalendar calendar;
  private final UnitCatalogue catalogue;
  private final MediationProperties properties;

  public MediationTiers(
      MediationTierLog log,
      WorkingDayCalendar calendar,
      UnitCatalogue catalogue,
      MediationProperties properties) {
    this.log = log;
    this.calendar = calendar;
    this.catalogue = catalogue;
    this.properties = properties;
  }

  public void started(DelegateExecution execution, int tierNumber) {
    MediationTier tier = MediationTier.of(tierNumber);
    Instant now = calendar.now();
    Date due = null;
    // the limit in force, shown by the forms of every tier (审核提级调处 offers tier 2 with it)
    execution.setVariable(TIER2_WORKING_DAYS, properties.deputyLeaderWorkingDays());
    if (tier == MediationTier.DEPUTY_LEADER) {
      due = calendar.workingDaysDeadline(now, properties.deputyLeaderWorkingDays());
      execution.setVariable(TIER2_DUE, due);
      execution.setVariable(TIER2_DUE_TEXT, dueText(due));
      execution.setVariable(TIER2_REMINDER_AT, calendar.reminderBefore(due));
      execution.setVariable(TIER2_OVERDUE, false);
    }
    log.started(caseNumber(execution), execution.getProcessInstanceId(), tier.number(), now,
        due == null ? null : due.toInstant());
  }

  public void ended(DelegateExecution execution, int tierNumber) {
    MediationTier tier = MediationTier.of(tierNumber);
    TierOutcome outcome = outcome(execution, tier);
    Instant now = calendar.now();
    log.ended(execution.getProcessInstanceId(), tier.number(), now, outcome,
        Executions.currentUser(execution));
    if (outcome != TierOutcome.CANCELLED) {
      appendHistory(execution, tier, outcome, now);
    }
  }

  /** The units of joint mediation: the multi-instance collection. */
  public List<String> jointUnits(DelegateExecution execution) {
    String codes = TypedVariables.text(execution, JOINT_UNIT_CODES);
    return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
  }

  /** Each unit's opinion task shows which unit it is for. */
  public void unitOpinionStarted(DelegateExecution execution) {
    String code = TypedVariables.text(execution, JOINT_UNIT);
    execution.setVariableLocal(
        JOINT_UNIT_NAME, catalogue.findUnit(code).map(Unit::name).orElse(code));
  }

  public void resolved(DelegateExecution execution) {
    finish(execution, CaseOutcome.MEDIATED);
  }

  public void countyLeaderDecided(DelegateExecution execution) {
    finish(execution, CaseOutcome.COUNTY_LEADER_DECIDED);
  }

  /**
   * Back in the case after mediation: the request that led there is spent, so the next
   * satisfaction evaluation decides afresh (the call copies all variables back).
   */
  public void backInTheCase(DelegateExecution execution) {
    execution.removeVariable(REQUEST_MEDIATION);
  }

  private void finish(DelegateExecution execution, CaseOutcome outcome) {
    execution.setVariable(MEDIATED, true);
    execution.setVariable(CASE_OUTCOME, outcome.name());
    execution.setVariable(CASE_OUTCOME_NAME, outcome.label());
  }

  private static TierOutcome outcome(DelegateExecution execution, MediationTier tier) {
    if (!Executions.completesNormally(execution)) {
      return TierOutcome.CANCELLED;
    }
    if (tier.outcomeVariable() == null) {
      return TierOutcome.DECIDED;
    }
    return TierOutcome.valueOf(TypedVariables.text(execution, tier.outcomeVariable()));
  }

  private void appendHistory(
      DelegateExecution execution, MediationTier tier, TierOutcome outcome, Instant endedAt) {
    String previous = TypedVariables.text(execution, MEDIATION_HISTORY);
    String conclusion = TypedVariables.text(execution, tier.conclusionVariable());
    String line = tier.label() + "｜" + ChineseDates.format(calendar.localDate(endedAt)) + "｜"
        + outcome.label() + (conclusion == null ? "" : "｜" + conclusion);
    execution.setVariable(
        MEDIATION_HISTORY, previous == null || previous.isBlank() ? line : previous + "\n" + line);
  }

  private String dueText(Date due) {
    return ChineseDates.format(calendar.localDate(due.toInstant())) + " "
        + TIME.format(calendar.officeCloses());
  }

  private static String caseNumber(DelegateExecution execution) {
    return TypedVariables.text(execution, CASE_NUMBER);
  }
}
