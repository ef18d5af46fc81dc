package cn.gov.sixian.reception.bulletin;

import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_FROM;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_PERIOD;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_PUBLISHED;
import static cn.gov.sixian.reception.process.ProcessVariables.BULLETIN_TO;

import cn.gov.sixian.reception.process.Executions;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.TaskOutcomeListener;
import cn.gov.sixian.reception.process.TypedVariables;
import cn.gov.sixian.reception.tracking.TrackingAction;
import cn.gov.sixian.reception.tracking.TrackingSheet;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * End listener of 审核发布通报: when the director publishes, each case named in the bulletin gets
 * an entry in its tracking sheet.
 */
@Component("bulletinPublicationListener")
public class BulletinPublicationListener extends TaskOutcomeListener {

  private final Bulletins bulletins;
  private final TrackingSheet tracking;

  public BulletinPublicationListener(Bulletins bulletins, TrackingSheet tracking) {
    this.bulletins = bulletins;
    this.tracking = tracking;
  }

  @Override
  protected void onCompleted(DelegateExecution execution) {
    Inputs in = Inputs.ofForm(execution);
    boolean publish = in.requiredBoolean(BULLETIN_PUBLISHED);
    execution.setVariable(BULLETIN_PUBLISHED, publish);
    execution.setVariable(BULLETIN_COMMENT, in.optionalText(BULLETIN_COMMENT, 1000));
    if (!publish) {
      return;
    }
    Bulletin bulletin = bulletins.compile(
        LocalDate.parse(TypedVariables.text(execution, BULLETIN_FROM)),
        LocalDate.parse(TypedVariables.text(execution, BULLETIN_TO)));
    String actor = Executions.currentUser(execution);
    for (Bulletin.UnitLine unit : bulletin.units()) {
      for (String caseNumber : unit.caseNumbers()) {
        tracking.add(caseNumber, actor, TrackingAction.BULLETIN,
            "列入" + execution.getVariable(BULLETIN_PERIOD) + "通报（" + unit.unitName() + "）", null);
      }
    }
  }
}
