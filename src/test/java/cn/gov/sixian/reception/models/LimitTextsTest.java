package cn.gov.sixian.reception.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No label of a model and no text of a form states a limit as a number: the limits are settings
 * (reception.handling.*, reception.mediation.*, reception.supervision.*), and the forms show the
 * value the case was given through its variables. ConfiguredLimitsTest changes the settings and
 * checks the timers, variables and notices follow.
 */
class LimitTextsTest {

  static final Pattern LIMIT = Pattern.compile("[0-9一二三四五六七八九十两]+\\s*(个工作日|日|天)");

  @Test
  void modelLabelsStateNoLimit() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(ModelConventionsTest.PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (FlowElement element :
            Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowElement.class)) {
          if (element.getName() != null && LIMIT.matcher(element.getName()).find()) {
            found.add(file.getFileName() + ": " + element.getId() + " " + element.getName());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void formTextsStateNoLimit() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(ModelConventionsTest.FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        collect(new ObjectMapper().readTree(file.toFile()), file.getFileName().toString(), found);
      }
    }
    assertThat(found).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "deputy-leader-mediation, tier2WorkingDays",
      "review-escalation, tier2WorkingDays",
      "supervision-feedback, feedbackDays",
      "handle-case, maxExtensionDays"})
  void formsShowTheLimitOfTheCase(String form, String variable) throws IOException {
    assertThat(Files.readString(ModelConventionsTest.FORMS.resolve(form + ".form")))
        .contains("{{" + variable + "}}");
  }

  private static void collect(JsonNode node, String file, List<String> found) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        if (field.getValue().isTextual()
            && List.of("text", "label", "description").contains(field.getKey())
            && LIMIT.matcher(field.getValue().asText()).find()) {
          found.add(file + ": " + field.getValue().asText());
        }
        collect(field.getValue(), file, found);
      });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, file, found));
    }
  }
}
