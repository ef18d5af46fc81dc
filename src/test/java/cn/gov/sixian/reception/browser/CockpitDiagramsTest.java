package cn.gov.sixian.reception.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.it.TestVisit;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supervisors watch the models in Cockpit: every deployed process is drawn completely, and the
 * running cases show on their diagram.
 */
class CockpitDiagramsTest extends BrowserTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  String diagramOf(ProcessDefinition definition) {
    browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime");
    By drawn = By.cssSelector("g.djs-element[data-element-id='"
        + definition.getKey() + "'], svg g.djs-element");
    // the diagram may be drawn twice while Cockpit loads: wait for it without holding an element
    browser.until(d -> !d.findElements(drawn).isEmpty());
    return "g";
  }

  @Test
  void everyProcessIsDrawnWithAllItsElements() {
    browser.login("cockpit", "ducha");
    List<ProcessDefinition> definitions =
        repositoryService.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).hasSizeGreaterThanOrEqualTo(8);
    for (ProcessDefinition definition : definitions) {
      diagramOf(definition);
      var model = repositoryService.getBpmnModelInstance(definition.getId());
      List<String> ids = new java.util.ArrayList<>();
      model.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
      model.getModelElementsByType(SequenceFlow.class).forEach(f -> ids.add(f.getId()));
      // drawn, though not all in view: a wide model opens readable at its start (readable-diagram.js)
      for (String id : ids) {
        browser.until(d -> !d.findElements(
            By.cssSelector("g.djs-element[data-element-id='" + id + "'] .djs-visual > *")).isEmpty());
      }
      assertThat(browser.driver.findElements(By.cssSelector("g.djs-element")).size())
          .as("shapes of %s", definition.getKey()).isGreaterThanOrEqualTo(ids.size());
    }
  }

  @Test
  void aSupervisorSeesRunningCasesOnTheDiagram() {
    TestVisit.of("周九", "34132419620202999", "education").from("泗县长沟镇", "13855706666")
        .about("学校收费问题。", "退还费用。").visitors(2).register(runtimeService);
    browser.login("cockpit", "ducha");
    browser.go("/camunda/app/cockpit/default/#/processes");
    browser.click(Browser.exactText("a", "联合接访"));
    browser.visible(By.cssSelector("g.djs-element[data-element-id='Task_ConfirmRouting']"));
    // the badge of running activity instances on 分类确认
    browser.visible(By.cssSelector(".djs-overlays[data-container-id='Task_ConfirmRouting'] .badge"));
    // drawn large enough to read: Cockpit alone fits the wide model at about half size
    browser.until(d -> scaleOfTheDiagram() >= 0.74);
  }

  /** The scale bpmn-js draws the diagram at (the viewport's transform). */
  private double scaleOfTheDiagram() {
    Object scale = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
        "const v = document.querySelector('.djs-container svg .viewport');"
            + "return v ? v.transform.baseVal.consolidate().matrix.a : 0;");
    return ((Number) scale).doubleValue();
  }
}
