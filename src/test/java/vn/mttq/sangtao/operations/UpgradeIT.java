package vn.mttq.sangtao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.PostgresTestDatabase;

/**
 * Production's engine tables come from our migrations ({@code V18__CamundaEngine}, Camunda's own scripts) and no node
 * alters a table when it starts ({@code schema-update: false}). A database as the previous release left it (our
 * migrations up to V17, the engine's tables made by the engine itself at its start, two indexes of ours on them) takes
 * this release: the node
 * starts and serves, V18 is recorded, and neither that start nor the next one changes a column or an index; and on
 * an empty database V18 makes the very tables, columns and indexes the engine makes for itself.
 */
class UpgradeIT {

  /** The engine's tables as PostgreSQL describes them: every column with its type, every index with its definition. */
  private static final String ENGINE_SCHEMA = "select 'column ' || table_name || '.' || column_name || ' ' || data_type"
      + " || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable from information_schema.columns"
      + " where table_schema = 'public' and table_name like 'act\\_%' union all select 'index ' || indexdef from"
      + " pg_indexes where schemaname = 'public' and tablename like 'act\\_%' order by 1";

  @Test
  void aDatabaseOfThePreviousReleaseTakesThisOneAndNoStartAltersATable() throws Exception {
    try (EmbeddedPostgres previous = PostgresTestDatabase.startEmbedded();
        EmbeddedPostgres empty = PostgresTestDatabase.startEmbedded()) {
      DataSource previousData = previous.getPostgresDatabase();
      Flyway.configure().dataSource(previousData).locations("classpath:db/migration").target("17").load().migrate();
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
          .createStandaloneProcessEngineConfiguration().setDataSource(previousData)
          .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
          .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
          .setProcessEngineName("previous-release");
      configuration.setMetricsEnabled(false);
      ProcessEngine engine = configuration.buildProcessEngine();
      engine.close();
      // and the two indexes of its own the previous release added to the engine's tables once the engine had made them
      JdbcTemplate before = new JdbcTemplate(previousData);
      before.execute("create index IX_SANGTAO_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
      before.execute("create index IX_SANGTAO_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");
      List<String> previousSchema = before.queryForList(ENGINE_SCHEMA, String.class);
      assertThat(previousSchema).hasSizeGreaterThan(400);

      try (NodeProcess node = NodeProcess.launch("upgrade-empty", empty).awaitReady(Duration.ofMinutes(5))) {
        assertThat(new JdbcTemplate(empty.getPostgresDatabase()).queryForList(ENGINE_SCHEMA, String.class))
            .as("V18 on an empty database makes what the engine makes for itself").isEqualTo(previousSchema);
      }

      for (String start : new String[] {"upgrade-first-start", "upgrade-second-start"}) {
        try (NodeProcess node = NodeProcess.launch(start, previous).awaitReady(Duration.ofMinutes(5))) {
          assertThat(node.get("/engine-rest/task/count", "dn.canbo", BenchmarkApp.DEMO_PASSWORD).statusCode())
              .as(start + " serves\n" + node.tail()).isEqualTo(200);
          assertThat(before.queryForList(ENGINE_SCHEMA, String.class)).as(start + " altered no table")
              .isEqualTo(previousSchema);
        }
      }
      assertThat(before.queryForObject("select count(*) from flyway_schema_history where version = '18' and success",
          Long.class)).isEqualTo(1);
      assertThat(before.queryForList("select version_ from act_ge_schema_log", String.class))
          .as("the engine's own log of its schema: made once, by the previous release")
          .containsExactly(ProductPropertiesUtil.getProductVersion());
    }
  }
}
