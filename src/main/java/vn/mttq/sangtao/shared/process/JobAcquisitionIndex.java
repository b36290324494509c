package vn.mttq.sangtao.shared.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executor acquires due jobs by due date ({@code job-executor-acquire-by-due-date}); this index on the
 * engine's job table lets the database find them without reading every waiting timer. At national scale a hundred
 * thousand report reminders wait in that table, most of them not yet due: without the index each acquisition reads
 * the whole table. The engine creates its own tables while it is built, so the index is added right after (an engine
 * plugin), not by a Flyway migration.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

  /** The index's name, as the database reports it (upper case). */
  public static final String NAME = "IX_SANGTAO_JOB_DUEDATE";

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  private final JdbcTemplate jdbc;

  JobAcquisitionIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    jdbc.execute("create index if not exists " + NAME + " on ACT_RU_JOB (DUEDATE_)");
    LOG.debug("Job acquisition index on ACT_RU_JOB (DUEDATE_) in place");
  }
}
