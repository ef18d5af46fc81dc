package cn.gov.sixian.reception.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Recognises "the database cannot be reached" among the exceptions a request may end with. */
public final class DatabaseFailures {

  public static final String MESSAGE = "数据库暂时无法连接，本次操作未保存任何内容，请稍后重试。";

  private DatabaseFailures() {}

  public static boolean isUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof SQLTransientConnectionException
          || t instanceof ConnectException) {
        return true;
      }
      // SQLState class 08: connection exception (PostgreSQL driver, H2)
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      // the pool's own answer for a connection that broke mid-transaction (no SQLState)
      if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** The same judgement from the text the engine REST API would answer with. */
  static boolean isUnreachable(String type, String message) {
    return "CannotCreateTransactionException".equals(type)
        || "CannotGetJdbcConnectionException".equals(type)
        || (message != null && (message.contains("Could not open JDBC Connection")
            || message.contains("Connection is not available, request timed out")
            || message.contains("Connection to ") && message.contains(" refused")
            || message.contains("An I/O error occurred while sending to the backend")
            || message.contains("This connection has been closed")
            || message.contains("Could not roll back JDBC transaction")));
  }

  /**
   * The 503 answer for servlet filters that reach the database before any controller (the
   * authentication filters check passwords), in the shape of the engine REST API's errors.
   */
  public static void respondUnavailable(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "30");
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"DatabaseUnavailable\",\"message\":\""
        + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
