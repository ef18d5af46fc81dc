package cn.gov.sixian.reception.enginecontract;

import cn.gov.sixian.reception.web.ApiError;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The engine refused the caller of the project's API: 403 with a Chinese message. */
@RestControllerAdvice(basePackages = "cn.gov.sixian.reception")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedHandler {

  static final String DENIED = "您没有执行此操作的权限。";

  @ExceptionHandler(AuthorizationException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiError denied(AuthorizationException e) {
    // the domain contract's refusals say in Chinese what was refused; the engine's are English
    return new ApiError(null, e instanceof ContractRefusal ? e.getMessage() : DENIED);
  }
}
