package cn.gov.sixian.reception.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds one index to the engine's authorization table so that the row-by-row authorization checks
 * of a unit user's queries are index-only look-ups (docs/development.md "Performance of unit isolation").
 *
 * <p>Checking row by row (for unit groups, see {@link UnitRowCheckMarkers}), the engine looks up
 * grants and revokes by resource id, then type, resource type, group or user and permissions;
 * Camunda's own index covers the resource id only, so every look-up also reads the table row.
 * Created here, after the engine has created its tables, not by Flyway: Flyway runs before the
 * engine on a fresh database. The statement is the same on PostgreSQL and H2.
 */
@Component
class AuthorizationCheckIndexPlugin extends AbstractProcessEnginePlugin {

  static final String INDEX = "RECEPTION_IDX_AUTH_CHECK";
  private static final Logger log = LoggerFactory.getLogger(AuthorizationCheckIndexPlugin.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    String ddl = "create index if not exists " + INDEX + " on " + table
        + " (RESOURCE_ID_, TYPE_, RESOURCE_TYPE_, GROUP_ID_, USER_ID_, PERMS_)";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(ddl);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // not fatal: checks stay correct, only slower; another node may be creating it right now
      log.warn("Index {} on {} not created: {}", INDEX, table, e.getMessage());
    }
  }
}
