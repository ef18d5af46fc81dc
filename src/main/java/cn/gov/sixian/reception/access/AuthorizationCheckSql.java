package cn.gov.sixian.reception.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization check of the task query and the process instance query, written so
 * that the database evaluates it cheaply, with the same answers (docs/decisions/0007, "Checks that
 * cost little" in docs/development.md).
 *
 * <p>Camunda 7 checks a unit user's rows with nested, correlated sub-selects per row (a few
 * index look-ups and sub-plan starts for each row: most of the cost of a unit's Tasklist page
 * with checks on), and the center's rows by joining every row with the user's grants, which
 * multiplies the rows and forces a sort of all of them for {@code DISTINCT} (a supervisor's
 * Cockpit list of running cases). The statements in {@code authorization-checks.xml} keep the
 * engine's own criteria (its fragments are included as they are, with the check switched off in
 * them) and append the same check as a flat {@code CASE} over sets read once per statement (row
 * checks), or as a grant on '*' or the row's id or definition key among the granted ids (the
 * join). The engine is pointed at them through its statement mappings
 * ({@link DbSqlSessionFactory#setStatementMappings}), for H2 and PostgreSQL, the databases this
 * application runs on.
 *
 * <p>Public, as are {@link #ownCheck} and the other helpers: MyBatis calls them from the
 * statements.
 */
@Component
public class AuthorizationCheckSql extends AbstractProcessEnginePlugin {

  static final String MAPPER = "cn/gov/sixian/reception/access/authorization-checks.xml";
  static final String NAMESPACE = "cn.gov.sixian.reception.access.AuthorizationChecks";
  /** The engine's statement names and ours. */
  static final Map<String, String> STATEMENTS = Map.of(
      "selectTaskByQueryCriteria", NAMESPACE + ".receptionSelectTaskByQueryCriteria",
      "selectTaskCountByQueryCriteria", NAMESPACE + ".receptionSelectTaskCountByQueryCriteria",
      "selectProcessInstanceByQueryCriteria",
      NAMESPACE + ".receptionSelectProcessInstanceByQueryCriteria",
      "selectProcessInstanceCountByQueryCriteria",
      NAMESPACE + ".receptionSelectProcessInstanceCountByQueryCriteria");
  private static final Set<String> DATABASES = Set.of("h2", "postgres");
  /** The task criteria's name for the key of a task's process definition. */
  private static final String TASK_DEFINITION_KEY = "D.KEY_";
  private static final AuthorizationCheck NOT_PERFORMED = new AuthorizationCheck();

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!DATABASES.contains(configuration.getDatabaseType())) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    // a shared session factory (one per JVM) may have it already
    synchronized (mybatis) {
      if (!mybatis.isResourceLoaded(MAPPER)) {
        try (InputStream mapper = AuthorizationCheckSql.class.getClassLoader()
            .getResourceAsStream(MAPPER)) {
          if (mapper == null) {
            throw new IllegalStateException(MAPPER + " not found");
          }
          new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    // the engine's map is shared by every engine of the database type: change a copy
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    mappings.putAll(STATEMENTS);
    sessions.setStatementMappings(mappings);
  }

  /**
   * The engine's check if these statements know its shape (atomic checks on row columns, any of
   * which suffices, nothing granted by default), else {@code null}: the engine's own check then
   * stays in force.
   */
  public static AuthorizationCheck ownCheck(AuthorizationCheck check) {
    if (check == null || !check.getShouldPerformAuthorizatioCheck()
        || check.getAuthUserId() == null) {
      return null;
    }
    CompositePermissionCheck permissions = check.getPermissionChecks();
    if (permissions == null || (permissions.getCompositeChecks() != null
        && !permissions.getCompositeChecks().isEmpty())) {
      return null;
    }
    List<PermissionCheck> atomic = permissions.getAtomicChecks();
    if (atomic == null || atomic.isEmpty()
        || (atomic.size() > 1 && !permissions.isDisjunctive())) {
      return null;
    }
    for (PermissionCheck permission : atomic) {
      if (permission.getResourceIdQueryParam() == null || permission.getResourceId() != null
          || permission.getAuthorizationNotFoundReturnValue() != null) {
        return null;
      }
    }
    return check;
  }

  /** Stands in for the engine's check inside its criteria fragment: no check there. */
  public static AuthorizationCheck notPerformed() {
    return NOT_PERFORMED;
  }

  /**
   * The start of the test "the check's column of this row is in the set that follows": the row
   * id as the statement reads it ({@code rowId}), or a column of the row. The task criteria join
   * the process definition ({@code D}) only for the engine's own check; without it, a task's
   * definition key is tested through its definition id: among the definitions whose key is in
   * the set ({@link #inEnd} closes it).
   */
  public static String inStart(String queryParam, String rowId, String tablePrefix) {
    if ("RES.ID_".equals(queryParam)) {
      return rowId + " IN";
    }
    if (TASK_DEFINITION_KEY.equals(queryParam)) {
      return "RES.PROC_DEF_ID_ IN (SELECT D.ID_ FROM " + tablePrefix
          + "ACT_RE_PROCDEF D WHERE D.KEY_ IN";
    }
    return queryParam + " IN";
  }

  /** Closes what {@link #inStart} opened. */
  public static String inEnd(String queryParam) {
    return TASK_DEFINITION_KEY.equals(queryParam) ? ")" : "";
  }
}
