package cn.gov.sixian.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Camunda application on the project's starters (webapps, REST, web, JDBC, actuator, H2),
 * without any of the project's code: the yardstick of {@code StartupBenchmark}. Its package is
 * outside {@code cn.gov.sixian.reception}, so none of the project's components is scanned.
 */
@SpringBootApplication
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
