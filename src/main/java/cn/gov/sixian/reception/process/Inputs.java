package cn.gov.sixian.reception.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/**
 * Reads typed values from a variable map (process variables or a REST body) and turns missing or
 * malformed values into {@link InvalidInputException} naming the field in Chinese.
 */
public final class Inputs {

  private final Map<String, Object> values;

  private Inputs(Map<String, Object> values) {
    this.values = values;
  }

  public static Inputs of(Map<String, Object> values) {
    return new Inputs(values);
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
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new InvalidInputException(
          name, "「" + label + "」不能超过" + maxLength + "个字，现为" + text.length() + "个字。");
    }
    return text;
  }

  /** A whole number that must be present and within [min, max]. */
  public int requiredInt(String name, String label, int min, int max) {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(name, "请填写「" + label + "」。");
    }
    long number;
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d != Math.rint(d)) {
        throw new InvalidInputException(name, "「" + label + "」须为整数。");
      }
      number = n.longValue();
    } else {
      try {
        number = Long.parseLong(value.toString().strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(name, "「" + label + "」须为整数。");
      }
    }
    if (number < min || number > max) {
      throw new InvalidInputException(
          name, "「" + label + "」须在" + min + "到" + max + "之间。");
    }
    return (int) number;
  }

  /** A yes/no answer that must be present; accepts booleans and "true"/"false" from forms. */
  public boolean requiredBoolean(String name, String label) {
    Object value = values.get(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value != null) {
      String text = value.toString().strip();
      if (text.equalsIgnoreCase("true")) {
        return true;
      }
      if (text.equalsIgnoreCase("false")) {
        return false;
      }
    }
    throw new InvalidInputException(name, "请选择「" + label + "」。");
  }

  /** An optional yes/no; absent means false (an unticked checkbox). */
  public boolean optionalBoolean(String name) {
    Object value = values.get(name);
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && value.toString().strip().equalsIgnoreCase("true");
  }

  /** A date from a date picker ("yyyy-MM-dd", possibly with a time) or a Date variable. */
  public LocalDate requiredDate(String name, String label, ZoneId zone) {
    Object value = values.get(name);
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(name, "请填写「" + label + "」。");
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "「" + label + "」不是有效日期：" + text + "。");
    }
  }

  /** One of the enum's constants, by name. */
  public <E extends Enum<E>> E requiredChoice(String name, String label, Class<E> type) {
    Object value = values.get(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(name, "请选择「" + label + "」。");
    }
    try {
      return Enum.valueOf(type, value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "「" + label + "」的取值无效：" + value + "。");
    }
  }
}
