package cn.gov.sixian.reception.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.Set;
import org.slf4j.Marker;

/**
 * Keeps callers' input errors out of the error log. The engine logs every failed command at ERROR
 * with a stack trace ("ENGINE-16004"), and the engine REST API logs every answer it gives as a 500
 * at WARN with another ("ENGINE-REST-HTTP500", also for a start the application then answers with
 * 400). A form filled in wrongly, or a condition evaluation with nothing to start, is answered with
 * a 400 and is not an operational problem, so those events are dropped. Every other engine error
 * still logs.
 */
public class StaffInputErrorLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  static final String ENGINE_REST_LOGGER = "org.camunda.bpm.engine.rest.exception";
  private static final Set<String> LOGGERS = Set.of(ENGINE_CONTEXT_LOGGER, ENGINE_REST_LOGGER);
  /** "No subscriptions were found during evaluation of the conditional start events." */
  static final String NOTHING_TO_START = "ENGINE-13043";

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!LOGGERS.contains(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    // the engine logs with SLF4J parameters: the exception comes as the last parameter
    Throwable error = t;
    if (error == null && params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last) {
      error = last;
    }
    return error != null && isCallersError(error) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean isCallersError(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof InvalidInputException
          || cause.getMessage() != null && cause.getMessage().startsWith(NOTHING_TO_START)) {
        return true;
      }
    }
    return false;
  }
}
