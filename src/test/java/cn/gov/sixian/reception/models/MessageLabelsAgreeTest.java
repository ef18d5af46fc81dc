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
import org.junit.jupiter.api.Test;

/**
 * A message about a field names it as its form does: every label written in Java next to a field
 * read with {@code Inputs} ({@code in.requiredText(EXTENSION_COMMENT, "审批意见", …)}) is the label,
 * or the start of the label, of that field in a form that has it. Staff read 「审核结果」 on the form
 * and must read the same in 「请选择「审核结果」。」. Fields no form has (REST-only input) are left out.
 */
class MessageLabelsAgreeTest {

  private static final Pattern READ = Pattern.compile(
      "\\.(?:required|optional)\\w*\\(\\s*([A-Z][A-Z0-9_]*|\"[A-Za-z]+\")\\s*,\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_]*)");
  /** A label kept in a constant of the class: {@code static final String LABEL = "督办反馈";}. */
  private static final Pattern LABEL_CONSTANT =
      Pattern.compile("static final String ([A-Z][A-Z0-9_]*) = \"([^\"]+)\";");

  @Test
  void javaMessagesNameFieldsAsTheFormsDo() throws Exception {
    Map<String, Set<String>> formLabels = formLabels();
    Map<String, String> constants = variableNames();
    List<String> disagreeing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Map<String, String> labelConstants = new HashMap<>();
        Matcher constant = LABEL_CONSTANT.matcher(source);
        while (constant.find()) {
          labelConstants.put(constant.group(1), constant.group(2));
        }
        Matcher read = READ.matcher(source);
        while (read.find()) {
          String key = read.group(1).startsWith("\"") ? read.group(1).replace("\"", "")
              : constants.get(read.group(1));
          Set<String> labels = key == null ? null : formLabels.get(key);
          if (labels == null) {
            continue;
          }
          String label = read.group(2).startsWith("\"") ? read.group(2).replace("\"", "")
              : labelConstants.get(read.group(2));
          if (label == null) {
            continue;
          }
          checked++;
          if (labels.stream().noneMatch(l -> l.startsWith(label))) {
            disagreeing.add(file.getFileName() + ": " + key + " 「" + label + "」, forms: " + labels);
          }
        }
      }
    }
    assertThat(checked).as("labels checked").isGreaterThan(40);
    assertThat(disagreeing).isEmpty();
  }

  private static Map<String, Set<String>> formLabels() throws IOException {
    Map<String, Set<String>> labels = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        collect(json.readTree(form.toFile()), labels);
      }
    }
    return labels;
  }

  private static void collect(JsonNode node, Map<String, Set<String>> labels) {
    if (node.path("key").isTextual() && node.path("label").isTextual()) {
      labels.computeIfAbsent(node.get("key").asText(), k -> new HashSet<>())
          .add(node.get("label").asText());
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
