package cn.gov.sixian.reception.access;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import cn.gov.sixian.reception.deployment.OncePerDatabase;
import java.util.Collection;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project's copy of "which group may read which case" (table {@code case_reader}, V8): the
 * case search filters by it instead of joining the engine's authorization table on every search.
 * {@link CaseVisibility} adds a row in the engine's transaction whenever it grants a group READ on
 * a case's instance, so both agree; at start the rows of cases granted before the table existed are
 * copied from the engine's grants (idempotent), once per database ({@link OncePerDatabase}): the
 * copy joins every case with every per-case grant.
 */
@Component
@Order(DeploymentOrder.GROUPS + 3)
class CaseReaders implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CaseReaders.class);

  static final String ONCE = "case-readers-from-grants";

  private final JdbcTemplate jdbc;
  private final OncePerDatabase once;
  private volatile Boolean postgres;

  CaseReaders(JdbcTemplate jdbc, OncePerDatabase once) {
    this.jdbc = jdbc;
    this.once = once;
  }

  /**
   * The group may read the case whose joint-reception instance is one of {@code instanceIds} (a
   * task's instance and its root); nothing for instances that are not a case of the register.
   */
  void add(String group, Collection<String> instanceIds) {
    String in = String.join(", ", instanceIds.stream().map(id -> "?").toList());
    Object[] params = new Object[instanceIds.size() + 2];
    params[0] = group;
    int i = 1;
    for (String id : instanceIds) {
      params[i++] = id;
    }
    params[i] = group;
    // several tasks of one case may be created concurrently: never fail on a row already there
    jdbc.update("INSERT INTO case_reader (case_number, group_id)"
        + " SELECT c.case_number, ? FROM petition_case c WHERE c.process_instance_id IN (" + in + ")"
        + " AND NOT EXISTS (SELECT 1 FROM case_reader r WHERE r.case_number = c.case_number"
        + " AND r.group_id = ?)" + onConflict(), params);
  }

  @Override
  public void run(ApplicationArguments args) {
    once.run(ONCE, this::copyFromGrants);
  }

  /** Copies the per-case grants written before this table existed; a no-op afterwards. */
  void copyFromGrants() {
    int added = jdbc.update("INSERT INTO case_reader (case_number, group_id)"
        + " SELECT DISTINCT c.case_number, a.GROUP_ID_ FROM petition_case c"
        + " JOIN ACT_RU_AUTHORIZATION a ON a.RESOURCE_ID_ = c.process_instance_id"
        + " WHERE a.RESOURCE_TYPE_ = ? AND a.TYPE_ = ? AND a.GROUP_ID_ IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM case_reader r WHERE r.case_number = c.case_number"
        + " AND r.group_id = a.GROUP_ID_)" + onConflict(),
        Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), Authorization.AUTH_TYPE_GRANT);
    if (added > 0) {
      log.info("Case readers: {} rows copied from the engine's per-case grants", added);
    }
  }

  /** On PostgreSQL, a row inserted by a concurrent transaction is skipped, not an error. */
  private String onConflict() {
    if (postgres == null) {
      postgres = jdbc.execute((ConnectionCallback<Boolean>) c ->
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
    }
    return postgres ? " ON CONFLICT DO NOTHING" : "";
  }
}
