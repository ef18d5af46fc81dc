package cn.gov.sixian.reception.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Stops start-up before anything else happens (database, engine) when a run without demo users
 * has no administrator configured, with a message that names the variables to set; and when a
 * run asks for demo users that its build does not carry (the production jar has no demo users'
 * list, docs/operations.md "Production build").
 */
public class AdministratorConfigurationCheck implements EnvironmentPostProcessor, Ordered {

  static final String MESSAGE =
      "No administrator configured. Set the environment variables RECEPTION_ADMIN_USER and"
          + " RECEPTION_ADMIN_PASSWORD (the account is created at first start), or run the"
          + " default profile for demo users.";

  static final String NO_DEMO_USERS_MESSAGE =
      "This build carries no demo users (production jar), but reception.identity.demo-users is"
          + " true. Run with the postgres profile (SPRING_PROFILES_ACTIVE=postgres) and set"
          + " RECEPTION_ADMIN_USER and RECEPTION_ADMIN_PASSWORD.";

  private final String demoUsersList;

  public AdministratorConfigurationCheck() {
    this(UserInitializer.DEMO_USERS);
  }

  AdministratorConfigurationCheck(String demoUsersList) {
    this.demoUsersList = demoUsersList;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    boolean demoUsers =
        environment.getProperty("reception.identity.demo-users", Boolean.class, false);
    if (demoUsers && !new ClassPathResource(demoUsersList).exists()) {
      throw new IllegalStateException(NO_DEMO_USERS_MESSAGE);
    }
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
