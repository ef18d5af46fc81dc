package cn.gov.sixian.reception.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a member of staff (or another channel) must correct. The message is Chinese and names
 * the field; the engine REST API answers it with 400, and throwing it rolls back the whole
 * command, so nothing is half-saved.
 */
public class InvalidInputException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidInputException(String field, String message) {
    super(field, message);
    this.field = field;
  }

  /** The variable (form field key) that is wrong. */
  public String getField() {
    return field;
  }
}
