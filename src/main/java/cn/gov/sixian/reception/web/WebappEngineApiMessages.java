package cn.gov.sixian.reception.web;

import cn.gov.sixian.reception.process.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine API that Tasklist and Cockpit call ({@code /camunda/api/engine/*}) is a separate
 * JAX-RS application inside the webapps; its error answers are rewritten here the same way as
 * the public engine REST API's ({@link EngineRestMessages}), so Tasklist shows the Chinese text:
 * the start form and task forms refused by a listener answer 400 with its bare message.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApiMessages {

  @Bean
  FilterRegistrationBean<TranslatingFilter> webappEngineApiMessagesFilter() {
    FilterRegistrationBean<TranslatingFilter> registration =
        new FilterRegistrationBean<>(new TranslatingFilter());
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  static final class TranslatingFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
      InvalidInputException input;
      EngineInputErrors.listen();
      try {
        chain.doFilter(request, cached);
      } finally {
        input = EngineInputErrors.stopListening();
      }
      if (cached.getStatus() >= 400 && rewrite(cached, input)) {
        return;
      }
      cached.copyBodyToResponse();
    }

    /** True when the error was replaced and written. */
    private static boolean rewrite(ContentCachingResponseWrapper cached, InvalidInputException input)
        throws IOException {
      if (cached.getContentType() != null && EngineRestMessages.isJacksonsPlainAnswer(
          cached.getStatus(), MediaType.valueOf(cached.getContentType()))) {
        ObjectNode error = JSON.createObjectNode()
            .put("type", EngineRestMessages.INVALID_REQUEST_TYPE).put("message", EngineRestMessages.NOT_JSON);
        write(cached, 400, error);
        return true;
      }
      JsonNode body;
      try {
        body = JSON.readTree(cached.getContentAsByteArray());
      } catch (IOException notJson) {
        return false;
      }
      if (body == null || !body.isObject() || !body.hasNonNull("message")) {
        return false;
      }
      EngineRestMessages.Translation translation = input != null
          ? EngineRestMessages.of(input)
          : EngineRestMessages.translate(body.path("type").asText(null), body.get("message").asText());
      if (translation == null) {
        return false;
      }
      if (input != null) {
        ((ObjectNode) body).put("type", EngineRestMessages.INPUT_ERROR_TYPE);
      }
      ((ObjectNode) body).put("message", translation.message());
      write(cached, translation.status(), body);
      return true;
    }

    private static void write(ContentCachingResponseWrapper cached, int status, JsonNode body)
        throws IOException {
      byte[] rewritten = JSON.writeValueAsBytes(body);
      cached.resetBuffer();
      cached.setStatus(status);
      cached.setCharacterEncoding(StandardCharsets.UTF_8.name());
      cached.setContentType("application/json");
      cached.setContentLength(rewritten.length);
      cached.getOutputStream().write(rewritten);
      cached.copyBodyToResponse();
    }
  }
}
