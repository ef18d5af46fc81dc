package cn.gov.sixian.reception.enginecontract;

import java.lang.reflect.Field;

/**
 * Reads the arguments an engine command was created with. Camunda's commands keep them in
 * protected fields without getters; an engine upgrade that renames one makes the read fail, and
 * the guards then refuse the command (fail closed) instead of letting it through unchecked.
 */
final class CommandFields {

  private CommandFields() {}

  /** The value of the field {@code name} declared by the command's class or a superclass. */
  static Object read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (ReflectiveOperationException e) {
        throw cannotInspect(command, name, e);
      }
    }
    throw cannotInspect(command, name, null);
  }

  static String text(Object command, String name) {
    Object value = read(command, name);
    return value == null ? null : value.toString();
  }

  private static IllegalStateException cannotInspect(Object command, String name, Exception e) {
    return new IllegalStateException(
        "Cannot inspect " + command.getClass().getSimpleName() + "." + name, e);
  }
}
