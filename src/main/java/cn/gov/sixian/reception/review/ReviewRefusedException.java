package cn.gov.sixian.reception.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request for review or re-review the rules do not allow: 409 with the Chinese reason. */
class ReviewRefusedException extends ResponseStatusException {

  ReviewRefusedException(String reason) {
    super(HttpStatus.CONFLICT, reason);
  }
}
