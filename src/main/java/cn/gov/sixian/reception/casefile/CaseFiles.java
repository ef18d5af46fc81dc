package cn.gov.sixian.reception.casefile;

import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP_NAME;

import cn.gov.sixian.reception.casefile.CaseFile.Entry;
import cn.gov.sixian.reception.casefile.CaseFile.Registration;
import cn.gov.sixian.reception.casefile.CaseFile.Step;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.closing.CaseOutcome;
import cn.gov.sixian.reception.closing.Satisfaction;
import cn.gov.sixian.reception.identity.PersonNames;
import cn.gov.sixian.reception.intake.IdNumbers;
import cn.gov.sixian.reception.intake.PhoneNumbers;
import cn.gov.sixian.reception.process.CaseHistoryReads;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;

/**
 * Puts the case record together from the engine's history and the application's tables. Called
 * as the application, after the caller's right to read the case was checked.
 *
 * <p>Bounded work: with p process instances of the case (the case, its mediation, each slip,
 * referral and support request) and u distinct users, about 12 + 2p + 2u queries; a case has at
 * most a few hundred history rows, all read in one go per query.
 */
@Service
class CaseFiles {

  private final HistoryService historyService;
  private final IdentityService identityService;
  private final FormLabels labels;
  private final Clock clock;
  private final CaseFileAnnexes annexes;

  CaseFiles(HistoryService historyService, IdentityService identityService, FormLabels labels,
      Clock clock, CaseFileAnnexes annexes) {
    this.historyService = historyService;
    this.identityService = identityService;
    this.labels = labels;
    this.clock = clock;
    this.annexes = annexes;
  }

  CaseFile of(CaseRecord c) {
    String caseNumber = c.caseNumber();
    List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).list();
    HistoricProcessInstance main = instances.stream()
        .filter(i -> i.getId().equals(c.processInstanceId())).findFirst()
        .orElse(instances.stream()
            .filter(i -> ProcessKeys.JOINT_RECEPTION.equals(i.getProcessDefinitionKey()))
            .findFirst().orElse(null));
    Map<String, Object> registered = main == null ? Map.of()
        : historyService.createHistoricVariableInstanceQuery().processInstanceId(main.getId())
            .variableNameIn(CaseHistoryReads.CASE_RECORD.toArray(String[]::new))
            .disableCustomObjectDeserialization().list().stream()
            .filter(v -> v.getValue() != null)
            .collect(Collectors.toMap(HistoricVariableInstance::getName,
                HistoricVariableInstance::getValue, (a, b) -> a));
    Users users = new Users();
    List<Step> steps = steps(caseNumber, instances, users);
    String registeredBy = main == null ? null : main.getStartUserId();
    return new CaseFile(
        caseNumber, c.status().name(), c.status().label(),
        registration(c, registered, registeredBy == null ? null : users.name(registeredBy)),
        c.unitCode(), c.unitName(), c.outcome(), outcomeName(c.outcome()), c.satisfaction(),
        satisfactionName(c.satisfaction()), c.closedAt(), steps, annexes.tiers(caseNumber),
        annexes.slips(caseNumber), annexes.referrals(caseNumber), annexes.tracking(caseNumber),
        annexes.documents(caseNumber), annexes.reviews(caseNumber),
        annexes.onlineEvaluation(caseNumber));
  }

  private Registration registration(CaseRecord c, Map<String, Object> v, String registeredBy) {
    return new Registration(
        c.registeredAt(), registeredBy, c.petitionerName(),
        // the register holds the full numbers; the record shows them only masked
        c.idNumber() == null ? (String) v.get(ID_NUMBER_MASKED) : IdNumbers.mask(c.idNumber()),
        c.phone() == null ? (String) v.get(PHONE_MASKED) : PhoneNumbers.mask(c.phone()),
        c.problemCategory(), (String) v.get(PROBLEM_CATEGORY_NAME),
        c.matterSummary() != null ? c.matterSummary() : (String) v.get(MATTER),
        (String) v.get(REQUEST), (String) v.get(CHANNEL_NAME), c.township(),
        (String) v.get(TOWNSHIP_NAME), c.visitorCount(), c.groupVisit(), c.firstVisit());
  }

  private List<Step> steps(String caseNumber, List<HistoricProcessInstance> instances,
      Users users) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, HistoricProcessInstance> byId = instances.stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseNumber).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
    Map<String, HistoricTaskInstance> taskByActivity = new HashMap<>();
    tasks.values().forEach(t -> taskByActivity.put(t.getActivityInstanceId(), t));
    // what each step entered: variable updates written in its activity instance or by its task
    Map<String, List<HistoricVariableUpdate>> updates = new HashMap<>();
    for (HistoricDetail d : historyService.createHistoricDetailQuery()
        .processInstanceIdIn(byId.keySet().toArray(String[]::new)).variableUpdates()
        .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
      String key = d.getTaskId() != null ? "task:" + d.getTaskId() : d.getActivityInstanceId();
      updates.computeIfAbsent(key, k -> new ArrayList<>()).add((HistoricVariableUpdate) d);
    }
    List<HistoricActivityInstance> activities = new ArrayList<>();
    Map<String, String> completedBy = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      activities.addAll(historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
          .orderPartiallyByOccurrence().asc().list());
      // a candidate may complete a task without claiming it: the log names who did
      for (UserOperationLogEntry e : historyService.createUserOperationLogQuery()
          .processInstanceId(instance.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
          .list()) {
        if (e.getTaskId() != null && e.getUserId() != null) {
          completedBy.putIfAbsent(e.getTaskId(), e.getUserId());
        }
      }
    }
    activities.sort(Comparator.comparing(HistoricActivityInstance::getStartTime)
        .thenComparing(a -> a.getEndTime() == null ? new Date(Long.MAX_VALUE) : a.getEndTime()));
    List<Step> steps = new ArrayList<>();
    Instant now = clock.instant();
    for (HistoricActivityInstance a : activities) {
      if (a.getActivityName() == null || !CaseSteps.isStep(a.getActivityType())) {
        continue;
      }
      HistoricProcessInstance instance = byId.get(a.getProcessInstanceId());
      HistoricTaskInstance task = taskByActivity.get(a.getId());
      String user = null;
      Instant due = null;
      Boolean met = null;
      List<HistoricVariableUpdate> entered = new ArrayList<>(
          updates.getOrDefault(a.getId(), List.of()));
      if (task != null) {
        user = completedBy.getOrDefault(task.getId(), task.getAssignee());
        entered.addAll(updates.getOrDefault("task:" + task.getId(), List.of()));
        if (task.getDueDate() != null) {
          due = task.getDueDate().toInstant();
          Instant done = task.getEndTime() == null ? null : task.getEndTime().toInstant();
          if (done != null) {
            met = !done.isAfter(due);
          } else if (now.isAfter(due)) {
            met = false; // still open past its limit
          }
        }
      } else if (a.getActivityType().endsWith("StartEvent") || "startEvent".equals(a.getActivityType())) {
        user = instance == null ? null : instance.getStartUserId();
      }
      steps.add(new Step(
          steps.size() + 1, instance == null ? null : instance.getProcessDefinitionKey(),
          instance == null ? null : instance.getProcessDefinitionName(), a.getActivityId(),
          a.getActivityName(), a.getActivityType(), user, user == null ? null : users.name(user),
          user == null ? null : users.roles(user), a.getStartTime().toInstant(),
          a.getEndTime() == null ? null : a.getEndTime().toInstant(), due, met,
          entries(entered)));
    }
    return steps;
  }

  /** The last value of each labelled field entered at the step, as the form shows it. */
  private List<Entry> entries(List<HistoricVariableUpdate> updates) {
    Map<String, Entry> byName = new java.util.LinkedHashMap<>();
    for (HistoricVariableUpdate u : updates) {
      String label = labels.label(u.getVariableName());
      Object value = u.getValue();
      if (label == null || value == null || !(value instanceof String || value instanceof Number
          || value instanceof Boolean || value instanceof Date)) {
        continue;
      }
      String shown = value instanceof Date d ? d.toInstant().toString()
          : labels.display(u.getVariableName(), value);
      if (shown.isBlank()) {
        continue;
      }
      byName.remove(u.getVariableName());
      byName.put(u.getVariableName(), new Entry(u.getVariableName(), label, shown));
    }
    return List.copyOf(byName.values());
  }

  static String outcomeName(String outcome) {
    try {
      return outcome == null ? null : CaseOutcome.valueOf(outcome).label();
    } catch (IllegalArgumentException e) {
      return outcome;
    }
  }

  static String satisfactionName(String satisfaction) {
    try {
      return satisfaction == null ? null : Satisfaction.valueOf(satisfaction).label();
    } catch (IllegalArgumentException e) {
      return satisfaction;
    }
  }

  /** Names and groups of the users who acted, each looked up once. */
  private final class Users {
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> roles = new HashMap<>();

    String name(String userId) {
      return names.computeIfAbsent(userId, id -> {
        return PersonNames.fullName(identityService.createUserQuery().userId(id).singleResult(), id);
      });
    }

    String roles(String userId) {
      return roles.computeIfAbsent(userId, id ->
          identityService.createGroupQuery().groupMember(id).list().stream()
              .map(g -> g.getName() == null ? g.getId() : g.getName())
              .sorted().collect(Collectors.joining("、")));
    }
  }
}
