package cn.gov.sixian.reception.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables, in one place: a variable holding another type than its
 * name promises fails here with the name, instead of a bare {@code ClassCastException} in a
 * listener. Names are the constants of {@link ProcessVariables}.
 */
public final class TypedVariables {

  private TypedVariables() {}

  /** A text variable, null when absent. */
  public static String text(VariableScope scope, String name) {
    return typed(scope, name, String.class);
  }

  /** A date variable (deadlines, moments), null when absent. */
  public static Date date(VariableScope scope, String name) {
    return typed(scope, name, Date.class);
  }

  /** A whole-number variable, null when absent; any integral number is accepted. */
  public static Integer integer(VariableScope scope, String name) {
    Number number = typed(scope, name, Number.class);
    return number == null ? null : Math.toIntExact(number.longValue());
  }

  private static <T> T typed(VariableScope scope, String name, Class<T> type) {
    Object value = scope.getVariable(name);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalStateException("Variable '" + name + "' holds a "
        + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
  }
}
