package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.*;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The data contract of the call 组织调解处理 (joint-reception calls mediation), named by the call
 * activity's {@code camunda:variableMappingDelegateExpression}: the case's variables mediation
 * receives ({@link #RECEIVED}: registration, routing, reception, handling, closing, the tracking
 * sheet, and mediation's own from an earlier round), and those it hands back ({@link #MEDIATION}:
 * the tiers' results and the outcome it gives the case). The full ID number, phone and address are not
 * passed (the case holds only their masked forms).
 *
 * <p>A variable is copied only if present, typed as it is: {@code camunda:in source="x"} would
 * give the called instance {@code x = null} for every variable this case does not have (and
 * {@code camunda:out} would do the same to the case), which forms and listeners read differently
 * from an absent one.
 */
@Component("mediationVariables")
class MediationVariables implements DelegateVariableMapping {

  /** The case's own variables mediation receives. */
  private static final List<String> CASE = List.of(
      PETITIONER_NAME, TOWNSHIP, VISITOR_COUNT, PROBLEM_CATEGORY, MATTER,
      REQUEST, CHANNEL, CASE_NUMBER, CHANNEL_NAME, REGISTERED_AT, REGISTERED_BY, GROUP_VISIT,
      FIRST_VISIT, EARLIER_CASE_COUNT, EARLIER_CASES_SUMMARY, ID_NUMBER_MASKED, PHONE_MASKED,
      PROBLEM_CATEGORY_NAME, TOWNSHIP_NAME, SUGGESTED_UNIT_CODE, SUGGESTED_UNIT_NAME, UNIT_OPTIONS,
      CATEGORY_OPTIONS, UNIT_CODE, UNIT_NAME, UNIT_RESIDENT, RECEIVING_GROUP, UNIT_LEADER_GROUP,
      LEADER_RECEPTION, RECEPTION_MODE, RECEPTION_MODE_NAME, SKIP_LEVEL, LEADER_NAME,
      LEADER_INSTRUCTIONS, RECEPTION_OUTCOME, RECEPTION_NOTES, ON_SPOT_REPLY, TRANSFERRED_AT,
      ACCEPTANCE_DUE, ACCEPTANCE_DUE_TEXT, ACCEPTANCE_DECISION, ACCEPTANCE_NOTES, REJECTION_REASON,
      REDIRECT_CHANNEL, ACCEPTED_AT, HANDLING_DUE, HANDLING_DUE_TEXT, ACCEPTANCE_NOTICE,
      NON_ACCEPTANCE_NOTICE, HANDLING_ACTION, REPLY_OPINION, ESTABLISHED_FACTS, REPLY_BASIS,
      REPLIED_AT, EXTENSION_DAYS, MAX_EXTENSION_DAYS, EXTENSION_REASON, EXTENSION_APPROVED,
      EXTENSION_COMMENT, EXTENDED, EXTENSION_NOTICE, FEEDBACK_ACCEPTED, FEEDBACK_COMMENT,
      SATISFACTION, SATISFACTION_NOTE, REQUEST_MEDIATION, CASE_OUTCOME, CASE_OUTCOME_NAME, CLOSED_AT,
      TRACKING_SHEET);

  /** Mediation's own: the tiers' results (passed in again from an earlier round of the case). */
  private static final List<String> TIERS = List.of(
      MEDIATION_START_TIER, TIER1_OUTCOME, TIER1_NOTES, REVIEW_DECISION, REVIEW_COMMENT,
      TIER2_OUTCOME, TIER2_REPORT, TIER2_SOLUTION, TIER2_WORKING_DAYS, TIER2_DUE, TIER2_DUE_TEXT,
      TIER2_REMINDER_AT, TIER2_OVERDUE, JOINT_UNITS, JOINT_UNIT_CODES, JOINT_UNIT_NAMES, JOINT_UNIT,
      JOINT_UNIT_NAME, UNIT_OPINION, JOINT_OPINIONS, MEETING_DATE, MEETING_ATTENDEES,
      COORDINATION_OPINION, HEARING_REQUIRED, HEARING_DATE, HEARING_PARTICIPANTS,
      HEARING_CONCLUSION, TIER3_OUTCOME, TIER3_NOTES, COUNTY_LEADER_NAME, COUNTY_LEADER_REQUEST,
      COUNTY_LEADER_DECISION, COMMITMENT_SIGNER, COMMITMENT_SIGNED_AT, COMMITMENT_AGREEMENT,
      MEDIATION_HISTORY, MEDIATED, SUPPORT_OPINIONS);

  /** What mediation receives: the case's variables and mediation's own. */
  static final List<String> RECEIVED = Stream.concat(CASE.stream(), TIERS.stream()).toList();

  /** What the case receives back: the tiers' results and the outcome given to the case. */
  static final List<String> MEDIATION = Stream.concat(TIERS.stream(),
      Stream.of(CASE_OUTCOME, CASE_OUTCOME_NAME, TRACKING_SHEET)).toList();

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    for (String name : RECEIVED) {
      if (superExecution.hasVariable(name)) {
        subVariables.putValueTyped(name, superExecution.getVariableTyped(name));
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    for (String name : MEDIATION) {
      if (subInstance.hasVariable(name)) {
        superExecution.setVariable(name, subInstance.getVariableTyped(name));
      }
    }
  }
}
