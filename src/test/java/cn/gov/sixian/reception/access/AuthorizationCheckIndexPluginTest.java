package cn.gov.sixian.reception.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The index statement on H2, the default run's database (PostgreSQL: UnitTaskIsolationQueryTest). */
class AuthorizationCheckIndexPluginTest {

  @Test
  void createsTheIndexAfterTheEngineTablesAndToleratesARestart() {
    String url = "jdbc:h2:mem:auth-index-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setProcessEngineName("auth-index-test")
            .setJdbcUrl(url)
            .setJobExecutorActivate(false);
    List<ProcessEnginePlugin> plugins = List.of(new AuthorizationCheckIndexPlugin());
    configuration.setProcessEnginePlugins(plugins);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      // a second start on the same database finds the index there
      new AuthorizationCheckIndexPlugin().postProcessEngineBuild(engine);
      SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
      try {
        assertThat(new JdbcTemplate(dataSource).queryForObject(
            "select count(*) from INFORMATION_SCHEMA.INDEXES where INDEX_NAME = ?", Long.class,
            AuthorizationCheckIndexPlugin.INDEX)).isOne();
      } finally {
        dataSource.destroy();
      }
    } finally {
      engine.close();
    }
  }
}
