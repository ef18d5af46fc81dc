package cn.gov.sixian.reception.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Reads typed values from a variable map (process variables or a REST body) and turns missing or
 * malformed values into {@link InvalidInputException} naming the field in Chinese.
 *
 * <p>Texts refuse characters a person cannot see or that change how the text is shown (control
 * characters other than line breaks and tabs, zero-width and bidirectional marks, broken
 * surrogates): they would hide or reorder what a case says in Tasklist, the report and the
 * register. Lengths count characters as a person reads them (code points: an emoji is one).
 * Booleans and numbers are strict: what another system sends must mean one thing.
 */
public final class Inputs {

  /** The longest enum constant or date text read; longer values are not echoed in messages. */
  private static final int MAX_TOKEN_LENGTH = 64;

  private final Map<String, Object> values;
  /** The form whose labels name the fields, or null: the caller passes each label. */
  private final String form;

  private Inputs(Map<String, Object> values, String form) {
    this.values = values;
    this.form = form;
  }

  /** Input no form asks for (a REST body): each read names its field's label. */
  public static Inputs of(Map<String, Object> values) {
    return new Inputs(values, null);
  }

  /**
   * The variables of the execution, named by the labels of the form its activity shows (the user
   * task's or start event's {@code camunda:formRef}): the label is written once, in the form.
   */
  public static Inputs ofForm(DelegateExecution execution) {
    return new Inputs(execution.getVariables(), formRef(execution));
  }

  /** Values entered in the form with this id (the same fields sent over REST). */
  public static Inputs ofForm(String form, Map<String, Object> values) {
    return new Inputs(values, form);
  }

  private static String formRef(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    String form = element instanceof UserTask task ? task.getCamundaFormRef()
        : element instanceof StartEvent start ? start.getCamundaFormRef() : null;
    if (form == null) {
      throw new IllegalStateException("No camunda:formRef on "
          + (element == null ? execution.getCurrentActivityId() : element.getId()));
    }
    return form;
  }

  /**
   * The field's label in the form; a field the form does not have is a programming error
   * ({@link IllegalStateException} naming the form and the key).
   */
  public String label(String name) {
    if (form == null) {
      throw new IllegalStateException("No form to name " + name + ": pass its label");
    }
    return FormFields.onClasspath().label(form, name);
  }

  /** {@link #requiredText(String, String, int)} named by the form's label. */
  public String requiredText(String name, int maxLength) {
    return requiredText(name, label(name), maxLength);
  }

  /** {@link #optionalText(String, String, int)} named by the form's label. */
  public String optionalText(String name, int maxLength) {
    return optionalText(name, label(name), maxLength);
  }

  /** {@link #requiredInt(String, String, int, int)} named by the form's label. */
  public int requiredInt(String name, int min, int max) {
    return requiredInt(name, label(name), min, max);
  }

  /** {@link #requiredBoolean(String, String)} named by the form's label. */
  public boolean requiredBoolean(String name) {
    return requiredBoolean(name, label(name));
  }

  /** {@link #optionalBoolean(String, String)} named by the form's label. */
  public boolean optionalBoolean(String name) {
    return optionalBoolean(name, label(name));
  }

  /** {@link #requiredDate(String, String, ZoneId)} named by the form's label (its dateLabel). */
  public LocalDate requiredDate(String name, ZoneId zone) {
    return requiredDate(name, label(name), zone);
  }

  /** {@link #requiredChoice(String, String, Class)} named by the form's label. */
  public <E extends Enum<E>> E requiredChoice(String name, Class<E> type) {
    return requiredChoice(name, label(name), type);
  }

  /** A trimmed text that must be present, at most {@code maxLength} characters. */
  public String requiredText(String name, String label, int maxLength) {
    String text = optionalText(name, label, maxLength);
    if (text == null) {
      throw new InvalidInputException(name, "请填写「" + label + "」。");
    }
    return text;
  }

  /** A trimmed text or null when absent or blank, at most {@code maxLength} characters. */
  public String optionalText(String name, String label, int maxLength) {
    String text = plainText(name, label);
    if (text == null) {
      return null;
    }
    text = text.strip();
    if (text.isEmpty()) {
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      throw new InvalidInputException(
          name, "「" + label + "」不能超过" + maxLength + "个字，现为" + length + "个字。");
    }
    return text;
  }

  /** A whole number (a number value, not a text) that must be present and within [min, max]. */
  public int requiredInt(String name, String label, int min, int max) {
    Object value = values.get(name);
    if (value == null || value instanceof CharSequence text && text.toString().isBlank()) {
      throw new InvalidInputException(name, "请填写「" + label + "」。");
    }
    if (!(value instanceof Number number)) {
      throw notANumber(name, label);
    }
    BigDecimal decimal;
    try {
      // through the decimal text: exact for every Number, and a BigInteger beyond long does not
      // wrap around into the range
      decimal = new BigDecimal(number.toString());
    } catch (NumberFormatException notFinite) {
      throw new InvalidInputException(name, "「" + label + "」须为整数。");
    }
    if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
      throw new InvalidInputException(name, "「" + label + "」须为整数。");
    }
    if (decimal.compareTo(BigDecimal.valueOf(min)) < 0
        || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidInputException(
          name, "「" + label + "」须在" + min + "到" + max + "之间。");
    }
    return decimal.intValueExact();
  }

  /** A yes/no answer that must be present: a boolean, or exactly "true" or "false". */
  public boolean requiredBoolean(String name, String label) {
    Object value = values.get(name);
    if (value == null) {
      throw new InvalidInputException(name, "请选择「" + label + "」。");
    }
    return toBoolean(name, label, value);
  }

  /**
   * An optional yes/no: absent means false (an unticked checkbox); present, it must be a boolean
   * or exactly "true" or "false".
   */
  public boolean optionalBoolean(String name, String label) {
    Object value = values.get(name);
    return value != null && toBoolean(name, label, value);
  }

  private static boolean toBoolean(String name, String label, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value)) {
      return true;
    }
    if ("false".equals(value)) {
      return false;
    }
    throw notYesOrNo(name, label);
  }

  /**
   * A date from a date picker ("yyyy-MM-dd", possibly followed by a time) or a Date variable,
   * within the years {@link DateBounds} allows.
   */
  public LocalDate requiredDate(String name, String label, ZoneId zone) {
    Object value = values.get(name);
    if (value instanceof Date date) {
      return DateBounds.check(date.toInstant().atZone(zone).toLocalDate(), name, label);
    }
    String text = token(name, label);
    if (text == null) {
      throw new InvalidInputException(name, "请填写「" + label + "」。");
    }
    if (text.length() > 10 && text.charAt(10) != 'T' && text.charAt(10) != ' ') {
      throw new InvalidInputException(name, "「" + label + "」不是有效日期：" + text + "。");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "「" + label + "」不是有效日期：" + text + "。");
    }
    return DateBounds.check(date, name, label);
  }

  /** One of the enum's constants, by name. */
  public <E extends Enum<E>> E requiredChoice(String name, String label, Class<E> type) {
    String text = token(name, label);
    if (text == null) {
      throw new InvalidInputException(name, "请选择「" + label + "」。");
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "「" + label + "」的取值无效：" + text + "。");
    }
  }

  /** A short trimmed text (a code or a date) or null, safe to repeat in a message. */
  private String token(String name, String label) {
    String text = plainText(name, label);
    if (text == null || text.isBlank()) {
      return null;
    }
    text = text.strip();
    if (text.length() > MAX_TOKEN_LENGTH) {
      throw new InvalidInputException(name, "「" + label + "」的取值无效。");
    }
    return text;
  }

  /** The value as text as it came, or null; refuses what is not text and invisible characters. */
  private String plainText(String name, String label) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    // a number is text enough (a phone number sent as a number); a boolean, object or list is not
    if (!(value instanceof CharSequence) && !(value instanceof Number)) {
      throw notAText(name, label);
    }
    String text = value.toString();
    if (TextCharacters.hasInvisible(text)) {
      throw new InvalidInputException(name, "「" + label + "」含有不可见或控制字符，请删除后重新填写。");
    }
    return text;
  }

  /** A yes/no field given something else; the same words wherever such a value is refused. */
  public static InvalidInputException notYesOrNo(String name, String label) {
    return new InvalidInputException(name, "「" + label + "」的取值无效：须为是或否（true 或 false）。");
  }

  /** A number field given something else (e.g. a quoted "3"). */
  public static InvalidInputException notANumber(String name, String label) {
    return new InvalidInputException(name, "「" + label + "」须为数值（不加引号的数字）。");
  }

  /** A text field given something else (a boolean, an object, a list). */
  public static InvalidInputException notAText(String name, String label) {
    return new InvalidInputException(name, "「" + label + "」须为文字。");
  }
}
