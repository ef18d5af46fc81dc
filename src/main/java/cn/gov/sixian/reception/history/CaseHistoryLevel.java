package cn.gov.sixian.reception.history;

import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.CATEGORY_OPTIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.EARLIER_CASES_SUMMARY;
import static cn.gov.sixian.reception.process.ProcessVariables.EARLIER_CASE_COUNT;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_NAMES;
import static cn.gov.sixian.reception.process.ProcessVariables.MAX_EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEIVING_GROUP;
import static cn.gov.sixian.reception.process.ProcessVariables.RECEPTION_MODE_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REGISTERED_BY;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.SUGGESTED_UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_DUE_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_LEADER_GROUP;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_OPTIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_RESIDENT;

import cn.gov.sixian.reception.process.CaseHistoryReads;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's {@code full} history without the repetitions nothing reads (docs/operations.md
 * "History and retention"): every event of level {@code full} is produced except
 *
 * <ul>
 *   <li>form fields ({@code act_hi_detail} rows of type {@code FormProperty}): Tasklist submits a
 *       form and the engine writes each text field once as a form field and once as a variable
 *       update; the case record reads the variable updates;
 *   <li>an empty value of a variable that history holds no value of yet (written when it gets
 *       one);
 *   <li>of the case's own instance ({@code joint-reception}), every variable but what a form
 *       lets staff enter and what the application reads back ({@link CaseHistoryReads}): the
 *       rest is derived (dates, notices' texts, flags, the routing's suggestion) and the register,
 *       the archived documents and the decision history keep it (decision 0009);
 *   <li>variable updates ({@code act_hi_detail}, type {@code VariableUpdate}) of variables no
 *       form lets staff enter (the record shows what each step entered, by the form's label; the
 *       final value of a kept variable is in {@code act_hi_varinst}), updates that write a
 *       variable's current value again, a first value that is empty, and the values a process
 *       is started with — but for the case's registered values that a later step may change
 *       (the category: its value as registered); the others are their final values;
 *   <li>any history of the routing task's option lists ({@code unitOptions},
 *       {@code categoryOptions}: the catalogue as JSON, for the form's drop-downs; the choice made
 *       is kept), of the full ID number, phone and address (the register keeps them; history
 *       could only keep them masked, and keeps the masked ID number and phone as
 *       {@code idNumberMasked} and {@code phoneMasked}), and of the display values derived from
 *       what is kept ({@link #DERIVED_FOR_DISPLAY});
 *   <li>of {@code transfer-notification}, the activities and the variables but the case number:
 *       its variables are copies of the case's, and the notice sent is recorded in
 *       {@code sent_notification}; the instance, its job's success or failures and any incident
 *       stay;
 *   <li>the job log's rows for a job created and for a job deleted (a deadline's timer that the
 *       case no longer needs); a job's success and its failures stay.
 * </ul>
 *
 * <p>Its id is that of {@code full} (3), so a database set up at {@code full} starts with it and
 * the engine treats it as full history (equality by id, as the engine compares levels); its name
 * is {@code full} too, so that configuration naming {@code full} selects it.
 */
final class CaseHistoryLevel implements HistoryLevel {

  static final int ID = HistoryLevel.HISTORY_LEVEL_FULL.getId();

  /** Variables never written to history, wherever set: form helpers and full contact data. */
  private static final Set<String> NEVER_KEPT =
      Set.of(UNIT_OPTIONS, CATEGORY_OPTIONS, ID_NUMBER, PHONE, ADDRESS);
  /**
   * Values the application derives from others that history keeps: a date's text, a code's
   * name, a unit's groups and residence, a setting, the start user (the instance's), the earlier
   * cases at registration (from the register). Notices are archived as issued, and the register
   * keeps the unit's name at transfer. (The case record reads the names of channel, category and
   * township from history: those stay.)
   */
  private static final Set<String> DERIVED_FOR_DISPLAY = Set.of(
      ACCEPTANCE_DUE_TEXT, HANDLING_DUE_TEXT, TIER2_DUE_TEXT, FEEDBACK_DUE_TEXT, REVIEW_DUE_TEXT,
      RECEPTION_MODE_NAME, SUGGESTED_UNIT_NAME, UNIT_NAME, JOINT_UNIT_NAME, JOINT_UNIT_NAMES,
      SUPERVISION_REASON_NAME, REFERRAL_REASON_NAME, CASE_OUTCOME_NAME, REVIEW_OUTCOME_NAME,
      RECEIVING_GROUP, UNIT_LEADER_GROUP, UNIT_RESIDENT, MAX_EXTENSION_DAYS, REGISTERED_BY,
      EARLIER_CASE_COUNT, EARLIER_CASES_SUMMARY);
  /** The case's helper processes: of their activities and copied variables nothing is kept. */
  private static final Set<String> HELPER_PROCESSES = Set.of(ProcessKeys.TRANSFER_NOTIFICATION);

  private final Predicate<String> enteredInAForm;
  private final Predicate<String> askedAgainAfterRegistration;

  /**
   * @param enteredInAForm whether a variable is a field that a form lets staff fill in
   * @param askedAgainAfterRegistration whether the registration and another form ask for it
   */
  CaseHistoryLevel(Predicate<String> enteredInAForm,
      Predicate<String> askedAgainAfterRegistration) {
    this.enteredInAForm = enteredInAForm;
    this.askedAgainAfterRegistration = askedAgainAfterRegistration;
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return HistoryLevel.HISTORY_LEVEL_FULL.getName();
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE
        || eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE) {
      return false;
    }
    if (isActivityEvent(eventType) && entity instanceof ExecutionEntity execution
        && HELPER_PROCESSES.contains(keyOf(execution.getProcessDefinitionId()))) {
      return false;
    }
    if (entity instanceof VariableInstanceEntity variable && isVariableEvent(eventType)) {
      return isKept(variable.getName(), keyOf(variable.getProcessDefinitionId()))
          && !isEmptyAndNotYetKept(eventType, variable);
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && entity instanceof HistoricVariableUpdateEventEntity update) {
      String name = update.getVariableName();
      return enteredInAForm.test(name) && isKept(name, update.getProcessDefinitionKey())
          && (isAtAStep(update) || isRegisteredAndChangeable(update))
          && !isEmptyFirstValue(update) && !rewritesCurrentValue(update);
    }
    return true;
  }

  /**
   * Of the case's own instance, what staff enter and what the application reads back; elsewhere
   * all but what is never kept, the derived values and the helper processes' copies.
   */
  private boolean isKept(String name, String processDefinitionKey) {
    if (NEVER_KEPT.contains(name) || DERIVED_FOR_DISPLAY.contains(name)) {
      return false;
    }
    if (ProcessKeys.JOINT_RECEPTION.equals(processDefinitionKey)) {
      return enteredInAForm.test(name) || CaseHistoryReads.ALL.contains(name);
    }
    return !(HELPER_PROCESSES.contains(processDefinitionKey) && !CASE_NUMBER.equals(name));
  }

  /**
   * A value of the case's registration that a later step may change (the category): its first
   * value is kept as a change. The others stay as registered, in {@code act_hi_varinst}.
   */
  private boolean isRegisteredAndChangeable(HistoricVariableUpdateEventEntity update) {
    return ProcessKeys.JOINT_RECEPTION.equals(update.getProcessDefinitionKey())
        && askedAgainAfterRegistration.test(update.getVariableName());
  }

  /**
   * Whether a step wrote it: a task, or an activity. The rest is written at the instance's root,
   * as it starts: what the starting side hands over, which the case record cannot show by step.
   */
  private static boolean isAtAStep(HistoricVariableUpdateEventEntity update) {
    return update.getTaskId() != null
        || !Objects.equals(update.getActivityInstanceId(), update.getProcessInstanceId());
  }

  /**
   * An empty value (an optional field left blank, a variable declared for later) of a variable
   * history does not hold yet. Its row is written when it first gets a value: the engine inserts
   * the historic variable at an update when it finds none (DbHistoryEventHandler).
   */
  private static boolean isEmptyAndNotYetKept(HistoryEventType type, VariableInstanceEntity v) {
    boolean empty = v.getByteArrayValueId() == null && v.getLongValue() == null
        && v.getDoubleValue() == null && (v.getTextValue() == null || v.getTextValue().isBlank());
    if (!empty) {
      return false;
    }
    if (type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE) {
      return true;
    }
    return type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE && Context.getCommandContext() != null
        && Context.getCommandContext().getDbEntityManager()
            .selectById(HistoricVariableInstanceEntity.class, v.getId()) == null;
  }

  private static boolean isEmptyFirstValue(HistoricVariableUpdateEventEntity update) {
    return update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && update.getByteValue() == null && update.getLongValue() == null
        && update.getDoubleValue() == null
        && (update.getTextValue() == null || update.getTextValue().isBlank());
  }

  /** The key of a deployed definition, from the deployment cache (a look-up only if evicted). */
  private static String keyOf(String processDefinitionId) {
    if (processDefinitionId == null || Context.getProcessEngineConfiguration() == null) {
      return null;
    }
    DeploymentCache cache = Context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition = cache.findProcessDefinitionFromCache(processDefinitionId);
    if (definition == null) {
      definition = cache.findDeployedProcessDefinitionById(processDefinitionId);
    }
    return definition == null ? null : definition.getKey();
  }

  private static boolean isActivityEvent(HistoryEventType type) {
    return type == HistoryEventTypes.ACTIVITY_INSTANCE_START
        || type == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
        || type == HistoryEventTypes.ACTIVITY_INSTANCE_END
        || type == HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
  }

  private static boolean isVariableEvent(HistoryEventType type) {
    return type == HistoryEventTypes.VARIABLE_INSTANCE_CREATE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE
        || type == HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
  }

  /**
   * Whether the update sets the value the variable has. Asked before the database handler reads
   * the historic variable to update it, so the read is the one it does anyway (then cached).
   */
  private static boolean rewritesCurrentValue(HistoricVariableUpdateEventEntity update) {
    if (!update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
        || update.getByteValue() != null || Context.getCommandContext() == null) {
      return false;
    }
    HistoricVariableInstanceEntity current = Context.getCommandContext().getDbEntityManager()
        .selectById(HistoricVariableInstanceEntity.class, update.getVariableInstanceId());
    return current != null && current.getByteArrayId() == null
        && Objects.equals(current.getSerializerName(), update.getSerializerName())
        && Objects.equals(current.getTextValue(), update.getTextValue())
        && Objects.equals(current.getTextValue2(), update.getTextValue2())
        && Objects.equals(current.getLongValue(), update.getLongValue())
        && Objects.equals(current.getDoubleValue(), update.getDoubleValue());
  }

  /** Equal to any level of the same id: the engine asks {@code level.equals(FULL)}. */
  @Override
  public boolean equals(Object other) {
    return other instanceof HistoryLevel level && level.getId() == getId();
  }

  @Override
  public int hashCode() {
    return getId();
  }

  @Override
  public String toString() {
    return "CaseHistoryLevel(name=" + getName() + ", id=" + getId() + ")";
  }
}
