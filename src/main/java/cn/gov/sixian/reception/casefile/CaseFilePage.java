package cn.gov.sixian.reception.casefile;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The standalone case page at {@code /case-file/} (static files under
 * {@code META-INF/resources/case-file/}): the folder's address serves its index, so links stay
 * short ({@code /case-file/?caseNumber=…}). The page holds no data; the API it calls checks the
 * webapp login.
 */
@Configuration(proxyBeanMethods = false)
class CaseFilePage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/case-file/").setViewName("forward:/case-file/index.html");
    registry.addRedirectViewController("/case-file", "/case-file/");
  }
}
