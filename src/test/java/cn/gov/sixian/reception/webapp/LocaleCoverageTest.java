package cn.gov.sixian.reception.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Chinese locale of each webapp covers every key of Camunda 7.24.0's English one
 * (read from the webapp jar), keeps its placeholders, and leaves nothing in English.
 */
class LocaleCoverageTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseCoversEveryEnglishKey(String app) throws IOException {
    Map<String, String> en = flatten(read(app, "en", true));
    Map<String, String> zh = flatten(read(app, "zh", false));
    assertThat(new TreeSet<>(zh.keySet())).as("keys of %s zh.json", app)
        .containsAll(new TreeSet<>(en.keySet()));
    List<String> untranslated = new ArrayList<>();
    List<String> brokenPlaceholders = new ArrayList<>();
    en.forEach((key, english) -> {
      String chinese = zh.get(key);
      if (!key.startsWith("dateLocales.week") && english.matches(".*[A-Za-z]{3,}.*")
          && english.equals(chinese)) {
        untranslated.add(key);
      }
      if (!placeholders(english).equals(placeholders(chinese))) {
        brokenPlaceholders.add(key);
      }
    });
    assertThat(brokenPlaceholders).as("placeholders changed in %s", app).isEmpty();
    // a handful of values are names (BPMN, Camunda …); nearly all must be Chinese
    assertThat(untranslated.size()).as("untranslated in %s: %s", app, untranslated)
        .isLessThanOrEqualTo(en.size() / 50);
    assertThat(zh.values().stream().filter(v -> HAN.matcher(v).find()).count())
        .isGreaterThan(en.size() * 8L / 10);
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    Collections.sort(found);
    return found;
  }

  /** en.json comes from the Camunda webjar; zh.json from this project's resources. */
  private static JsonNode read(String app, String locale, boolean fromJar) throws IOException {
    String path = String.format(LOCALES, app, locale);
    Iterator<URL> urls = LocaleCoverageTest.class.getClassLoader().getResources(path).asIterator();
    URL chosen = null;
    while (urls.hasNext()) {
      URL url = urls.next();
      boolean inJar = url.getProtocol().equals("jar");
      if (inJar == fromJar) {
        chosen = url;
      }
    }
    assertThat(chosen).as("%s (%s)", path, fromJar ? "webjar" : "project").isNotNull();
    try (InputStream in = chosen.openStream()) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new java.util.TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i + ".", node.get(i), flat);
      }
    } else {
      flat.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }
}
