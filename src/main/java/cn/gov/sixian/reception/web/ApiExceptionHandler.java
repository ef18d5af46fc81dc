package cn.gov.sixian.reception.web;

import cn.gov.sixian.reception.process.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns input problems of the project's own REST API ({@code /api/**}) into 400 (415 for a body
 * that is not JSON) answers with a Chinese message. Errors before a handler is found (no such
 * address, a method it does not take) are answered by {@link ErrorAnswers}.
 */
@RestControllerAdvice(basePackages = "cn.gov.sixian.reception")
class ApiExceptionHandler {

  static final String UNSUPPORTED_CONTENT_TYPE =
      "不支持该请求内容类型：请以JSON格式提交（Content-Type: application/json）。";

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError invalidInput(InvalidInputException e) {
    return new ApiError(e.getField(), e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ApiError> status(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(new ApiError(null, e.getReason()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError unreadable(HttpMessageNotReadableException e) {
    return new ApiError(null, "请求内容不是有效的JSON对象，请检查格式与字段类型。");
  }

  /** A body as a form, multipart (with or without a boundary), text …: the API reads JSON only. */
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> notJson(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .body(new ApiError(null, UNSUPPORTED_CONTENT_TYPE));
  }
}
