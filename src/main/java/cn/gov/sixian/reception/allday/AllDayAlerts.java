package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.intake.CaseRegistered;
import cn.gov.sixian.reception.notification.AllDayNotifier;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 全天候联合接访 immediate notice: a group visit or a repeat petition registered while a period is
 * in force is told to the director and the county leaders at once. Registration only starts
 * roster-watch by message; the mail is sent in its own asynchronous job, so an SMTP outage is
 * retried there and never blocks registration.
 */
@Component("allDayAlerts")
public class AllDayAlerts {

  static final String MESSAGE = "AllDayAlert";
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final AllDayReception periods;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtime;
  private final CaseRegister register;
  private final UnitCatalogue catalogue;
  private final AllDayNotifier notifier;

  AllDayAlerts(AllDayReception periods, WorkingDayCalendar calendar, RuntimeService runtime,
      CaseRegister register, UnitCatalogue catalogue, AllDayNotifier notifier) {
    this.periods = periods;
    this.calendar = calendar;
    this.runtime = runtime;
    this.register = register;
    this.catalogue = catalogue;
    this.notifier = notifier;
  }

  @EventListener
  void onRegistered(CaseRegistered registered) {
    if ((registered.groupVisit() || registered.repeatPetition())
        && periods.inForce(calendar.today())) {
      runtime.createMessageCorrelation(MESSAGE)
          .setVariables(Map.of("caseNumber", registered.caseNumber()))
          .correlateStartMessage();
    }
  }

  /** The asynchronous step of roster-watch: mails the leadership about the case. */
  public void tell(String caseNumber) {
    CaseRecord c = register.find(caseNumber).orElseThrow(() ->
        new IllegalStateException("Case " + caseNumber + " is not in the register"));
    List<String> kinds = new ArrayList<>();
    if (c.groupVisit()) {
      kinds.add("集体访");
    }
    if (!c.firstVisit()) {
      kinds.add("重复信访");
    }
    String details = "信访件编号：" + c.caseNumber()
        + "\n登记时间：" + c.registeredAt().atZone(calendar.zone()).format(MINUTE)
        + "\n问题类别：" + catalogue.findCategory(c.problemCategory()).map(ProblemCategory::name)
            .orElse(c.problemCategory())
        + "\n所属乡镇：" + catalogue.findUnit(c.township()).map(Unit::name).orElse(c.township())
        + "\n来访人数：" + c.visitorCount() + "人\n";
    notifier.alert(caseNumber, String.join("、", kinds), details);
  }
}
