package cn.gov.sixian.reception.enginecontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form lets a user submit: its keyed fields that are not disabled, each with the
 * kind of value the form produces and, for choices with a fixed list, the allowed values. The
 * deployed form is the contract, so a field an administrator adds in Modeler is accepted with the
 * form's next deployment and no code change. Disabled fields are display only: form-js does not
 * submit them, and nobody may write them. Field types this class does not know are left out of
 * the contract (refused) rather than accepted unchecked.
 */
final class FormContract {

  /** The kind of value a form field submits. */
  enum Kind { TEXT, NUMBER, BOOLEAN, LIST }

  /** One field a user may fill in; {@code options} is empty when any value of the kind goes. */
  record Field(String key, String label, Kind kind, Set<String> options, boolean readonly) {}

  static final FormContract NONE = new FormContract(Map.of());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Kind> KINDS = Map.of(
      "textfield", Kind.TEXT, "textarea", Kind.TEXT, "select", Kind.TEXT, "radio", Kind.TEXT,
      "datetime", Kind.TEXT, "number", Kind.NUMBER, "checkbox", Kind.BOOLEAN,
      "checklist", Kind.LIST, "taglist", Kind.LIST);

  private final Map<String, Field> fields;

  private FormContract(Map<String, Field> fields) {
    this.fields = fields;
  }

  /** The contract of a Camunda Form (its JSON), or {@link #NONE} when there is no form. */
  static FormContract of(InputStream form) throws IOException {
    if (form == null) {
      return NONE;
    }
    try (form) {
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(JSON.readTree(form).path("components"), fields);
      return new FormContract(Collections.unmodifiableMap(fields));
    }
  }

  /** The same contract with fields a documented REST contract adds (e.g. a channel). */
  FormContract with(Field... extra) {
    Map<String, Field> all = new LinkedHashMap<>(fields);
    for (Field field : extra) {
      all.putIfAbsent(field.key(), field);
    }
    return new FormContract(Collections.unmodifiableMap(all));
  }

  Field field(String key) {
    return fields.get(key);
  }

  Set<String> keys() {
    return fields.keySet();
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      collect(component.path("components"), fields);
      String key = component.path("key").asText(null);
      Kind kind = KINDS.get(component.path("type").asText());
      if (key == null || kind == null || component.path("disabled").asBoolean(false)) {
        continue;
      }
      Set<String> options = new LinkedHashSet<>();
      boolean yesNo = component.path("values").size() > 0;
      for (JsonNode option : component.path("values")) {
        options.add(option.path("value").asText());
        yesNo &= option.path("value").isBoolean();
      }
      if (yesNo) {
        // a radio of 是/否 submits the booleans themselves
        kind = Kind.BOOLEAN;
        options.clear();
      }
      String label = component.path("label").asText(key);
      fields.put(key, new Field(key, label, kind, Collections.unmodifiableSet(options),
          component.path("readonly").asBoolean(false)));
    }
  }
}
