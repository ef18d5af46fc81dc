package cn.gov.sixian.reception.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request is served before the application is ready. Tomcat accepts connections before the
 * start-up work ({@code ApplicationRunner}s: models, users, grants, and on a first default run
 * the demo data, which moves the engine clock for the whole JVM while it generates) is done;
 * Spring Boot's readiness stays {@code REFUSING_TRAFFIC} until then. While it does, every
 * request but the health endpoint gets {@code 503} with {@code Retry-After} and a Chinese
 * message: JSON for the APIs, a page that reloads itself for a browser. So no case is registered
 * on a simulated clock, and no one meets a half-started application.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessGate {

  static final String STARTING = "系统正在启动，暂不能办理，请稍后再试。";
  static final String STOPPING = "系统正在停止运行，暂不能办理，请稍后再试。";
  static final int RETRY_AFTER_SECONDS = 10;

  @Bean
  FilterRegistrationBean<GateFilter> readinessGateFilter(ApplicationAvailability availability) {
    FilterRegistrationBean<GateFilter> registration =
        new FilterRegistrationBean<>(new GateFilter(availability));
    registration.setName("readinessGate");
    registration.addUrlPatterns("/*");
    // the first filter of all: nothing behind it runs for a refused request
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class GateFilter extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    GateFilter(ApplicationAvailability availability) {
      this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
          || path(request).startsWith("/actuator/")) {
        chain.doFilter(request, response);
        return;
      }
      // readiness has never changed while starting; once ready, only shutting down refuses
      String message = availability.getLastChangeEvent(ReadinessState.class) == null
          ? STARTING : STOPPING;
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      response.setHeader("Cache-Control", "no-store");
      if (wantsPage(request)) {
        response.setContentType("text/html;charset=UTF-8");
        write(response, page(message));
      } else {
        response.setContentType("application/json;charset=UTF-8");
        write(response, "{\"type\":\"ServiceUnavailable\",\"message\":\"" + message + "\"}");
      }
    }

    private static String path(HttpServletRequest request) {
      return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A browser opening a page; the APIs answer JSON whatever they are asked for. */
    private static boolean wantsPage(HttpServletRequest request) {
      String path = path(request);
      String accept = request.getHeader("Accept");
      return !path.startsWith("/api/") && !path.startsWith("/engine-rest/")
          && !path.startsWith("/camunda/api/") && accept != null && accept.contains("text/html");
    }

    private static String page(String message) {
      return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
          + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
          + "<title>请稍候</title></head><body><h1>" + message + "</h1>"
          + "<p>本页将在" + RETRY_AFTER_SECONDS + "秒后自动刷新。</p><p>（HTTP 503）</p></body></html>";
    }

    private static void write(HttpServletResponse response, String body) throws IOException {
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
  }
}
