package cn.gov.sixian.reception.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer of the project's API ({@code /api/*}), errors and refusals included:
 * the answers carry personal data (cases, petitioners, the monthly report), so no cache keeps
 * them ({@code no-store}); a browser takes them for what their content type says, never
 * guessing HTML in a JSON answer ({@code nosniff}); and no other site may show them in a frame
 * (the monthly report opens in a tab of its own).
 */
@Configuration(proxyBeanMethods = false)
class ApiResponseHeaders {

  /** Before authentication, so a 401 or 403 carries them too. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

  @Bean
  FilterRegistrationBean<HeaderFilter> apiResponseHeadersFilter() {
    FilterRegistrationBean<HeaderFilter> registration = new FilterRegistrationBean<>(new HeaderFilter());
    registration.setName("apiResponseHeaders");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  static final class HeaderFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
      chain.doFilter(request, response);
    }
  }
}
