package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import cn.gov.sixian.reception.deployment.OncePerDatabase;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Narrows the grants an earlier version wrote, so that a database carried over holds no more
 * rights than a new one: per-task UPDATE (Camunda's default for candidate groups and assignees)
 * becomes TASK_WORK and TASK_ASSIGN (enginecontract/TaskWorkAuthorizationProvider), and per-case UPDATE
 * on a supervision slip's instance (once given to the unit for answering by message) goes.
 * Grants of administrators and the standing grants on all resources ({@code *}) are left alone.
 * Idempotent; done once per database ({@link OncePerDatabase}): the scan reads every task grant.
 */
@Component
@Order(DeploymentOrder.GROUPS + 2)
class LegacyGrantNarrowing implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LegacyGrantNarrowing.class);
  private static final int PAGE = 500;

  static final String ONCE = "legacy-grant-narrowing";

  private final AuthorizationService authorizationService;
  private final OncePerDatabase once;

  LegacyGrantNarrowing(AuthorizationService authorizationService, OncePerDatabase once) {
    this.authorizationService = authorizationService;
    this.once = once;
  }

  @Override
  public void run(ApplicationArguments args) {
    once.run(ONCE, this::narrowAll);
  }

  void narrowAll() {
    int tasks = narrow(Resources.TASK, true);
    int instances = narrow(Resources.PROCESS_INSTANCE, false);
    if (tasks + instances > 0) {
      log.info("Narrowed {} task grants (UPDATE to TASK_WORK, TASK_ASSIGN) and {} case grants "
          + "(UPDATE removed) written by an earlier version", tasks, instances);
    }
  }

  private int narrow(Resources resource, boolean toTaskWork) {
    int narrowed = 0;
    int skipped = 0;
    while (true) {
      List<Authorization> page = authorizationService.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .resourceType(resource)
          .hasPermission(Permissions.UPDATE)
          .orderByResourceId().asc()
          .listPage(skipped, PAGE);
      if (page.isEmpty()) {
        return narrowed;
      }
      for (Authorization grant : page) {
        if (Authorization.ANY.equals(grant.getResourceId())
            || ReceptionGroups.ADMINISTRATORS.equals(grant.getGroupId())) {
          skipped++;
          continue;
        }
        grant.removePermission(Permissions.UPDATE);
        if (toTaskWork) {
          grant.addPermission(Permissions.TASK_WORK);
          grant.addPermission(Permissions.TASK_ASSIGN);
        }
        authorizationService.saveAuthorization(grant);
        narrowed++;
      }
    }
  }
}
