package cn.gov.sixian.reception.enginecontract;

import cn.gov.sixian.reception.intake.Channel;
import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import cn.gov.sixian.reception.process.ProcessKeys;
import cn.gov.sixian.reception.process.ProcessVariables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Checks what a user submits to a task or a start event against the deployed form of that task
 * or start event ({@link FormContract}): only the form's fillable fields, each with the kind of
 * value the form produces and, for fixed choices, one of its options. The listeners of the
 * models then check the content (required fields, lengths, rules) as before.
 *
 * <p>Runs before the command, as the calling user: the form is read with the user's rights, so a
 * task the user may not see is left to the engine, which refuses it.
 */
final class FormContracts {

  static final String NOT_IN_FORM = "「%s」不是本表单中可填写的项目，已拒绝，未做任何修改。";
  static final String READ_ONLY = "「%s」是只读项目，不能修改，已拒绝，未做任何修改。";

  /** Fields that a documented REST contract accepts beyond the start form (docs/api.md). */
  private static final Map<String, FormContract.Field[]> DOCUMENTED_START_FIELDS = Map.of(
      ProcessKeys.JOINT_RECEPTION, new FormContract.Field[] {
          new FormContract.Field(ProcessVariables.CHANNEL, "来源渠道", FormContract.Kind.TEXT,
              Arrays.stream(Channel.values()).map(Enum::name).collect(Collectors.toSet()), false)});

  private final ProcessEngineConfigurationImpl engine;

  FormContracts(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** Variables submitted to a task (complete, submit-form, resolve). */
  void checkTaskSubmission(String taskId, Map<String, ?> variables) {
    if (taskId == null || variables == null || variables.isEmpty()) {
      return;
    }
    if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
      return; // not there, or not the user's: the engine refuses the command itself
    }
    FormContract contract = contract(() -> engine.getFormService().getDeployedTaskForm(taskId));
    check(contract, variables, key -> engine.getTaskService().getVariable(taskId, key));
  }

  /** Variables submitted with a start (start form, REST start, {@code POST /api/cases}). */
  void checkStart(String processDefinitionId, String processDefinitionKey, Map<String, ?> variables) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    FormContract contract =
        contract(() -> engine.getFormService().getDeployedStartForm(processDefinitionId));
    FormContract.Field[] extra = DOCUMENTED_START_FIELDS.get(processDefinitionKey);
    check(extra == null ? contract : contract.with(extra), variables, key -> null);
  }

  private static FormContract contract(Supplier<InputStream> form) {
    InputStream json;
    try {
      json = form.get();
    } catch (AuthorizationException e) {
      throw e;
    } catch (ProcessEngineException e) {
      return FormContract.NONE; // no Camunda Form here: nothing may be submitted
    }
    try {
      return FormContract.of(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Deployed form is not valid JSON", e);
    }
  }

  private static void check(
      FormContract contract, Map<String, ?> variables, java.util.function.Function<String, Object> current) {
    for (Map.Entry<String, ?> entry : variables.entrySet()) {
      FormContract.Field field = contract.field(entry.getKey());
      if (field == null) {
        throw new ContractRefusal(String.format(NOT_IN_FORM, printable(entry.getKey())));
      }
      Object value = plain(field, entry.getValue());
      if (field.readonly() && !Objects.equals(value, current.apply(field.key()))) {
        throw new ContractRefusal(String.format(READ_ONLY, field.label()));
      }
      checkKind(field, value);
    }
  }

  /** The value as the form produced it; serialized JSON stays as it is (checked by kind). */
  private static Object plain(FormContract.Field field, Object value) {
    if (value instanceof SerializableValue serializable) {
      if (field.kind() == FormContract.Kind.LIST
          && Set.of("json", "object").contains(serializable.getType().getName())) {
        return serializable.isDeserialized() ? serializable.getValue() : serializable.getValueSerialized();
      }
      throw wrongKind(field);
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  private static void checkKind(FormContract.Field field, Object value) {
    if (value == null) {
      return;
    }
    switch (field.kind()) {
      case TEXT -> {
        if (!(value instanceof String text)) {
          throw wrongKind(field);
        }
        if (!field.options().isEmpty() && !text.isEmpty() && !field.options().contains(text)) {
          throw new InvalidInputException(field.key(), "「" + field.label() + "」的取值无效。");
        }
      }
      case NUMBER -> {
        if (!(value instanceof Number)) {
          throw wrongKind(field);
        }
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          throw wrongKind(field);
        }
      }
      case LIST -> {
        if (value instanceof Collection<?> items) {
          for (Object item : items) {
            if (!field.options().isEmpty() && !field.options().contains(String.valueOf(item))) {
              throw new InvalidInputException(field.key(), "「" + field.label() + "」的取值无效。");
            }
          }
        } else if (!(value instanceof String) && !value.getClass().getName().contains("Json")) {
          throw wrongKind(field);
        }
      }
    }
  }

  /** The same answer the listeners' {@link Inputs} give for a value of the wrong kind. */
  private static InvalidInputException wrongKind(FormContract.Field field) {
    return switch (field.kind()) {
      case TEXT -> Inputs.notAText(field.key(), field.label());
      case NUMBER -> Inputs.notANumber(field.key(), field.label());
      case BOOLEAN -> Inputs.notYesOrNo(field.key(), field.label());
      case LIST -> new InvalidInputException(field.key(), "「" + field.label() + "」的取值无效。");
    };
  }

  /** A caller-supplied name, safe to repeat in a message. */
  static String printable(String name) {
    String visible = name.codePoints().filter(c -> !Character.isISOControl(c)
            && Character.getType(c) != Character.FORMAT)
        .limit(60).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    return visible.isEmpty() ? "（空）" : visible;
  }
}
