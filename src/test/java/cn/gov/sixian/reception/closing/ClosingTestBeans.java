package cn.gov.sixian.reception.closing;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the closing beans for plain-engine tests, by bean name. */
public final class ClosingTestBeans {

  private ClosingTestBeans() {}

  public static Map<String, Object> beans(CaseRegister register, Clock clock,
      JdbcTemplate appDatabase, WorkingDayCalendar calendar, TaskService tasks) {
    return Map.of(
        "satisfactionListener", new SatisfactionListener(),
        "onlineEvaluationListener", new OnlineEvaluationOnTask(
            new OnlineEvaluations(appDatabase), calendar, tasks),
        "caseArchiveDelegate", new CaseArchiveDelegate(register, clock));
  }
}
