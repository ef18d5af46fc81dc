package cn.gov.sixian.reception.privacy;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;

import cn.gov.sixian.reception.intake.IdNumbers;
import cn.gov.sixian.reception.intake.PhoneNumbers;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Masks the petitioner's ID number, phone and address in variable and form-field history events
 * before the wrapped handler writes them ({@code act_hi_varinst}, {@code act_hi_detail}). They
 * are in a case only briefly — the start form submits them, and the unit's acceptance and reply
 * tasks hold phone and address locally — but full history would keep every value for decades.
 */
final class PersonalDataHistoryMasking implements HistoryEventHandler {

  /** What history shows for an address. */
  static final String HIDDEN = "（已隐藏）";
  private static final String STRING_SERIALIZER = "string";

  private final HistoryEventHandler next;

  PersonalDataHistoryMasking(HistoryEventHandler next) {
    this.next = next;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    mask(event);
    next.handleEvent(event);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(PersonalDataHistoryMasking::mask);
    next.handleEvents(events);
  }

  static void mask(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity update) {
      maskVariable(update);
    } else if (event instanceof HistoricFormPropertyEventEntity field
        && isPersonal(field.getPropertyId()) && field.getPropertyValue() != null) {
      field.setPropertyValue(masked(field.getPropertyId(), (String) field.getPropertyValue()));
    }
  }

  private static void maskVariable(HistoricVariableUpdateEventEntity update) {
    if (!isPersonal(update.getVariableName())) {
      return;
    }
    String text = update.getTextValue() != null ? update.getTextValue()
        : update.getLongValue() != null ? update.getLongValue().toString() : null;
    if (text == null && update.getByteValue() == null && update.getDoubleValue() == null) {
      return; // a null value: nothing to hide
    }
    // whatever type it came in, history keeps one masked string
    update.setSerializerName(STRING_SERIALIZER);
    update.setTextValue(text == null ? HIDDEN : masked(update.getVariableName(), text));
    update.setTextValue2(null);
    update.setLongValue(null);
    update.setDoubleValue(null);
    update.setByteValue(null);
  }

  private static boolean isPersonal(String name) {
    return ID_NUMBER.equals(name) || PHONE.equals(name) || ADDRESS.equals(name);
  }

  static String masked(String name, String value) {
    return switch (name) {
      case ID_NUMBER -> IdNumbers.mask(value.strip());
      case PHONE -> PhoneNumbers.mask(PhoneNumbers.normalize(value));
      default -> HIDDEN;
    };
  }
}
