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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every process variable named anywhere is one of {@link ProcessVariables}: the forms' field keys
 * and the variables their texts and conditions read, the variables the models' expressions read or
 * name (initiators, collections, input parameters, call mappings), and the names Java code passes
 * to the engine's variable API.
 */
class DeclaredVariablesTest {

  static final Set<String> DECLARED = Arrays.stream(ProcessVariables.class.getFields())
      .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
      .map(DeclaredVariablesTest::value).collect(Collectors.toSet());

  /** Words of the expression languages (JUEL, FEEL) and the engine's own context names. */
  static final Set<String> NOT_VARIABLES = Set.of("execution", "task", "true", "false", "null",
      "empty", "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof",
      "if", "then", "else", "in", "some", "every", "satisfies", "for", "return", "between",
      "instance", "of", "function");

  static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(\\s*[.(]?)");
  static final Pattern STRING_LITERAL = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'[^']*'");

  @Test
  void formFieldsAndTheirExpressionsNameDeclaredVariables() throws IOException {
    Set<String> undeclared = new TreeSet<>();
    for (Path form : files(ModelConventionsTest.FORMS, ".form")) {
      collect(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), undeclared);
    }
    assertThat(undeclared).isEmpty();
  }

  @Test
  void modelExpressionsAndNamesUseDeclaredVariables() throws IOException {
    Set<String> undeclared = new TreeSet<>();
    Pattern expression = Pattern.compile("(?<![dD]elegateExpression=\")[$#]\\{([^}]*)}");
    Pattern named = Pattern.compile(
        "camunda:(?:initiator|resultVariable|elementVariable)=\"([^\"]+)\""
            + "|camunda:(?:inputParameter|outputParameter) name=\"([^\"]+)\""
            + "|camunda:(?:in|out) (?:source|target)=\"([^\"]+)\""
            + "|camunda:(?:in|out) [^>]*?(?:source|target)=\"([^\"]+)\"");
    for (Path model : files(ModelConventionsTest.PROCESSES, ".bpmn")) {
      String xml = Files.readString(model);
      Matcher m = expression.matcher(xml);
      while (m.find()) {
        variablesRead(m.group(1)).forEach(v -> check(v, model + ": ${" + m.group(1) + "}", undeclared));
      }
      Matcher n = named.matcher(xml);
      while (n.find()) {
        for (int g = 1; g <= n.groupCount(); g++) {
          if (n.group(g) != null) {
            check(n.group(g), model.toString(), undeclared);
          }
        }
      }
    }
    assertThat(undeclared).isEmpty();
  }

  @Test
  void javaNamesVariablesOnlyThroughTheConstants() throws IOException {
    Pattern literalName = Pattern.compile(
        "\\.(?:setVariable|setVariableLocal|getVariable|getVariableLocal|getVariableTyped|removeVariable"
            + "|removeVariableLocal|hasVariable|variableName|variableValueEquals|putValue)\\(\\s*\"([^\"]+)\"");
    Pattern variableMap = Pattern.compile(
        "(?:setVariables|startProcessInstanceByKey|correlate\\w*|complete|submitStartForm)\\([^;]*?Map\\.of\\(([^;]*)");
    Set<String> found = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String java = Files.readString(source);
        Matcher m = literalName.matcher(java);
        while (m.find()) {
          found.add(source.getFileName() + ": \"" + m.group(1) + "\"");
        }
        Matcher map = variableMap.matcher(java);
        while (map.find()) {
          Matcher key = Pattern.compile("(?:^|,)\\s*\"([^\"]+)\"\\s*,").matcher(map.group(1));
          while (key.find()) {
            if (!DECLARED.contains(key.group(1))) {
              found.add(source.getFileName() + ": \"" + key.group(1) + "\"");
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** The variables an expression reads: names not followed by "." or "(" (beans and methods). */
  static List<String> variablesRead(String expression) {
    Matcher m = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll(" "));
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      if (m.group(2).isBlank() && !NOT_VARIABLES.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static void collect(JsonNode node, String file, Set<String> undeclared) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        if (field.getKey().equals("key") && value.isTextual()) {
          check(value.asText(), file + " key", undeclared);
        } else if (value.isTextual() && value.asText().startsWith("=")) {
          variablesRead(value.asText().substring(1)).forEach(v -> check(v, file, undeclared));
        } else if (value.isTextual() && field.getKey().equals("text")) {
          Matcher t = Pattern.compile("\\{\\{(.*?)}}").matcher(value.asText());
          while (t.find()) {
            variablesRead(t.group(1)).forEach(v -> check(v, file, undeclared));
          }
        }
        collect(value, file, undeclared);
      });
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, file, undeclared));
    }
  }

  private static void check(String name, String where, Set<String> undeclared) {
    if (!DECLARED.contains(name)) {
      undeclared.add(name + " (" + where + ")");
    }
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
