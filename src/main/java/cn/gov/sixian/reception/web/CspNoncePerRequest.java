package cn.gov.sixian.reception.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One Content-Security-Policy nonce per page load of Tasklist, Cockpit, Admin and Welcome.
 *
 * <p>Camunda 7.24's header filter ({@code HttpHeaderSecurityFilter} with its
 * {@code ContentSecurityPolicyProvider}) draws a nonce for every answer but parks it in a
 * <em>servlet context</em> attribute, from which the index page filter
 * ({@code ProcessEnginesFilter}) reads it back into the page's script tags. That attribute is
 * shared by all requests, so two loads at the same moment swapped nonces and the browser refused
 * the page's scripts: a blank page. Operaton fixed it (PR 3515) by keeping the nonce on the
 * request. Without forking the webapp jar, this filter does the same: in front of Camunda's
 * filters, it hands them a view of the servlet context in which that one attribute lives on the
 * request, so the header and the page of one answer always carry the same nonce.
 */
@Configuration(proxyBeanMethods = false)
class CspNoncePerRequest {

  static final String NONCE_ATTRIBUTE = ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

  @Bean
  FilterRegistrationBean<NonceFilter> cspNoncePerRequestFilter(CamundaBpmProperties camunda) {
    FilterRegistrationBean<NonceFilter> registration = new FilterRegistrationBean<>(new NonceFilter());
    registration.setName("cspNoncePerRequest");
    // Camunda's filters are mapped after every filter registered here (isMatchAfter), so this
    // one wraps the request before they see it
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
    return registration;
  }

  static final class NonceFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      chain.doFilter(new NonceOnTheRequest(request), response);
    }
  }

  /** The request whose servlet context keeps the nonce attribute on the request. */
  static final class NonceOnTheRequest extends HttpServletRequestWrapper {

    private final ServletContext context;

    NonceOnTheRequest(HttpServletRequest request) {
      super(request);
      ServletContext shared = request.getServletContext();
      this.context = (ServletContext) Proxy.newProxyInstance(
          ServletContext.class.getClassLoader(), new Class<?>[] {ServletContext.class},
          (proxy, method, args) -> isNonceAttribute(method, args)
              ? onTheRequest(request, method, args)
              : invoke(shared, method, args));
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }

    private static boolean isNonceAttribute(Method method, Object[] args) {
      return args != null && args.length > 0 && NONCE_ATTRIBUTE.equals(args[0])
          && method.getName().endsWith("Attribute");
    }

    private static Object onTheRequest(HttpServletRequest request, Method method, Object[] args) {
      switch (method.getName()) {
        case "getAttribute" -> {
          return request.getAttribute(NONCE_ATTRIBUTE);
        }
        case "setAttribute" -> request.setAttribute(NONCE_ATTRIBUTE, args[1]);
        case "removeAttribute" -> request.removeAttribute(NONCE_ATTRIBUTE);
        default -> throw new UnsupportedOperationException(method.getName());
      }
      return null;
    }

    private static Object invoke(ServletContext shared, Method method, Object[] args)
        throws Throwable {
      try {
        return method.invoke(shared, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
