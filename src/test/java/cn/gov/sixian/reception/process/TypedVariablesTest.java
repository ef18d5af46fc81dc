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
class TypedVariablesTest {

  @Test
  void readsTypesAndNamesTheVariableThatHoldsAnotherType() {
    Map<String, Object> values = new HashMap<>(Map.of(
        "caseNumber", "JF-2026-000001", "handlingDue", new Date(0), "days", 20L, "wrong", 5));
    VariableScope scope = Mockito.mock(VariableScope.class);
    Mockito.when(scope.getVariable(Mockito.anyString()))
        .thenAnswer(call -> values.get(call.<String>getArgument(0)));

    assertThat(TypedVariables.text(scope, "caseNumber")).isEqualTo("JF-2026-000001");
    assertThat(TypedVariables.date(scope, "handlingDue")).isEqualTo(new Date(0));
    assertThat(TypedVariables.integer(scope, "days")).isEqualTo(20);
    assertThat(TypedVariables.text(scope, "absent")).isNull();
    assertThat(TypedVariables.integer(scope, "absent")).isNull();
    assertThatThrownBy(() -> TypedVariables.text(scope, "wrong"))
        .hasMessage("Variable 'wrong' holds a Integer, not a String");
  }
}
