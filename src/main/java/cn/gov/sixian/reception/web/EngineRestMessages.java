package cn.gov.sixian.reception.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Errors of the engine REST API ({@code /engine-rest}) that staff meet in normal work, as answers
 * a user understands instead of a 500 with an English engine message: the task is gone, already
 * completed by someone else (404); the task or case was changed at the same moment, e.g. on
 * another node (409); the database cannot be reached (503). Tasklist's own engine API gets the
 * same through {@link WebappEngineApiMessages}.
 */
@Component
class EngineRestMessages implements ResourceConfigCustomizer {

  static final String TASK_GONE =
      "该任务已不存在：可能已由他人办理完毕或已被撤回，请刷新任务列表。";
  static final String NOT_PERMITTED = "您没有执行此操作的权限，已拒绝，未做任何修改。";
  static final String SKIPPING_AT_START = "发起流程时不能跳过监听器或输入输出映射，已拒绝。";
  static final String NOT_MULTIPART = "请求须为 multipart/form-data 格式并包含文件内容，已拒绝。";
  static final String CHANGED_CONCURRENTLY =
      "该任务或案件刚刚被他人同时修改，本次提交未保存，请刷新后重新办理。";

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** A status and Chinese message replacing an engine error. */
  record Translation(int status, String message) {}

  /** The translation of an engine error, or null when it is not one of these cases. */
  static Translation translate(String type, String message) {
    if (message == null) {
      return null;
    }
    if (DatabaseFailures.isUnreachable(type, message)) {
      return new Translation(503, DatabaseFailures.MESSAGE);
    }
    if (message.contains("Cannot find task with id")) {
      return new Translation(404, TASK_GONE);
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
    return null;
  }

  @Override
  public void customize(ResourceConfig config) {
    config.register(new ResponseTranslation());
  }

  static final class ResponseTranslation implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof ExceptionDto error) {
        Translation translation = translate(error.getType(), error.getMessage());
        if (translation != null) {
          error.setMessage(translation.message());
          response.setStatus(translation.status());
        }
      }
    }
  }
}
