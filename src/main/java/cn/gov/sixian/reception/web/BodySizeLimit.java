package cn.gov.sixian.reception.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds request bodies of the APIs ({@code /api/*}, {@code /engine-rest/*}, the webapps'
 * {@code /camunda/api/*}) to {@code reception.http.max-body-bytes} (default 1 MB): nothing the
 * application takes comes near it (a registration is a few KB, a deployment of every model about
 * 300 KB), and without a bound one request could fill the memory a JSON body is parsed into. A
 * declared Content-Length over the bound is refused before anything is read; a chunked body is
 * read up to the bound and refused once it exceeds it. Both get 413 with a Chinese message,
 * before authentication and before anything is saved.
 *
 * <p>Tomcat's own bounds follow the same property: a form's parameters
 * ({@code maxPostSize}, which Tomcat reads itself, bypassing this filter, for a chunked form)
 * and how much of a refused body it reads before closing the connection ({@code
 * maxSwallowSize}: twice the largest bound, so a client slightly over it still reads its 413).
 *
 * <p>An upload address may declare a larger bound for its multipart POSTs ({@link
 * UploadAllowance}, e.g. the materials of a case): only there, and only for multipart bodies, the
 * allowance replaces the general bound.
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

  static final long DEFAULT_MAX_BYTES = 1024 * 1024;
  /** The first filter of these paths, in front of authentication and the request guards. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

  private final long maxBytes;
  private final List<UploadAllowance> allowances;

  BodySizeLimit(@Value("${reception.http.max-body-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes,
      ObjectProvider<UploadAllowance> allowances) {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException(
          "reception.http.max-body-bytes must be between 1 and " + Integer.MAX_VALUE / 2);
    }
    this.maxBytes = maxBytes;
    this.allowances = allowances.orderedStream().toList();
  }

  @Bean
  FilterRegistrationBean<LimitFilter> bodySizeLimitFilter() {
    FilterRegistrationBean<LimitFilter> registration =
        new FilterRegistrationBean<>(new LimitFilter(maxBytes, allowances));
    registration.setName("bodySizeLimit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatBodyLimits() {
    return factory -> factory.addConnectorCustomizers(connector -> {
      connector.setMaxPostSize((int) maxBytes);
      if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
        long largest = allowances.stream().mapToLong(UploadAllowance::maxBytes)
            .reduce(maxBytes, Math::max);
        http.setMaxSwallowSize((int) Math.min(Integer.MAX_VALUE, 2 * largest));
      }
    });
  }

  /** "1 MB", "512 KB" or "1000 字节", for the message. */
  static String size(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " 字节";
  }

  static String message(long maxBytes) {
    return "请求内容过大：最多" + size(maxBytes) + "，本次请求未予受理。";
  }

  static final class LimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final List<UploadAllowance> allowances;

    LimitFilter(long maxBytes) {
      this(maxBytes, List.of());
    }

    LimitFilter(long maxBytes, List<UploadAllowance> allowances) {
      this.maxBytes = maxBytes;
      this.allowances = List.copyOf(allowances);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      UploadAllowance allowance = allowances.stream()
          .filter(a -> a.appliesTo(request.getMethod(), path, request.getContentType()))
          .findFirst().orElse(null);
      if (allowance != null) {
        if (request.getContentLengthLong() > allowance.maxBytes()) {
          refuse(response, allowance.message());
          return;
        }
        // a chunked upload is read by the servlet's multipart parsing, bounded to the same size
        chain.doFilter(request, response);
        return;
      }
      if (request.getContentLengthLong() > maxBytes) {
        refuse(response, message(maxBytes));
        return;
      }
      // no length given but a body follows (chunked): read at most one byte past the bound; a
      // form is left to Tomcat, which reads its parameters itself (bounded by maxPostSize)
      if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null
          && !isForm(request)) {
        byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
        if (body.length > maxBytes) {
          refuse(response, message(maxBytes));
          return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
      String type = request.getContentType();
      return type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded");
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(("{\"message\":\"" + message + "\"}")
          .getBytes(StandardCharsets.UTF_8));
    }
  }
}
