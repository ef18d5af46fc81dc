package cn.gov.sixian.reception.bulletin;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.supervision.Slip;
import cn.gov.sixian.reception.supervision.SlipRegister;
import cn.gov.sixian.reception.supervision.SlipStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Compiles the bulletin (通报) of a period from the slips and the open tasks past a deadline. */
@Service
public class Bulletins {

  private final SlipRegister slips;
  private final TaskService taskService;
  private final UnitCatalogue catalogue;
  private final WorkingDayCalendar calendar;

  public Bulletins(SlipRegister slips, @Lazy TaskService taskService, UnitCatalogue catalogue,
      WorkingDayCalendar calendar) {
    this.slips = slips;
    this.taskService = taskService;
    this.catalogue = catalogue;
    this.calendar = calendar;
  }

  /** The bulletin of [from, to): days from {@code from} up to, not including, {@code to}. */
  public Bulletin compile(LocalDate from, LocalDate to) {
    Instant start = from.atStartOfDay(calendar.zone()).toInstant();
    Instant end = to.atStartOfDay(calendar.zone()).toInstant();
    Instant now = calendar.now();
    Map<String, Counts> byUnit = new TreeMap<>();
    for (Slip slip : slips.relevantTo(start, end)) {
      Counts c = byUnit.computeIfAbsent(slip.unitCode(), k -> new Counts());
      if (!slip.issuedAt().isBefore(start)) {
        c.issued++;
      }
      boolean open = slip.status() == SlipStatus.OPEN || slip.status() == SlipStatus.ANSWERED;
      if (open) {
        c.open++;
      }
      if (slip.late()) {
        c.late++;
      }
      if (slip.answeredAt() == null && slip.feedbackDue().isBefore(end.isBefore(now) ? end : now)) {
        c.unanswered++;
      }
      if (open || slip.late()) {
        c.cases.add(slip.caseNumber());
      }
    }
    for (Task task : taskService.createTaskQuery()
        .processDefinitionKeyIn(ProcessKeys.JOINT_RECEPTION, ProcessKeys.MEDIATION)
        .dueBefore(Date.from(now))
        .list()) {
      String unit = (String) taskService.getVariable(task.getId(), UNIT_CODE);
      if (unit != null) {
        Counts c = byUnit.computeIfAbsent(unit, k -> new Counts());
        String caseNumber = (String) taskService.getVariable(task.getId(), CASE_NUMBER);
        if (c.overdue.add(caseNumber)) {
          c.cases.add(caseNumber);
        }
      }
    }
    List<Bulletin.UnitLine> lines = new ArrayList<>();
    byUnit.forEach((code, c) -> lines.add(new Bulletin.UnitLine(code,
        catalogue.findUnit(code).map(Unit::name).orElse(code), c.issued, c.open, c.late,
        c.unanswered, c.overdue.size(), List.copyOf(c.cases))));
    return new Bulletin(from, to, lines);
  }

  /** The bulletin as the director reviews it and the units receive it. */
  public String text(Bulletin b) {
    StringBuilder text = new StringBuilder();
    text.append("信访件办理情况通报（").append(period(b)).append("）\n\n");
    if (b.units().isEmpty()) {
      return text.append("本期各单位无逾期信访件和未办结督办单。\n").toString();
    }
    text.append("本期开具督办单").append(b.totalSlipsIssued()).append("件，逾期反馈")
        .append(b.totalFeedbackLate()).append("件；目前逾期未办信访件").append(b.totalOverdueCases())
        .append("件。\n\n");
    for (Bulletin.UnitLine u : b.units()) {
      text.append(u.unitName()).append("：本期督办单").append(u.slipsIssued()).append("件，未办结")
          .append(u.slipsOpen()).append("件，逾期反馈").append(u.feedbackLate()).append("件，逾期未反馈")
          .append(u.unanswered()).append("件；逾期未办信访件").append(u.overdueCases()).append("件")
          .append(u.caseNumbers().isEmpty() ? "" : "（" + String.join("、", u.caseNumbers()) + "）")
          .append("。\n");
    }
    return text.toString();
  }

  public String period(Bulletin b) {
    return ChineseDates.format(b.from()) + "至" + ChineseDates.format(b.to().minusDays(1));
  }

  private static final class Counts {
    int issued;
    int open;
    int late;
    int unanswered;
    final Set<String> overdue = new TreeSet<>();
    final Set<String> cases = new TreeSet<>();
  }
}
