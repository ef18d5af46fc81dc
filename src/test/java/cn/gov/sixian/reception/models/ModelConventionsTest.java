package cn.gov.sixian.reception.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules for models (docs/development.md "Process models"): every model opens and is drawn in Camunda
 * Modeler and Cockpit, ids follow one English scheme, names are Chinese, user tasks have a form
 * that exists and someone to work them.
 */
class ModelConventionsTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  static final Pattern ID_TAIL = Pattern.compile("[A-Z][A-Za-z0-9]+");

  static Stream<Path> bpmnFiles() throws IOException {
    return files(PROCESSES, ".bpmn");
  }

  static Stream<Path> dmnFiles() throws IOException {
    return files(PROCESSES, ".dmn");
  }

  static Stream<Path> formFiles() throws IOException {
    return files(FORMS, ".form");
  }

  private static Stream<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void processIdIsTheFileNameAndHistoryIsKept(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    assertThat(process.getId()).isEqualTo(baseName(file));
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.getName()).containsPattern(CHINESE);
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyElementIsDrawn(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> drawn =
        Stream.concat(
                model.getModelElementsByType(BpmnShape.class).stream()
                    .map(s -> s.getBpmnElement().getId()),
                model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(e -> e.getBpmnElement().getId()))
            .collect(Collectors.toSet());
    List<String> elements =
        model.getModelElementsByType(FlowElement.class).stream()
            .filter(e -> e instanceof FlowNode || e instanceof SequenceFlow)
            .map(BaseElement::getId)
            .toList();
    assertThat(drawn).containsAll(elements);
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void shapesDoNotOverlap(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<BpmnShape> shapes =
        model.getModelElementsByType(BpmnShape.class).stream()
            .filter(s -> s.getBpmnElement() instanceof FlowNode)
            .toList();
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        BpmnShape a = shapes.get(i);
        BpmnShape b = shapes.get(j);
        if (nested(a, b) || attached(a, b)) {
          continue;
        }
        if (intersect(a.getBounds(), b.getBounds())) {
          overlaps.add(a.getBpmnElement().getId() + " / " + b.getBpmnElement().getId());
        }
      }
    }
    assertThat(overlaps).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void idsFollowOneSchemeAndNamesAreChinese(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String prefix = prefixFor(element);
      if (prefix == null) {
        continue;
      }
      assertThat(element.getId()).as("id of %s", element.getName()).startsWith(prefix);
      assertThat(element.getId().substring(prefix.length())).matches(ID_TAIL);
      if (element instanceof Activity || element instanceof Event) {
        assertThat(element.getName()).as("name of %s", element.getId()).containsPattern(CHINESE);
      }
      if (element.getName() != null) {
        assertThat(element.getName()).as("name of %s", element.getId()).containsPattern(CHINESE);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void userTasksHaveAnExistingFormAndCandidates(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRefBinding()).isNotBlank();
      assertThat(FORMS.resolve(task.getCamundaFormRef() + ".form")).exists();
      assertThat(task.getCamundaCandidateGroups()).as("groups of %s", task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("dmnFiles")
  void decisionsAreNamedAfterTheFileKeptAndDrawn(Path file) throws IOException {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    List<Decision> decisions = List.copyOf(model.getModelElementsByType(Decision.class));
    assertThat(decisions).extracting(Decision::getId).contains(baseName(file));
    String xml = Files.readString(file);
    for (Decision decision : decisions) {
      assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
      assertThat(decision.getName()).containsPattern(CHINESE);
      assertThat(xml).contains("dmnElementRef=\"" + decision.getId() + "\"");
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void formsAreCamundaFormsNamedAfterTheFile(Path file) throws IOException {
    JsonNode form = new ObjectMapper().readTree(file.toFile());
    assertThat(form.path("id").asText()).isEqualTo(baseName(file));
    assertThat(form.path("type").asText()).isEqualTo("default");
    // Tasklist 7.24 renders form-js schema versions up to 16
    assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);
    assertThat(form.path("components").size()).isPositive();
  }

  private static String prefixFor(FlowElement element) {
    if (element instanceof org.camunda.bpm.model.bpmn.instance.CallActivity) {
      return "CallActivity_";
    }
    if (element instanceof SubProcess) {
      return "SubProcess_";
    }
    if (element instanceof Task) {
      return "Task_";
    }
    if (element instanceof Gateway) {
      return "Gateway_";
    }
    if (element instanceof Event) {
      return "Event_";
    }
    if (element instanceof SequenceFlow) {
      return "Flow_";
    }
    return null;
  }

  private static boolean nested(BpmnShape a, BpmnShape b) {
    return isAncestor(a, b) || isAncestor(b, a);
  }

  private static boolean isAncestor(BpmnShape container, BpmnShape child) {
    var parent = child.getBpmnElement().getParentElement();
    while (parent != null) {
      if (parent == container.getBpmnElement()) {
        return true;
      }
      parent = parent.getParentElement();
    }
    return false;
  }

  /** A boundary event sits on the border of its activity by design. */
  private static boolean attached(BpmnShape a, BpmnShape b) {
    return isBoundaryOf(a, b) || isBoundaryOf(b, a);
  }

  private static boolean isBoundaryOf(BpmnShape event, BpmnShape activity) {
    return event.getBpmnElement()
            instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent boundary
        && boundary.getAttachedTo() == activity.getBpmnElement();
  }

  private static boolean intersect(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }
}
