package cn.gov.sixian.reception.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The fields of the Camunda Forms on the classpath ({@code forms/*.form}, as deployed): the one
 * place a field's Chinese label is written. Messages about a field ({@link Inputs#ofForm}) and the
 * case record ({@code casefile/FormLabels}) read the labels from here.
 */
public final class FormFields {

  /** The start form of a case (joint-reception): the registration. */
  public static final String REGISTRATION_FORM = "visit-registration";

  /**
   * A field of a form: its label as the form shows it (a date picker's {@code dateLabel}), whether
   * staff enter it (not disabled or read-only) and its options (value → label).
   */
  public record Field(String form, String key, String label, boolean labelled, boolean entered,
      Map<String, String> options) {}

  private static final class Loaded {
    static final FormFields FORMS = load();
  }

  private final List<Field> fields;
  private final Map<String, Map<String, String>> labels = new HashMap<>();

  private FormFields(List<Field> fields) {
    this.fields = List.copyOf(fields);
    for (Field field : fields) {
      labels.computeIfAbsent(field.form(), f -> new HashMap<>())
          .putIfAbsent(field.key(), field.label());
    }
  }

  /** The forms on the classpath, read once. */
  public static FormFields onClasspath() {
    return Loaded.FORMS;
  }

  /** Every field with a key, form by form in the order the classpath lists them. */
  public List<Field> all() {
    return fields;
  }

  /**
   * The label of the field in the form; a field the form does not have is a programming error
   * (the code reads a variable its task's form does not ask for).
   */
  public String label(String form, String key) {
    Map<String, String> fieldLabels = labels.get(form);
    if (fieldLabels == null) {
      throw new IllegalStateException("No form " + form + " in forms/");
    }
    String label = fieldLabels.get(key);
    if (label == null) {
      throw new IllegalStateException("Form " + form + " has no field " + key + " with a label");
    }
    return label;
  }

  private static FormFields load() {
    ObjectMapper json = new ObjectMapper();
    List<Field> fields = new ArrayList<>();
    try {
      for (Resource form :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          JsonNode root = json.readTree(in);
          collect(root.path("id").asText(), root, fields);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Forms not readable", e);
    }
    return new FormFields(fields);
  }

  private static void collect(String form, JsonNode node, List<Field> fields) {
    if (node.path("key").isTextual()) {
      boolean labelled = node.path("label").isTextual();
      String label = labelled ? node.get("label").asText()
          : node.path("dateLabel").isTextual() ? node.get("dateLabel").asText() : null;
      if (label != null) {
        Map<String, String> options = new LinkedHashMap<>();
        for (JsonNode option : node.path("values")) {
          options.putIfAbsent(option.path("value").asText(), option.path("label").asText());
        }
        boolean entered = !node.path("disabled").asBoolean(false)
            && !node.path("readonly").asBoolean(false);
        fields.add(new Field(form, node.get("key").asText(), label, labelled, entered,
            Map.copyOf(options)));
      }
    }
    for (JsonNode child : node.path("components")) {
      collect(form, child, fields);
    }
  }
}
