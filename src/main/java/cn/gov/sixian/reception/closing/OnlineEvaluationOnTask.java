package cn.gov.sixian.reception.closing;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.ONLINE_EVALUATION;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.TypedVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shows on 满意度评价 what the petitioner said on the public page (信访人网上评价), so that staff
 * recording the evaluation know it, and know that the statistics count the petitioner's own. A
 * variable local to the task: set when the task is created, and again when the petitioner
 * evaluates while it is open. The form shows it read-only; history does not keep it (the register
 * does, and the case record reads it there).
 */
@Component("onlineEvaluationListener")
public class OnlineEvaluationOnTask implements TaskListener {

  private static final Logger log = LoggerFactory.getLogger(OnlineEvaluationOnTask.class);

  static final String TASK = "Task_RecordSatisfaction";
  static final String NOT_YET = "信访人尚未在网上评价。";

  private final OnlineEvaluations evaluations;
  private final WorkingDayCalendar calendar;
  private final TaskService tasks;

  OnlineEvaluationOnTask(
      OnlineEvaluations evaluations, WorkingDayCalendar calendar, TaskService tasks) {
    this.evaluations = evaluations;
    this.calendar = calendar;
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(ONLINE_EVALUATION, text(TypedVariables.text(task, CASE_NUMBER)));
  }

  /** The petitioner has just evaluated: the case's open 满意度评价 shows it from now on. */
  public void evaluated(String caseNumber) {
    String shown = text(caseNumber);
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(TASK).list()) {
      try {
        tasks.setVariableLocal(task.getId(), ONLINE_EVALUATION, shown);
      } catch (ProcessEngineException endedMeanwhile) {
        // staff completed it at this moment: the evaluation is kept all the same (the register)
        log.info("Online evaluation of case {} not shown on task {}: {}", caseNumber,
            task.getId(), endedMeanwhile.getMessage());
      }
    }
  }

  /** 「满意（2026年12月8日网上评价），意见：「…」。统计以…为准。」, or that there is none yet. */
  String text(String caseNumber) {
    return evaluations.of(caseNumber)
        .map(e -> Satisfaction.valueOf(e.satisfaction()).label()
            + "（" + ChineseDates.format(calendar.localDate(e.evaluatedAt())) + "网上评价）"
            + (e.comment() == null ? "" : "，意见：「" + e.comment() + "」")
            + "。统计以信访人的网上评价为准。")
        .orElse(NOT_YET);
  }
}
