package cn.gov.sixian.reception.web;

import jakarta.servlet.ServletContext;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * No WADL: Jersey describes every resource, parameter and type of an API to anyone who asks
 * ({@code OPTIONS} on any address, {@code …/application.wadl}). The engine REST API's clients
 * use Camunda's documentation, not WADL, and the description only helps someone probing the
 * server. Off for the engine REST API ({@code /engine-rest}, Camunda's Jersey configuration in
 * Spring Boot) and for the webapps' own Jersey APIs ({@code /camunda/api/*}), which Jersey
 * configures from the servlet context's attributes.
 */
@Component
class NoWadl implements ResourceConfigCustomizer, ServletContextInitializer {

  @Override
  public void customize(ResourceConfig config) {
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    servletContext.setAttribute(ServerProperties.WADL_FEATURE_DISABLE, "true");
  }
}
