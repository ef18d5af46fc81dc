package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application's logging configuration, read as logback reads it at start. */
class LogConfigurationTest {

  @Test
  void logsToTheConsoleOnlyThroughTheInputErrorFilter() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));

    List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
    context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders()
        .forEachRemaining(appenders::add);
    // no file: Spring Boot's base.xml would write every line to /tmp/spring.log as well
    assertThat(appenders).singleElement().isInstanceOf(ConsoleAppender.class);
    assertThat(context.getTurboFilterList())
        .hasExactlyElementsOfTypes(StaffInputErrorLogFilter.class);
    context.stop();
  }
}
