package cn.gov.sixian.reception.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labels of the forms on the classpath, as messages about a field name it. */
class FormFieldsTest {

  private final FormFields forms = FormFields.onClasspath();

  @Test
  void aFieldIsNamedByItsLabelInThatForm() {
    assertThat(forms.label("decide-review", ProcessVariables.REVIEW_OPINION))
        .isEqualTo("意见内容（事实、理由和依据）");
    assertThat(forms.label("visit-registration", ProcessVariables.PETITIONER_NAME))
        .isEqualTo("信访人姓名");
    // a radio group and a checkbox by their label
    assertThat(forms.label("review-escalation", ProcessVariables.REVIEW_DECISION))
        .isEqualTo("审核结果");
    assertThat(forms.label("coordination-meeting", ProcessVariables.HEARING_REQUIRED))
        .isEqualTo("需要召开听证会（复杂信访事项）");
  }

  @Test
  void aDatePickerIsNamedByItsDateLabel() {
    assertThat(forms.label("hearing", ProcessVariables.HEARING_DATE)).isEqualTo("听证日期");
    assertThat(forms.label("record-review-sent", ProcessVariables.REVIEW_SENT_ON))
        .isEqualTo("报送日期");
  }

  @Test
  void aFieldTheFormDoesNotHaveIsAProgrammingErrorNamingFormAndKey() {
    assertThatThrownBy(() -> forms.label("hearing", ProcessVariables.REVIEW_OPINION))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hearing")
        .hasMessageContaining(ProcessVariables.REVIEW_OPINION);
    assertThatThrownBy(() -> forms.label("no-such-form", ProcessVariables.REVIEW_OPINION))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-form");
  }

  @Test
  void inputsOfAFormNameFieldsByItsLabels() {
    Inputs in = Inputs.ofForm("hearing", Map.of());
    assertThatThrownBy(() -> in.requiredDate(ProcessVariables.HEARING_DATE, ZoneId.of("Asia/Shanghai")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("请填写「听证日期」。");
    assertThatThrownBy(() -> in.requiredText(ProcessVariables.REVIEW_OPINION, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("hearing")
        .hasMessageContaining(ProcessVariables.REVIEW_OPINION);
  }

  @Test
  void inputsWithoutAFormTakeEachLabelFromTheCaller() {
    assertThatThrownBy(() -> Inputs.of(Map.of()).requiredText("reason", 10))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Inputs.of(Map.of()).requiredText("reason", "理由", 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("请填写「理由」。");
  }
}
