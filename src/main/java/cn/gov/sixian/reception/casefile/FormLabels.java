package cn.gov.sixian.reception.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese labels of what staff enter, read from the deployed Camunda Forms ({@code forms/}):
 * the record shows a decision as the form asked it, so a new field needs no code here. Disabled
 * fields only show context (the case, the petitioner) and are left out.
 */
@Component
public class FormLabels {

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> options = new HashMap<>();

  FormLabels() {
    ObjectMapper json = new ObjectMapper();
    try {
      for (Resource form :
          new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(json.readTree(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Forms not readable for the case record", e);
    }
  }

  private void collect(JsonNode node) {
    if (node.path("key").isTextual() && node.path("label").isTextual()
        && !node.path("disabled").asBoolean(false) && !node.path("readonly").asBoolean(false)) {
      String key = node.get("key").asText();
      labels.putIfAbsent(key, node.get("label").asText());
      for (JsonNode option : node.path("values")) {
        options.computeIfAbsent(key, k -> new HashMap<>())
            .putIfAbsent(option.path("value").asText(), option.path("label").asText());
      }
    }
    for (JsonNode child : node.path("components")) {
      collect(child);
    }
  }

  /** The field's label, or null when no form lets staff enter it. */
  String label(String key) {
    return labels.get(key);
  }

  /**
   * Whether a form lets staff enter the variable: the engine keeps each change of these in
   * history ({@code history/CaseHistoryLevel}), which the record reads.
   */
  public boolean isEnteredByStaff(String key) {
    return labels.containsKey(key);
  }

  /** The value as the form offered it (an option's label, 是/否), else the value itself. */
  String display(String key, Object value) {
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    String text = String.valueOf(value);
    Map<String, String> choices = options.get(key);
    return choices != null && choices.containsKey(text) ? choices.get(text) : text;
  }
}
