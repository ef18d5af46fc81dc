package cn.gov.sixian.reception.web;

import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The project's REST API ({@code /api/**}) while the database is down: 503 with a Chinese
 * message instead of a 500 with a stack trace. Nothing was saved (the transaction never began
 * or was rolled back), and the connection pool reconnects by itself when the database returns.
 */
@RestControllerAdvice(basePackages = "cn.gov.sixian.reception")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableHandler {

  @ExceptionHandler(DataAccessResourceFailureException.class)
  ResponseEntity<ApiError> unreachable(DataAccessResourceFailureException e) {
    return unavailable();
  }

  /** No connection to begin with, or the rollback failed because the connection broke. */
  @ExceptionHandler(TransactionException.class)
  ResponseEntity<ApiError> transaction(TransactionException e) throws TransactionException {
    if (e instanceof CannotCreateTransactionException || DatabaseFailures.isUnreachable(e)
        || (e instanceof TransactionSystemException failedRollback
            && DatabaseFailures.isUnreachable(failedRollback.getApplicationException()))) {
      return unavailable();
    }
    throw e;
  }

  // only the engine's persistence failures: input errors (also ProcessEngineExceptions) stay
  // with ApiExceptionHandler
  @ExceptionHandler(ProcessEnginePersistenceException.class)
  ResponseEntity<ApiError> engine(ProcessEnginePersistenceException e)
      throws ProcessEnginePersistenceException {
    if (DatabaseFailures.isUnreachable(e)) {
      return unavailable();
    }
    throw e;
  }

  private static ResponseEntity<ApiError> unavailable() {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "30")
        .body(new ApiError(null, DatabaseFailures.MESSAGE));
  }
}
