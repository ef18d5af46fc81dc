package cn.gov.sixian.reception.web;

import cn.gov.sixian.reception.process.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors of the engine REST API ({@code /engine-rest}) that staff and other systems meet, as
 * answers a user understands instead of a 500 or an English engine message: a form or start
 * request with invalid input (400, the bare Chinese message of the listener that refused it);
 * the task is gone, already completed by someone else (404); the task or case was changed at the
 * same moment, e.g. on another node (409); the database cannot be reached (503); a body that is
 * not JSON of the right shape, a text too long for the engine, a condition evaluation with
 * nothing to start (400). Tasklist's own engine API gets the same through
 * {@link WebappEngineApiMessages}.
 */
@Component
class EngineRestMessages implements ResourceConfigCustomizer {

  static final String TASK_GONE =
      "该任务已不存在：可能已由他人办理完毕或已被撤回，请刷新任务列表。";
  static final String SLIP_NOT_WAITING =
      "该信访件没有等待反馈的督办单：反馈未送达，未做任何修改。请核对信访件编号，或在任务列表中查看督办反馈任务。";
  static final String MESSAGE_NOT_WAITED_FOR =
      "没有等待该消息的信访件或流程：消息未送达，未做任何修改。请核对信访件编号。";
  static final String NOT_PERMITTED = "您没有执行此操作的权限，已拒绝，未做任何修改。";
  static final String SKIPPING_AT_START = "发起流程时不能跳过监听器或输入输出映射，已拒绝。";
  static final String NOT_MULTIPART = "请求须为 multipart/form-data 格式并包含文件内容，已拒绝。";
  static final String CHANGED_CONCURRENTLY =
      "该任务或案件刚刚被他人同时修改，本次提交未保存，请刷新后重新办理。";
  static final String NOT_JSON = "请求内容不是有效的JSON，或字段的类型不符，请检查后重试。";
  static final String INVALID_REQUEST_TYPE = "InvalidRequestException";
  static final String TEXT_TOO_LONG =
      "所填文字过长：每一项最多4000个字符（表情符号等按2个字符计），请删减后重新提交。";
  static final String NOTHING_TO_START = "没有满足条件的条件启动事件，未启动任何流程。";
  static final String INPUT_ERROR_TYPE = InvalidInputException.class.getSimpleName();
  private static final Pattern JERSEY_STATUS = Pattern.compile("HTTP (\\d{3}) [A-Za-z ]+");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** A status and Chinese message replacing an engine error. */
  record Translation(int status, String message) {}

  /** The answer to a staff input error: 400 and its message without the engine's prefix. */
  static Translation of(InvalidInputException input) {
    return new Translation(400, input.getMessage());
  }

  /** The translation of an engine error, or null when it is not one of these cases. */
  static Translation translate(String type, String message) {
    if (message == null) {
      return null;
    }
    if (DatabaseFailures.isUnreachable(type, message)) {
      return new Translation(503, DatabaseFailures.MESSAGE);
    }
    // completing a task someone else has completed ("Cannot find task …"), or Tasklist reloading
    // the task it shows ("No matching task with id …")
    if (message.contains("Cannot find task with id") || message.contains("No matching task with id")) {
      return new Translation(404, TASK_GONE);
    }
    // POST /message with nothing waiting for it, e.g. a slip's feedback when no slip is open
    if (message.contains("Cannot correlate message")) {
      return new Translation(400, message.contains("'SupervisionFeedback'")
          ? SLIP_NOT_WAITING : MESSAGE_NOT_WAITED_FOR);
    }
    if ("AuthorizationException".equals(type) && !HAN.matcher(message).find()) {
      // the engine's own refusal names permissions and resources in English
      return new Translation(403, NOT_PERMITTED);
    }
    if (message.contains("ENGINE-13024")) {
      return new Translation(400, SKIPPING_AT_START);
    }
    if ("NullPointerException".equals(type) && message.contains("MultipartFormData")) {
      return new Translation(400, NOT_MULTIPART);
    }
    if ("OptimisticLockingException".equals(type) || message.contains("ENGINE-03005")) {
      return new Translation(409, CHANGED_CONCURRENTLY);
    }
    // the REST layer's answer to a body Jackson could not read (malformed, or a list where an
    // object belongs): an empty message
    if (INVALID_REQUEST_TYPE.equals(type) && message.isBlank()) {
      return new Translation(400, NOT_JSON);
    }
    if (message.contains("Variable value is too long")) {
      return new Translation(400, TEXT_TOO_LONG);
    }
    // POST /condition: none of the deployed processes starts on a condition
    if (message.contains("ENGINE-13043")) {
      return new Translation(400, NOTHING_TO_START);
    }
    // Jersey's own refusals ("HTTP 404 Not Found", "HTTP 405 Method Not Allowed", …): the same
    // Chinese as the rest of the application's errors
    Matcher jersey = JERSEY_STATUS.matcher(message);
    if (jersey.matches()) {
      HttpStatus status = HttpStatus.resolve(Integer.parseInt(jersey.group(1)));
      if (status != null && status.is4xxClientError()) {
        return new Translation(status.value(), ErrorAnswers.message(status));
      }
    }
    return null;
  }

  @Override
  public void customize(ResourceConfig config) {
    config.register(new ResponseTranslation());
  }

  static final class ResponseTranslation implements ContainerRequestFilter, ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request) {
      EngineInputErrors.listen();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      InvalidInputException input = EngineInputErrors.stopListening();
      if (response.getEntity() instanceof ExceptionDto error) {
        Translation translation = input != null
            ? of(input) : translate(error.getType(), error.getMessage());
        if (translation != null) {
          if (input != null) {
            error.setType(INPUT_ERROR_TYPE);
          }
          error.setMessage(translation.message());
          response.setStatus(translation.status());
        }
      } else if (isJacksonsPlainAnswer(response.getStatus(), response.getMediaType())
          && response.getEntity() instanceof String) {
        ExceptionDto error = new ExceptionDto();
        error.setType(INVALID_REQUEST_TYPE);
        error.setMessage(NOT_JSON);
        response.setEntity(error, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
      }
    }
  }

  /**
   * Jersey's Jackson feature brings its own mappers for a body that is not JSON, beside Camunda's;
   * which of the two answers is not fixed, and Jersey's answers 400 with Jackson's English
   * message as plain text.
   */
  static boolean isJacksonsPlainAnswer(int status, MediaType type) {
    return status == 400 && type != null && MediaType.TEXT_PLAIN_TYPE.isCompatible(type);
  }
}
