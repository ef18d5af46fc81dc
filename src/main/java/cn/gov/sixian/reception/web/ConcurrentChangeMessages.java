package cn.gov.sixian.reception.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Two members of staff (possibly on two nodes) working on the same task: the engine REST API
 * answers the loser with a 500 and an English engine message. This turns the two cases into
 * answers a user understands: the task is gone (404) or was changed at the same moment (409).
 * The database being unreachable becomes a 503 with a Chinese message.
 */
@Component
class ConcurrentChangeMessages implements ResourceConfigCustomizer {

  static final String TASK_GONE =
      "该任务已不存在：可能已由他人办理完毕或已被撤回，请刷新任务列表。";
  static final String CHANGED_CONCURRENTLY =
      "该任务或案件刚刚被他人同时修改，本次提交未保存，请刷新后重新办理。";

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(new Translation());
  }

  static final class Translation implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!(response.getEntity() instanceof ExceptionDto error) || error.getMessage() == null) {
        return;
      }
      String message = error.getMessage();
      if (DatabaseFailures.isUnreachable(error.getType(), message)) {
        replace(response, error, Response.Status.SERVICE_UNAVAILABLE, DatabaseFailures.MESSAGE);
      } else if (message.contains("Cannot find task with id")) {
        replace(response, error, Response.Status.NOT_FOUND, TASK_GONE);
      } else if ("OptimisticLockingException".equals(error.getType())
          || message.contains("ENGINE-03005")) {
        replace(response, error, Response.Status.CONFLICT, CHANGED_CONCURRENTLY);
      }
    }

    private static void replace(ContainerResponseContext response, ExceptionDto error,
        Response.Status status, String message) {
      error.setMessage(message);
      response.setStatus(status.getStatusCode());
    }
  }
}
