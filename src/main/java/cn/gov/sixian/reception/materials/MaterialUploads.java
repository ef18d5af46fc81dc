package cn.gov.sixian.reception.materials;

import cn.gov.sixian.reception.web.UploadAllowance;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Multipart parsing for the one address that takes files, {@code POST
 * /api/cases/{caseNumber}/materials}, and nowhere else: Spring Boot's own multipart support stays
 * off ({@code spring.servlet.multipart.enabled: false}), so every other address of {@code /api}
 * keeps answering a multipart body with 415 unparsed. Three bounds agree on one size, {@code
 * reception.materials.max-bytes} plus 64 KB for the form around the file: the body size filter's
 * allowance for this path (a declared length over it is refused unread), the servlet's multipart
 * configuration (a chunked body over it fails while it is read) and the service's own check of
 * the file (413 naming {@code file}).
 */
@Configuration(proxyBeanMethods = false)
class MaterialUploads {

  /** The upload path, without the context path; case numbers hold no slash. */
  static final Pattern UPLOAD_PATH = Pattern.compile("/api/cases/[^/]+/materials");
  /** Files up to this size stay in memory while the request is parsed, larger ones in a temp file. */
  static final int IN_MEMORY_BYTES = 1024 * 1024;

  @Bean
  UploadAllowance materialUploadAllowance(MaterialsProperties properties) {
    return new UploadAllowance(UPLOAD_PATH, properties.maxRequestBytes(),
        CaseMaterials.tooLargeMessage(properties.maxBytes()));
  }

  /** Set on the DispatcherServlet by Spring Boot: Tomcat parses parts only within these bounds. */
  @Bean
  MultipartConfigElement multipartConfigElement(MaterialsProperties properties) {
    return new MultipartConfigElement("", properties.maxRequestBytes(),
        properties.maxRequestBytes(), IN_MEMORY_BYTES);
  }

  /**
   * The DispatcherServlet's resolver (found by this bean name): multipart only for the upload
   * path; parsed lazily, when the controller asks for the file, so that a size or format error
   * reaches the controller's own error answers.
   */
  @Bean(name = "multipartResolver")
  MultipartResolver multipartResolver() {
    StandardServletMultipartResolver resolver = new StandardServletMultipartResolver() {
      @Override
      public boolean isMultipart(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && super.isMultipart(request)
            && UPLOAD_PATH.matcher(path).matches();
      }
    };
    resolver.setResolveLazily(true);
    resolver.setStrictServletCompliance(true); // multipart/form-data only, as the allowance
    return resolver;
  }
}
