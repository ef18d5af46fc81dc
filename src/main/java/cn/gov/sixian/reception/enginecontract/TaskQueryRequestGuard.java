package cn.gov.sixian.reception.enginecontract;

import cn.gov.sixian.reception.web.BufferedRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Second line behind {@link TaskQueryExpressionGuard}: refuses, before they reach the engine,
 * task-query requests (REST and the webapps' engine API: {@code …/task}, {@code …/task/count},
 * {@code …/filter/{id}/list|count|singleResult}) whose parameters or JSON body name an
 * expression ({@code …Expression}), at any depth of the body, so in {@code orQueries} too.
 * Saving filters is left to the engine-level guard (administrators may store expressions).
 */
final class TaskQueryRequestGuard extends OncePerRequestFilter {

  private static final Pattern QUERY_PATH =
      Pattern.compile(".*/(task(/count)?|filter/[^/]+/(list|count|singleResult))/?$");
  private static final Pattern EXPRESSION_KEY = Pattern.compile("\"[A-Za-z]+Expression\"\\s*:");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !QUERY_PATH.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (Collections.list(request.getParameterNames()).stream()
        .anyMatch(name -> name.endsWith("Expression"))) {
      refuse(response);
      return;
    }
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    // bounded by web/BodySizeLimit, which runs first
    byte[] body = request.getInputStream().readAllBytes();
    if (EXPRESSION_KEY.matcher(new String(body, StandardCharsets.UTF_8)).find()) {
      refuse(response);
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"type\":\"ExpressionRefused\",\"message\":\""
        + TaskQueryExpressionGuard.REFUSED + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
