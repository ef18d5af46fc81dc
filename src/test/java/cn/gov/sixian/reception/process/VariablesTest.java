package cn.gov.sixian.reception.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** Typed reads name the variable when it holds another type, and pass null through. */
class VariablesTest {

  @Test
  void readsTypesAndNamesTheVariableThatHoldsAnotherType() {
    Map<String, Object> values = new HashMap<>(Map.of(
        "caseNumber", "JF-2026-000001", "handlingDue", new Date(0), "days", 20L, "wrong", 5));
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariable(Mockito.anyString()))
        .thenAnswer(call -> values.get(call.<String>getArgument(0)));

    assertThat(Variables.text(scope, "caseNumber")).isEqualTo("JF-2026-000001");
    assertThat(Variables.date(scope, "handlingDue")).isEqualTo(new Date(0));
    assertThat(Variables.integer(scope, "days")).isEqualTo(20);
    assertThat(Variables.text(scope, "absent")).isNull();
    assertThat(Variables.integer(scope, "absent")).isNull();
    assertThatThrownBy(() -> Variables.text(scope, "wrong"))
        .hasMessage("Variable 'wrong' holds a Integer, not a String");
  }
}
