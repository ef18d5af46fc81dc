package cn.gov.sixian.reception.bulletin;

import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_FROM;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_PERIOD;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_TEXT;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_TO;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.notification.SupervisionNotifier;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 汇总本周通报: the previous seven days, sent to the units named and the center director. */
@Component("bulletinDelegate")
public class BulletinDelegate implements JavaDelegate {

  static final int PERIOD_DAYS = 7;

  private final Bulletins bulletins;
  private final SupervisionNotifier notifier;
  private final WorkingDayCalendar calendar;

  public BulletinDelegate(Bulletins bulletins, SupervisionNotifier notifier, WorkingDayCalendar calendar) {
    this.bulletins = bulletins;
    this.notifier = notifier;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate to = calendar.today();
    Bulletin bulletin = bulletins.compile(to.minusDays(PERIOD_DAYS), to);
    String text = bulletins.text(bulletin);
    execution.setVariable(BULLETIN_FROM, bulletin.from().toString());
    execution.setVariable(BULLETIN_TO, bulletin.to().toString());
    execution.setVariable(BULLETIN_PERIOD, bulletins.period(bulletin));
    execution.setVariable(BULLETIN_TEXT, text);
    notifier.bulletin(bulletins.period(bulletin), text,
        bulletin.units().stream().map(Bulletin.UnitLine::unitCode).toList());
  }
}
