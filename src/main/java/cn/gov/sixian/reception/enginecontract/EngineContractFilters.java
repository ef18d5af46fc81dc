package cn.gov.sixian.reception.enginecontract;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters of the domain contract in front of the engine APIs. */
@Configuration(proxyBeanMethods = false)
class EngineContractFilters {

  /** After the login filters (login/LoginConfiguration, {@code HIGHEST_PRECEDENCE + 10}). */
  static final int AFTER_AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 20;

  /** Second line of the task-query expression guard, in front of both engine APIs. */
  @Bean
  FilterRegistrationBean<TaskQueryRequestGuard> taskQueryRequestGuard() {
    FilterRegistrationBean<TaskQueryRequestGuard> registration =
        new FilterRegistrationBean<>(new TaskQueryRequestGuard());
    registration.setName("taskQueryRequestGuard");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(AFTER_AUTHENTICATION);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WorkerEndpointGuard> workerEndpointGuard() {
    FilterRegistrationBean<WorkerEndpointGuard> registration =
        new FilterRegistrationBean<>(new WorkerEndpointGuard());
    registration.setName("workerEndpointGuard");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(AFTER_AUTHENTICATION);
    return registration;
  }
}
