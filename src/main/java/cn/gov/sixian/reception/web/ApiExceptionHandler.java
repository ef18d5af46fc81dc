package cn.gov.sixian.reception.web;

import cn.gov.sixian.reception.process.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** Turns input problems of the project's own REST API ({@code /api/**}) into 400 answers. */
@RestControllerAdvice(basePackages = "cn.gov.sixian.reception")
class ApiExceptionHandler {

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
}
