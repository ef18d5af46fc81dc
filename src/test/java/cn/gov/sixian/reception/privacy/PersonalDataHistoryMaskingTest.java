package cn.gov.sixian.reception.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** What the history handler passes on to the database handler. */
class PersonalDataHistoryMaskingTest {

  final List<HistoryEvent> written = new ArrayList<>();
  final PersonalDataHistoryMasking masking =
      new PersonalDataHistoryMasking(new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
          written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
          written.addAll(events);
        }
      });

  @Test
  void masksTheThreeVariablesAndNothingElse() {
    masking.handleEvents(List.of(
        variable("idNumber", "341324198001011231"),
        variable("phone", "0557-7012345"),
        variable("address", "泗县泗城镇人民路1号"),
        variable("phoneMasked", "138****1234"),
        variable("matter", "13855701234 拖欠工资")));

    assertThat(written).extracting(e -> ((HistoricVariableUpdateEventEntity) e).getTextValue())
        .containsExactly("341***********1231", "055*****2345", "（已隐藏）", "138****1234",
            "13855701234 拖欠工资");
  }

  @Test
  void masksTheStartFormsFields() {
    HistoricFormPropertyEventEntity field = new HistoricFormPropertyEventEntity();
    field.setPropertyId("phone");
    field.setPropertyValue("13855701234");
    masking.handleEvent(field);
    assertThat(field.getPropertyValue()).isEqualTo("138****1234");
  }

  @Test
  void keepsOneMaskedStringWhateverTheTypeWas() {
    HistoricVariableUpdateEventEntity number = variable("phone", null);
    number.setSerializerName("long");
    number.setLongValue(13855701234L);
    HistoricVariableUpdateEventEntity json = variable("address", null);
    json.setSerializerName("spin://application/json");
    json.setByteValue("{\"road\":\"人民路1号\"}".getBytes(StandardCharsets.UTF_8));
    masking.handleEvent(number);
    masking.handleEvent(json);

    assertThat(number.getSerializerName()).isEqualTo("string");
    assertThat(number.getTextValue()).isEqualTo("138****1234");
    assertThat(number.getLongValue()).isNull();
    assertThat(json.getTextValue()).isEqualTo("（已隐藏）");
    assertThat(json.getByteValue()).isNull();
  }

  @Test
  void leavesANullValueAlone() {
    HistoricVariableUpdateEventEntity empty = variable("phone", null);
    empty.setSerializerName("null");
    masking.handleEvent(empty);
    assertThat(empty.getSerializerName()).isEqualTo("null");
    assertThat(empty.getTextValue()).isNull();
  }

  static HistoricVariableUpdateEventEntity variable(String name, String text) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    event.setSerializerName("string");
    event.setTextValue(text);
    return event;
  }
}
