package cn.gov.sixian.reception.demo;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the demo cases through the real processes, as the staff would, on a simulated clock:
 * every step of every case is put on one timeline, the engine clock is set to the step's moment,
 * the jobs due by then run (e-mails, reminder and overdue timers), then the step is done.
 * So registration times, deadlines, overdue flags and automatic slips are what they would have
 * been. The caller resets the engine clock afterwards (the generator leaves it at the last step).
 *
 * <p>Call it before the job executor starts (it runs the jobs itself).
 */
public final class DemoDataGenerator {

  private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
  private static final int MAX_JOB_ROUNDS = 20;

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final ProcessEngine engine;
  private final WorkingDayCalendar calendar;

  public DemoDataGenerator(ProcessEngine engine, WorkingDayCalendar calendar) {
    this.engine = engine;
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.managementService = engine.getManagementService();
    this.identityService = engine.getIdentityService();
    this.calendar = calendar;
  }

  /** Something else done on the timeline at its moment, e.g. a daily report due at 17:00. */
  public record Moment(Instant at, Runnable action) {}

  /** Generates the demo cases, the newest registered on {@code lastDay} (a past working day). */
  public DemoDataReport generate(LocalDate lastDay) {
    return generate(lastDay, List.of());
  }

  /** The same, also doing each of the moments when the timeline reaches it. */
  public DemoDataReport generate(LocalDate lastDay, List<Moment> moments) {
    List<Moment> pending = new ArrayList<>(moments);
    pending.sort(Comparator.comparing(Moment::at));
    List<DemoCase> cases = DemoCases.all();
    List<Scheduled> timeline = timeline(cases, lastDay);
    Map<String, String> numbers = new LinkedHashMap<>();
    Set<String> failed = new HashSet<>();
    List<String> problems = new ArrayList<>();

    for (Scheduled s : timeline) {
      runMomentsUpTo(pending, s.at(), problems);
      if (failed.contains(s.demoCase().id())) {
        continue;
      }
      ClockUtil.setCurrentTime(Date.from(s.at()));
      runDueJobs();
      try {
        perform(s.demoCase(), s.step(), numbers);
      } catch (RuntimeException e) {
        failed.add(s.demoCase().id());
        problems.add(s.demoCase().id() + " at " + describe(s.step()) + ": " + e.getMessage());
        log.warn("Demo case {} stopped at {}: {}", s.demoCase().id(), describe(s.step()),
            e.getMessage());
      }
    }
    runMomentsUpTo(pending, calendar.atOfficeClose(lastDay).toInstant(), problems);
    ClockUtil.setCurrentTime(calendar.atOfficeClose(lastDay));
    runDueJobs();

    Map<String, String> stages = new LinkedHashMap<>();
    for (DemoCase c : cases) {
      stages.put(c.id(), c.expectedStage());
      String number = numbers.get(c.id());
      if (!failed.contains(c.id()) && number != null && !isAt(number, c.expectedStage())) {
        problems.add(c.id() + " (" + number + ") is not at " + c.expectedStage());
      }
    }
    log.info("Demo data: {} cases generated, {} problem(s)", numbers.size(), problems.size());
    return new DemoDataReport(numbers, stages, problems);
  }

  /** Does the pending moments not after {@code until}, each on its own moment of the clock. */
  private void runMomentsUpTo(List<Moment> pending, Instant until, List<String> problems) {
    while (!pending.isEmpty() && !pending.get(0).at().isAfter(until)) {
      Moment moment = pending.remove(0);
      ClockUtil.setCurrentTime(Date.from(moment.at()));
      runDueJobs();
      try {
        moment.action().run();
      } catch (RuntimeException e) {
        problems.add("at " + moment.at() + ": " + e.getMessage());
        log.warn("Demo data: the action at {} failed: {}", moment.at(), e.getMessage());
      }
    }
  }

  /** Every step of every case at its moment, in time order. */
  private List<Scheduled> timeline(List<DemoCase> cases, LocalDate lastDay) {
    List<Scheduled> timeline = new ArrayList<>();
    int sequence = 0;
    for (int i = 0; i < cases.size(); i++) {
      DemoCase c = cases.get(i);
      LocalDate day = lastDay;
      for (int back = 0; back < c.workingDaysAgo(); back++) {
        day = calendar.previousWorkingDay(day);
      }
      LocalDateTime at = day.atTime(8, 40).plusMinutes((i * 11L) % 360);
      for (int k = 0; k < c.steps().size(); k++) {
        DemoStep step = c.steps().get(k);
        if (k > 0 && step.workingDaysLater() == 0) {
          at = at.plusMinutes(35);
        } else if (k > 0) {
          day = calendar.addWorkingDays(day, step.workingDaysLater());
          at = day.atTime(9, 5).plusMinutes((i * 13L) % 420);
        }
        timeline.add(new Scheduled(at.atZone(calendar.zone()).toInstant(), sequence++, c, step));
      }
    }
    timeline.sort(Comparator.comparing(Scheduled::at).thenComparing(Scheduled::sequence));
    return timeline;
  }

  /**
   * Does the step as its demo user (with the user's groups), so histories show who did what and
   * the authorization checks apply as for that user; should they refuse (a changed access plan),
   * the step is done without a user rather than lose the case. Look-ups run without a user.
   */
  private void perform(DemoCase c, DemoStep step, Map<String, String> numbers) {
    String caseNumber = numbers.get(step.otherCase() == null ? c.id() : step.otherCase());
    String user = step.user() != null && userExists(step.user()) ? step.user() : null;
    switch (step.kind()) {
      case REGISTER -> attempt(user, step, () -> numbers.put(c.id(), (String) runtimeService
          .createProcessInstanceByKey(ProcessKeys.JOINT_RECEPTION)
          .setVariables(step.variables())
          .executeWithVariablesInReturn()
          .getVariables().get(CASE_NUMBER)));
      case ISSUE_SLIP -> attempt(user, step, () -> runtimeService.startProcessInstanceByKey(
          ProcessKeys.SUPERVISION, Map.of(CASE_NUMBER, caseNumber,
              SUPERVISION_DETAILS, step.variables().get(SUPERVISION_DETAILS))));
      case COMPLETE -> complete(caseNumber, step, user);
    }
  }

  /** Completes the case's open tasks of the step, each claimed by the user first. */
  private void complete(String caseNumber, DemoStep step, String user) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(step.taskKey()).list();
    if (tasks.isEmpty()) {
      throw new IllegalStateException("no open task " + step.taskKey());
    }
    String day = calendar.today().toString();
    Map<String, Object> variables = new LinkedHashMap<>();
    step.variables().forEach((k, v) -> variables.put(k, DemoStep.TODAY.equals(v) ? day : v));
    for (Task task : tasks) {
      attempt(user, step, () -> {
        if (user != null && task.getAssignee() == null) {
          taskService.claim(task.getId(), user);
        }
        taskService.complete(task.getId(), variables);
      });
    }
  }

  private void attempt(String user, DemoStep step, Runnable action) {
    try {
      as(user, action);
    } catch (AuthorizationException refused) {
      log.debug("Demo data: {} may not do {}, done without a user", user, describe(step));
      as(null, action);
    }
  }

  private void as(String user, Runnable action) {
    if (user != null) {
      List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
          .map(Group::getId).toList();
      identityService.setAuthentication(user, groups);
    }
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private boolean userExists(String userId) {
    return identityService.createUserQuery().userId(userId).count() > 0;
  }

  /**
   * Runs the jobs due on the simulated clock, and those they lead to: the e-mails, and the
   * reminder and overdue timers of the models (a passed deadline raises its slip here).
   */
  private void runDueJobs() {
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      List<Job> due = managementService.createJobQuery().executable().active().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
        } catch (RuntimeException e) {
          log.debug("Demo data: job {} failed: {}", job.getId(), e.getMessage());
        }
      }
    }
  }

  private boolean isAt(String caseNumber, String stage) {
    if (DemoCases.CLOSED.equals(stage)) {
      return engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).processInstanceBusinessKey(caseNumber)
          .finished().count() == 1;
    }
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(stage).count() > 0;
  }

  private static String describe(DemoStep step) {
    return step.kind() == DemoStep.Kind.COMPLETE ? step.taskKey() : step.kind().name();
  }

  private record Scheduled(Instant at, int sequence, DemoCase demoCase, DemoStep step) {}
}
