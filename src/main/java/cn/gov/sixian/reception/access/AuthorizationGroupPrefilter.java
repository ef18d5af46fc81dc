package cn.gov.sixian.reception.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the cost of an authenticated engine command flat as the authorization table grows
 * (docs/development.md "Authorization cost with the years").
 *
 * <p>Before its first authorization check in a command, Camunda 7's {@link AuthorizationManager}
 * reads every group id that appears in {@code ACT_RU_AUTHORIZATION}
 * ({@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}) and keeps only the user's
 * groups among them (camunda-bpm-platform issue 5485). The statement reads the whole table: every
 * case leaves its per-task and per-instance grants for the 30 years of retention, so it costs more
 * each year. Keeping only the groups that have grants changes no answer: a group without any
 * authorization row matches no row in the checks that follow. For a user with fewer groups than
 * the threshold, the manager opened here passes the user's groups on as they are and the table is
 * not read; at or above it, Camunda's prefilter runs as before (a long list of groups in the
 * checks' {@code IN} lists may cost more than one read of the group ids). CIBSeven has the same
 * setting ({@code authGroupFilterThreshold}).
 *
 * <p>Nothing is cached: every command decides from its own authentication, so nodes of a cluster
 * and grants changed a moment ago need no invalidation. A threshold of 0 restores Camunda's
 * behaviour.
 */
@Component
class AuthorizationGroupPrefilter extends AbstractProcessEnginePlugin {

  static final String THRESHOLD = "reception.authorization.group-filter-threshold";

  private volatile int threshold;

  AuthorizationGroupPrefilter(@Value("${" + THRESHOLD + ":20}") int threshold) {
    setThreshold(threshold);
  }

  /** Users with fewer groups than this skip the prefilter. */
  int threshold() {
    return threshold;
  }

  /** For the benchmark and tests, which compare with Camunda's behaviour (0) in one run. */
  void setThreshold(int threshold) {
    if (threshold < 0) {
      throw new IllegalArgumentException(THRESHOLD + " must be 0 or more, was " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    // a custom factory of the same session type replaces the engine's own
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new ThresholdAuthorizationManager(AuthorizationGroupPrefilter.this::threshold);
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's manager (one per command) with the prefilter skipped for short group lists. */
  static final class ThresholdAuthorizationManager extends AuthorizationManager {

    private final IntSupplier threshold;

    ThresholdAuthorizationManager(IntSupplier threshold) {
      this.threshold = threshold;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          || authenticatedGroupIds.size() >= threshold.getAsInt()) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      // a modifiable list without duplicates, as the engine's own (MyBatis reads it reflectively)
      return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
          .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
  }
}
