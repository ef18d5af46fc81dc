package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPPORT_OPINIONS;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.OpenCases;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Legal consultation and social mediators beside the mediation: finds the open case a request is
 * about, and hands the opinion back to the case, where every later mediation form shows it.
 */
@Service
class MediationSupport {

  static final List<String> CASE_CONTEXT =
      List.of(PETITIONER_NAME, PROBLEM_CATEGORY_NAME, UNIT_NAME, MATTER, REQUEST);

  private final OpenCases openCases;
  private final WorkingDayCalendar calendar;

  MediationSupport(OpenCases openCases, WorkingDayCalendar calendar) {
    this.openCases = openCases;
    this.calendar = calendar;
  }

  /** What the lawyer or mediator needs to see of the case; empty for unknown or closed cases. */
  Optional<Map<String, Object>> caseContext(String caseNumber) {
    return openCases.variables(caseNumber, CASE_CONTEXT);
  }

  /** Appends the opinion to the case and to its running mediation, if any. */
  void deliver(String caseNumber, SupportKind kind, String provider, String opinion) {
    String entry = "【" + kind.label() + "】" + provider + "（" + ChineseDates.format(calendar.today())
        + "）：" + opinion;
    openCases.appendLine(caseNumber, SUPPORT_OPINIONS, entry,
        ProcessKeys.JOINT_RECEPTION, ProcessKeys.MEDIATION);
  }
}
