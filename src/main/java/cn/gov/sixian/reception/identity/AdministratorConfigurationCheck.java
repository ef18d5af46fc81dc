package cn.gov.sixian.reception.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops start-up before anything else happens (database, engine) when a run without demo users
 * has no administrator configured, with a message that names the variables to set.
 */
public class AdministratorConfigurationCheck implements EnvironmentPostProcessor, Ordered {

  static final String MESSAGE =
      "No administrator configured. Set the environment variables RECEPTION_ADMIN_USER and"
          + " RECEPTION_ADMIN_PASSWORD (the account is created at first start), or run the"
          + " default profile for demo users.";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    boolean demoUsers =
        environment.getProperty("reception.identity.demo-users", Boolean.class, false);
    if (!demoUsers
        && (isBlank(environment.getProperty("reception.identity.admin-user"))
            || isBlank(environment.getProperty("reception.identity.admin-password")))) {
      throw new IllegalStateException(MESSAGE);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** After the configuration files and profiles have been read. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
