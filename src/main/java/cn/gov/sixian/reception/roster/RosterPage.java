package cn.gov.sixian.reception.roster;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The roster page at {@code /roster/} (static files under {@code META-INF/resources/roster/}).
 * The page holds no data; the API it calls checks the webapp login and who may change what.
 */
@Configuration(proxyBeanMethods = false)
class RosterPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/roster/").setViewName("forward:/roster/index.html");
    registry.addRedirectViewController("/roster", "/roster/");
  }
}
