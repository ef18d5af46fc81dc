package cn.gov.sixian.reception.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import cn.gov.sixian.reception.process.InvalidInputException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class StaffInputErrorLogFilterTest {

  final LoggerContext context = new LoggerContext();
  final StaffInputErrorLogFilter filter = new StaffInputErrorLogFilter();

  FilterReply decide(String logger, Throwable t) {
    return filter.decide(null, context.getLogger(logger), Level.ERROR, "ENGINE-16004", null, t);
  }

  @Test
  void dropsTheEnginesReportOfAStaffInputError() {
    InvalidInputException input = new InvalidInputException("phone", "「联系电话」格式不正确。");
    assertThat(decide("org.camunda.bpm.engine.context", input)).isEqualTo(FilterReply.DENY);
    assertThat(decide("org.camunda.bpm.engine.context", new ProcessEngineException("x", input)))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void dropsItAlsoWhenTheExceptionIsALoggingParameter() {
    // how the engine really logs ENGINE-16004: format arguments, the exception last
    InvalidInputException input = new InvalidInputException("phone", "「联系电话」格式不正确。");
    assertThat(filter.decide(null, context.getLogger("org.camunda.bpm.engine.context"), Level.ERROR,
            "{} Exception while closing command context: {}",
            new Object[] {"ENGINE-16004", input.getMessage(), input}, null))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void dropsTheRestLayersWarningAndAConditionWithNothingToStart() {
    InvalidInputException input = new InvalidInputException("idNumber", "「公民身份号码」校验位不正确。");
    // the REST layer wraps it into its own exception for a failed start
    assertThat(decide("org.camunda.bpm.engine.rest.exception", new RuntimeException(
        "Cannot instantiate process definition joint-reception:1:x: " + input.getMessage(), input)))
        .isEqualTo(FilterReply.DENY);
    ProcessEngineException nothingToStart = new ProcessEngineException(
        "ENGINE-13043 No subscriptions were found during evaluation of the conditional start events.");
    assertThat(decide("org.camunda.bpm.engine.context", nothingToStart)).isEqualTo(FilterReply.DENY);
    assertThat(decide("org.camunda.bpm.engine.rest.exception", nothingToStart))
        .isEqualTo(FilterReply.DENY);
    assertThat(decide("org.camunda.bpm.engine.rest.exception", new ProcessEngineException("db down")))
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void keepsEveryOtherError() {
    assertThat(decide("org.camunda.bpm.engine.context", new ProcessEngineException("db down")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("cn.gov.sixian.reception", new InvalidInputException("phone", "x")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("org.camunda.bpm.engine.context", null)).isEqualTo(FilterReply.NEUTRAL);
  }
}
