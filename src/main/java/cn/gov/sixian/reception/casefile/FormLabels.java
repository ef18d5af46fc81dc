package cn.gov.sixian.reception.casefile;

import cn.gov.sixian.reception.process.FormFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Chinese labels of what staff enter, read from the deployed Camunda Forms ({@link FormFields}):
 * the record shows a decision as the form asked it, so a new field needs no code here. Disabled
 * fields only show context (the case, the petitioner) and are left out.
 */
@Component
public class FormLabels {

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Map<String, String>> options = new HashMap<>();
  private final Set<String> registered = new HashSet<>();
  private final Set<String> enteredElsewhere = new HashSet<>();

  FormLabels() {
    for (FormFields.Field field : FormFields.onClasspath().all()) {
      // fields with a label: a date picker, which has only a dateLabel, is left out as before
      if (field.labelled() && field.entered()) {
        labels.putIfAbsent(field.key(), field.label());
        field.options().forEach((value, label) ->
            options.computeIfAbsent(field.key(), k -> new HashMap<>()).putIfAbsent(value, label));
        (FormFields.REGISTRATION_FORM.equals(field.form()) ? registered : enteredElsewhere)
            .add(field.key());
      }
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

  /**
   * Whether the registration asks for the variable and another form asks for it again (the
   * category, confirmed at routing): of these alone, history keeps the value as registered.
   */
  public boolean isAskedAgainAfterRegistration(String key) {
    return registered.contains(key) && enteredElsewhere.contains(key);
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
