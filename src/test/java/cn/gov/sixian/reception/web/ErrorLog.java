package cn.gov.sixian.reception.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the application logs while a test's requests run, on the web server's threads. */
final class ErrorLog implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  private ErrorLog() {
    events.start();
    root.addAppender(events);
  }

  static ErrorLog start() {
    return new ErrorLog();
  }

  /** ERROR events logged while serving requests (Tomcat's worker threads: "…-exec-N"). */
  List<String> errors() {
    return serving(Level.ERROR, false);
  }

  /** WARN events with a stack trace logged while serving requests. */
  List<String> warningsWithStackTraces() {
    return serving(Level.WARN, true);
  }

  private List<String> serving(Level level, boolean withStackTrace) {
    return List.copyOf(events.list).stream()
        .filter(e -> e.getThreadName().contains("-exec-") && e.getLevel() == level)
        .filter(e -> !withStackTrace || e.getThrowableProxy() != null)
        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
        .toList();
  }

  @Override
  public void close() {
    root.detachAppender(events);
    events.stop();
  }
}
