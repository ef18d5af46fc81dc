package cn.gov.sixian.reception.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What {@code /error} answers, in place of Spring Boot's English one ("Not Found", and status 999
 * when called directly). The servlet container forwards here every error no handler answered
 * itself: an address that does not exist, a method or content type it does not take, an uncaught
 * exception (which Spring has logged). The caller gets a Chinese message for the status, as JSON
 * ({@code {"message": …}}) or, for a browser, a small page; never the exception's details.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers implements ErrorController {

  static final String NOT_FOUND = "您访问的地址不存在。";
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(HttpServletRequest request) {
    HttpStatus status = status(request);
    String page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>"
        + status.value() + "</title></head><body><h1>" + HtmlUtils.htmlEscape(message(status))
        + "</h1><p>（HTTP " + status.value() + "）</p></body></html>";
    return ResponseEntity.status(status).contentType(HTML).body(page);
  }

  @RequestMapping
  ResponseEntity<ApiError> json(HttpServletRequest request) {
    HttpStatus status = status(request);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(null, message(status)));
  }

  /** The error's status; a direct request for this address has none and is answered 404. */
  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
  }

  static String message(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "请求有误，请检查后重试。";
      case UNAUTHORIZED -> "请先登录。";
      case FORBIDDEN -> "您没有执行此操作的权限。";
      case NOT_FOUND -> NOT_FOUND;
      case METHOD_NOT_ALLOWED -> "该地址不支持此请求方式。";
      case NOT_ACCEPTABLE -> "无法按所要求的格式答复。";
      case PAYLOAD_TOO_LARGE -> "请求内容过大，本次请求未予受理。";
      case UNSUPPORTED_MEDIA_TYPE -> ApiExceptionHandler.UNSUPPORTED_CONTENT_TYPE;
      case SERVICE_UNAVAILABLE -> "服务暂时不可用，请稍后重试。";
      default -> status.is5xxServerError()
          ? "服务器内部错误，本次操作可能未完成，请稍后重试；如仍不成功，请联系系统管理员。"
          : "请求未能处理（HTTP " + status.value() + "）。";
    };
  }
}
