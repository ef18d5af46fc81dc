package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/** The weekly bulletin on seeded cases: the right cases, units and counts, on the right day. */
@Deployment(resources = {"processes/joint-reception.bpmn", "processes/transfer-notification.bpmn",
    "processes/petition-routing.dmn",
    "processes/mediation.bpmn", "processes/supervision.bpmn", "processes/weekly-bulletin.bpmn",
    "processes/accountability-referral.bpmn"})
class WeeklyBulletinTest extends PlainEngineTest {

  static final ZonedDateTime NOW = MONDAY_2_MARCH;




  static Date at(int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, ProcessTestFixture.ZONE).toInstant());
  }

  /** A case of {@code unit}, received and waiting for the acceptance decision. */
  String caseAt(String unit, String category, String idFirst17) {
    Map<String, Object> form = Registrations.form(category);
    form.put(ID_NUMBER, cn.gov.sixian.reception.intake.TestIdNumbers.of(idFirst17));
    return awaitingAcceptance(form, unit).getBusinessKey();
  }

  ProcessInstance slip(String caseNumber) {
    ProcessInstance slip = runtimeService().startProcessInstanceByKey(ProcessKeys.SUPERVISION,
        Map.of(CASE_NUMBER, caseNumber, SUPERVISION_DETAILS, "请加快办理。"));
    execute(job(slip));
    return slip;
  }

  Job dailyTimer() {
    return managementService().createJobQuery().timers().processDefinitionKey("weekly-bulletin").singleResult();
  }

  ProcessInstance runDailyCheck() {
    managementService().executeJob(dailyTimer().getId());
    return runtimeService().createProcessInstanceQuery().processDefinitionKey("weekly-bulletin")
        .orderByProcessInstanceId().asc().list().stream().reduce((a, b) -> b).orElse(null);
  }

  @Test
  void mondaysBulletinNamesUnitsWithLateOrOpenSlipsAndOverdueCases() {
    String gajCase = caseAt("gaj", "public-security", "34132419800101123");
    String rsjCase = caseAt("rsj", "wage-arrears", "34132419810202234");
    caseAt("jtj", "transport", "34132419820303345"); // no slip, not overdue: not in the bulletin

    ProcessInstance late = slip(gajCase);      // never answered: late after 9 March
    ProcessInstance answered = slip(rsjCase);  // answered in time, still under review
    complete(task(answered), withVariables(SUPERVISION_FEEDBACK, "已处理。"));
    ClockUtil.setCurrentTime(at(3, 10, 8));
    managementService().executeJob(managementService().createJobQuery().processInstanceId(late.getId())
        .timers().activityId("Event_FeedbackOverdue").singleResult().getId());
    managementService().createJobQuery().processInstanceId(late.getId()).messages().list()
        .forEach(j -> managementService().executeJob(j.getId()));

    // Tuesday 10 March is no bulletin day
    ClockUtil.setCurrentTime(at(3, 10, 9));
    assertThat(runDailyCheck()).isNull();

    // Monday 16 March: the week 9–15 March
    ClockUtil.setCurrentTime(at(3, 16, 9));
    fixture.notifications.recipients().clear();
    ProcessInstance bulletin = runDailyCheck();
    execute(job(bulletin));
    assertThat(bulletin).isWaitingAt("Task_PublishBulletin");
    assertThat(task(bulletin)).hasCandidateGroup("center-director");
    String text = (String) runtimeService().getVariable(bulletin.getId(), BULLETIN_TEXT);
    assertThat(runtimeService().getVariable(bulletin.getId(), BULLETIN_PERIOD))
        .isEqualTo("2026年3月9日至2026年3月15日");
    assertThat(text)
        .contains("县公安局：本期督办单0件，未办结1件，逾期反馈1件，逾期未反馈1件；逾期未办信访件0件（" + gajCase + "）")
        .contains("县人社局：本期督办单0件，未办结1件，逾期反馈0件，逾期未反馈0件；逾期未办信访件0件（" + rsjCase + "）")
        .doesNotContain("县交通局");
    assertThat(fixture.notifications.recipients()).containsExactlyInAnyOrder(
        "jfzx-zhuren@sixian.gov.cn", "gaj-xf@sixian.gov.cn", "rsj-xf@sixian.gov.cn");

    complete(task(bulletin), withVariables(BULLETIN_PUBLISHED, true));
    assertThat(bulletin).isEnded();
    assertThat(fixture.supervision.trackingLines(gajCase)).last().asString()
        .contains("列入2026年3月9日至2026年3月15日通报（县公安局）");
  }

  @Test
  void overdueCasesCountEvenWithoutASlip() {
    String jtjCase = caseAt("jtj", "transport", "34132419820303345");
    // the acceptance limit of 17 March has passed by Monday 23 March
    ClockUtil.setCurrentTime(at(3, 23, 9));
    ProcessInstance bulletin = runDailyCheck();
    execute(job(bulletin));
    assertThat((String) runtimeService().getVariable(bulletin.getId(), BULLETIN_TEXT))
        .contains("县交通局：本期督办单0件，未办结0件，逾期反馈0件，逾期未反馈0件；逾期未办信访件1件（" + jtjCase + "）");
  }
}
