package cn.gov.sixian.reception.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.demo.DemoDataGenerator;
import cn.gov.sixian.reception.demo.DemoDataReport;
import java.time.LocalDate;
import java.util.HashSet;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The demo data of the default run, generated on the plain engine: every case reaches the stage
 * it was written for, and the simulated clock makes the overdue ones overdue.
 */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/petition-routing.dmn",
    "processes/mediation.bpmn", "processes/supervision.bpmn",
    "processes/accountability-referral.bpmn", "processes/tracking-entry.bpmn",
    "processes/transfer-notification.bpmn"})
class DemoDataTest extends PlainEngineTest {

  static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 27);

  @Test
  void demoCasesReachEveryIntendedStageOverTenWeeks() {
    DemoDataReport report =
        new DemoDataGenerator(processEngine, fixture.calendar).generate(LAST_DAY);

    assertThat(report.problems()).isEmpty();
    assertThat(report.caseNumbers()).hasSizeGreaterThanOrEqualTo(30)
        .hasSameSizeAs(report.intendedStages());
    assertThat(new HashSet<>(report.intendedStages().values())).contains("closed",
        "Task_ConfirmRouting", "Task_LeaderReception", "Task_FaceToFaceReception",
        "Task_DecideAcceptance", "Task_HandleCase", "Task_ApproveExtension",
        "Task_ConfirmFeedback", "Task_RecordSatisfaction", "Task_DeputyLeaderMediation",
        "Task_UnitOpinion");

    // registrations spread over about ten weeks before the last day
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.JOINT_RECEPTION).list())
        .extracting(h -> h.getStartTime().toInstant().atZone(ProcessTestFixture.ZONE).toLocalDate())
        .allSatisfy(day -> assertThat(day).isBetween(LAST_DAY.minusWeeks(11), LAST_DAY))
        .anySatisfy(day -> assertThat(day).isBefore(LAST_DAY.minusWeeks(9)));
    // overdue deadlines raised slips automatically, besides the two issued by hand, at the
    // simulated moments
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessKeys.SUPERVISION).list())
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(slip -> assertThat(slip.getStartTime().toInstant()
            .atZone(ProcessTestFixture.ZONE).toLocalDate()).isBeforeOrEqualTo(LAST_DAY));
    // the repeat petition's referral went to discipline inspection and was examined
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.ACCOUNTABILITY_REFERRAL).finished().count())
        .isGreaterThanOrEqualTo(1);
  }
}
