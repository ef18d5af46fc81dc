package cn.gov.sixian.reception.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps staff input errors out of the error log. The engine logs every failed command at ERROR
 * with a stack trace ("ENGINE-16004"); a form filled in wrongly is answered with a 400 and is not
 * an operational problem, so those events are dropped. Every other engine error still logs.
 */
public class StaffInputErrorLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!logger.getName().equals(ENGINE_CONTEXT_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    // the engine logs with SLF4J parameters: the exception comes as the last parameter
    Throwable error = t;
    if (error == null && params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last) {
      error = last;
    }
    return error != null && isStaffInputError(error) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean isStaffInputError(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException) {
        return true;
      }
    }
    return false;
  }
}
