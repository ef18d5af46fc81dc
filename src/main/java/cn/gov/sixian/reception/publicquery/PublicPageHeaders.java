package cn.gov.sixian.reception.publicquery;

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
 * Headers of every answer under {@code /chaxun/}, refusals included: a content security policy
 * that allows the page's own style sheet and form posts to itself and nothing else (no script at
 * all, no frame, no base), nothing cached, no referrer (download paths carry the token), no
 * sniffing, no framing.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageHeaders {

  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self';"
      + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Bean
  FilterRegistrationBean<HeaderFilter> publicPageHeadersFilter() {
    FilterRegistrationBean<HeaderFilter> registration = new FilterRegistrationBean<>(new HeaderFilter());
    registration.setName("publicPageHeaders");
    registration.addUrlPatterns("/chaxun", "/chaxun/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    return registration;
  }

  static final class HeaderFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      response.setHeader("Content-Security-Policy", CSP);
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      response.setHeader("Referrer-Policy", "no-referrer");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
      response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
      chain.doFilter(request, response);
    }
  }
}
