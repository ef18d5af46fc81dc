package cn.gov.sixian.reception.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Chinese words for the patterns of the Camunda Forms ({@code forms/}): form-js says
 * "Field must match pattern ^[0-9]{17}[0-9Xx]$." and has no translation hook, so Tasklist's
 * script {@code form-messages.js} replaces that with 「label」hint。. The hints are kept by field key
 * in one file beside the forms ({@code forms/pattern-hints.json}); this reads every form's
 * patterns and gives each pattern its field's hint, so the script can look up the message's
 * pattern without knowing which form it is in.
 */
@Component
class FormPatternHints {

  static final String HINTS = "forms/pattern-hints.json";

  private final Map<String, String> byPattern = new TreeMap<>();
  private final Set<String> keysWithoutHint = new TreeSet<>();

  FormPatternHints() {
    ObjectMapper json = new ObjectMapper();
    PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    try (InputStream in = resources.getResource("classpath:" + HINTS).getInputStream()) {
      JsonNode hints = json.readTree(in);
      for (Resource form : resources.getResources("classpath*:forms/*.form")) {
        try (InputStream formIn = form.getInputStream()) {
          collect(json.readTree(formIn), hints);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Forms or " + HINTS + " not readable", e);
    }
  }

  private void collect(JsonNode component, JsonNode hints) {
    String pattern = component.path("validate").path("pattern").asText("");
    String key = component.path("key").asText("");
    if (!pattern.isEmpty()) {
      if (hints.path(key).isTextual()) {
        byPattern.putIfAbsent(pattern, hints.get(key).asText());
      } else {
        keysWithoutHint.add(key);
      }
    }
    for (JsonNode child : component.path("components")) {
      collect(child, hints);
    }
  }

  /** Each pattern of the forms with the hint of its field. */
  Map<String, String> byPattern() {
    return Collections.unmodifiableMap(byPattern);
  }

  /** Keys of fields with a pattern but no hint: form-js's message would fall back to a general one. */
  Set<String> keysWithoutHint() {
    return Collections.unmodifiableSet(keysWithoutHint);
  }
}
