package cn.gov.sixian.reception.models;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sixian.reception.process.ProcessVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * A field's label is written once, in its form. A listener bound to a user task or start event
 * with a form reads that form's fields by key alone ({@code Inputs.ofForm(execution)}), and every
 * key it reads so, or names with {@code in.label(KEY)}, is on each form the listener is bound to
 * (else the read fails at run time). A label still written in Java beside a field some form has
 * (REST-only input, a variable the task's form does not ask for) is the label, or the start of
 * the label, of that field in a form: staff read the same words in the form and in the message.
 */
class MessageLabelsAgreeTest {

  /** A read with a label: {@code .requiredText(KEY, "标签", …)} or with a label constant. */
  private static final Pattern LABELLED_READ = Pattern.compile(
      "\\.(?:required|optional)\\w*\\(\\s*([A-Z][A-Z0-9_]*|\"[A-Za-z]+\")\\s*,\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_.]*)");
  /** A read of a field: {@code .requiredText(KEY, 2000)}, {@code .requiredBoolean(KEY)}. */
  private static final Pattern FIELD_READ = Pattern.compile(
      "\\.(?:required|optional)\\w*\\(\\s*([A-Z][A-Z0-9_]*)\\s*(?:\\)|,\\s*([^,)]+))");
  /** A label looked up in the form: {@code in.label(KEY)}. */
  private static final Pattern LABEL_LOOKUP = Pattern.compile("\\.label\\(\\s*([A-Z][A-Z0-9_]*)\\s*\\)");
  /** A label kept in a constant of the class: {@code static final String LABEL = "督办反馈";}. */
  private static final Pattern LABEL_CONSTANT =
      Pattern.compile("static final String ([A-Z][A-Z0-9_]*) = \"([^\"]*\\p{IsHan}[^\"]*)\";");
  private static final Pattern BEAN = Pattern.compile("@Component\\(\"(\\w+)\"\\)");
  /** A class reading the fields of a form named by id: {@code static final String FORM = "…";}. */
  private static final Pattern FORM_CONSTANT =
      Pattern.compile("static final String FORM = \"([a-z-]+)\";");
  /** Helpers handed the listener's {@code Inputs}: the forms of the listeners that call them. */
  private static final Set<String> TIER_FORMS =
      Set.of("on-spot-mediation", "deputy-leader-mediation", "joint-mediation-outcome");
  private static final Map<String, Set<String>> HELPERS =
      Map.of("Commitments.java", TIER_FORMS, "TierDecision.java", TIER_FORMS);

  @Test
  void formListenersTakeLabelsFromTheirFormsAndReadOnlyTheirFields() throws Exception {
    Map<String, Map<String, String>> forms = forms();
    Map<String, Set<String>> formsOfBean = formsOfListeners();
    Map<String, String> constants = variableNames();
    List<String> problems = new ArrayList<>();
    int keyReads = 0;
    for (Path file : javaFiles()) {
      String source = Files.readString(file);
      Set<String> own = formsOf(file, source, formsOfBean);
      if (own.isEmpty()) {
        continue;
      }
      Set<String> labelConstants = labelConstants(source).keySet();
      List<String> byKey = new ArrayList<>();
      Matcher read = FIELD_READ.matcher(source);
      while (read.find()) {
        String key = constants.get(read.group(1));
        String second = read.group(2) == null ? "" : read.group(2).strip();
        boolean labelled = second.startsWith("\"") || labelConstants.contains(second);
        if (key == null) {
          continue;
        }
        if (!labelled) {
          byKey.add(key);
        } else if (own.stream().allMatch(f -> forms.getOrDefault(f, Map.of()).containsKey(key))) {
          problems.add(file.getFileName() + " writes the label of " + key
              + ", which its forms " + own + " have: read it by key alone");
        }
      }
      Matcher lookup = LABEL_LOOKUP.matcher(source);
      while (lookup.find()) {
        if (constants.containsKey(lookup.group(1))) {
          byKey.add(constants.get(lookup.group(1)));
        }
      }
      for (String key : byKey) {
        keyReads++;
        for (String form : own) {
          if (!forms.getOrDefault(form, Map.of()).containsKey(key)) {
            problems.add(file.getFileName() + " reads " + key + ", not a field of form " + form);
          }
        }
      }
    }
    assertThat(keyReads).as("fields read by key alone").isGreaterThan(80);
    assertThat(problems).isEmpty();
  }

  @Test
  void labelsStillWrittenInJavaAgreeWithTheForms() throws Exception {
    Map<String, Set<String>> formLabels = new HashMap<>();
    forms().values().forEach(fields -> fields.forEach((key, label) ->
        formLabels.computeIfAbsent(key, k -> new HashSet<>()).add(label)));
    Map<String, String> constants = variableNames();
    List<String> disagreeing = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file);
      Map<String, String> labelConstants = labelConstants(source);
      Matcher read = LABELLED_READ.matcher(source);
      while (read.find()) {
        String key = read.group(1).startsWith("\"") ? read.group(1).replace("\"", "")
            : constants.get(read.group(1));
        Set<String> labels = key == null ? null : formLabels.get(key);
        String label = read.group(2).startsWith("\"") ? read.group(2).replace("\"", "")
            : labelConstants.get(read.group(2));
        if (labels != null && label != null && labels.stream().noneMatch(l -> l.startsWith(label))) {
          disagreeing.add(file.getFileName() + ": " + key + " 「" + label + "」, forms: " + labels);
        }
      }
    }
    assertThat(disagreeing).isEmpty();
  }

  private static Map<String, String> labelConstants(String source) {
    Map<String, String> labels = new HashMap<>();
    Matcher constant = LABEL_CONSTANT.matcher(source);
    while (constant.find()) {
      labels.put(constant.group(1), constant.group(2));
    }
    return labels;
  }

  private static Set<String> formsOf(Path file, String source, Map<String, Set<String>> formsOfBean) {
    Set<String> own = new HashSet<>(HELPERS.getOrDefault(file.getFileName().toString(), Set.of()));
    Matcher bean = BEAN.matcher(source);
    if (bean.find()) {
      own.addAll(formsOfBean.getOrDefault(bean.group(1), Set.of()));
    }
    Matcher form = FORM_CONSTANT.matcher(source);
    if (form.find()) {
      own.add(form.group(1));
    }
    return own;
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  /** Bean name of an execution listener → the forms of the user tasks and start events it ends. */
  private static Map<String, Set<String>> formsOfListeners() throws IOException {
    Map<String, Set<String>> forms = new HashMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
          String form = node instanceof UserTask task ? task.getCamundaFormRef()
              : node instanceof StartEvent start ? start.getCamundaFormRef() : null;
          if (form == null || node.getExtensionElements() == null) {
            continue;
          }
          for (CamundaExecutionListener listener : node.getExtensionElements()
              .getElementsQuery().filterByType(CamundaExecutionListener.class).list()) {
            String expression = listener.getCamundaDelegateExpression();
            if (expression != null && expression.matches("\\$\\{\\w+}")) {
              forms.computeIfAbsent(expression.substring(2, expression.length() - 1),
                  b -> new HashSet<>()).add(form);
            }
          }
        }
      }
    }
    return forms;
  }

  /** Form id → field key → label (a date picker's dateLabel). */
  private static Map<String, Map<String, String>> forms() throws IOException {
    Map<String, Map<String, String>> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode root = json.readTree(form.toFile());
        collect(root, forms.computeIfAbsent(root.path("id").asText(), id -> new HashMap<>()));
      }
    }
    return forms;
  }

  private static void collect(JsonNode node, Map<String, String> labels) {
    if (node.path("key").isTextual()) {
      JsonNode label = node.path("label").isTextual() ? node.get("label") : node.path("dateLabel");
      if (label.isTextual()) {
        labels.putIfAbsent(node.get("key").asText(), label.asText());
      }
    }
    node.path("components").forEach(child -> collect(child, labels));
  }

  private static Map<String, String> variableNames() throws IllegalAccessException {
    Map<String, String> names = new HashMap<>();
    for (Field field : ProcessVariables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.put(field.getName(), (String) field.get(null));
      }
    }
    return names;
  }
}
