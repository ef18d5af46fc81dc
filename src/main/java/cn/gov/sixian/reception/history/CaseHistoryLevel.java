package cn.gov.sixian.reception.history;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.CATEGORY_OPTIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_OPTIONS;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The engine's {@code full} history without the repetitions nothing reads (docs/operations.md
 * "History and retention"): every event of level {@code full} is produced except
 *
 * <ul>
 *   <li>form fields ({@code act_hi_detail} rows of type {@code FormProperty}): Tasklist submits a
 *       form and the engine writes each text field once as a form field and once as a variable
 *       update; the case record reads the variable updates;
 *   <li>variable updates ({@code act_hi_detail}, type {@code VariableUpdate}) of variables no
 *       form lets staff enter (the record shows what each step entered, by the form's label; the
 *       final value of every variable stays in {@code act_hi_varinst}), and updates that write a
 *       variable's current value again;
 *   <li>any history of the routing task's option lists ({@code unitOptions},
 *       {@code categoryOptions}: the catalogue as JSON, for the form's drop-downs; the choice made
 *       is kept) and of the petitioner's phone and address put on the unit's tasks as task-local
 *       variables (copies from the register, which history could only keep masked);
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

  /** Variables never written to history, wherever set. */
  private static final Set<String> FORM_HELPERS = Set.of(UNIT_OPTIONS, CATEGORY_OPTIONS);
  /** Variables not written to history when local to a task. */
  private static final Set<String> TASK_CONTEXT = Set.of(PHONE, ADDRESS);

  private final Predicate<String> enteredInAForm;

  /** @param enteredInAForm whether a variable is a field that a form lets staff fill in */
  CaseHistoryLevel(Predicate<String> enteredInAForm) {
    this.enteredInAForm = enteredInAForm;
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
    if (entity instanceof VariableInstanceEntity variable && isVariableEvent(eventType)) {
      return !FORM_HELPERS.contains(variable.getName())
          && !(variable.getTaskId() != null && TASK_CONTEXT.contains(variable.getName()));
    }
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && entity instanceof HistoricVariableUpdateEventEntity update) {
      return enteredInAForm.test(update.getVariableName()) && !rewritesCurrentValue(update);
    }
    return true;
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
