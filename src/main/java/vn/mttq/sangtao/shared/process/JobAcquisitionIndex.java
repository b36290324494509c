package vn.mttq.sangtao.shared.process;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The job executor acquires due jobs by due date ({@code job-executor-acquire-by-due-date}); this index on the
 * engine's job table lets the database find them without reading every waiting timer. At national scale tens of
 * thousands of report reminders wait in that table, most of them not yet due. The engine creates its own tables, so
 * the index is added once they exist rather than by a Flyway migration.
 */
@Component
class JobAcquisitionIndex {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

  private final JdbcTemplate jdbc;

  JobAcquisitionIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void onEngineReady(PostDeployEvent event) {
    jdbc.execute("create index if not exists IX_SANGTAO_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");
    LOG.debug("Job acquisition index on ACT_RU_JOB (DUEDATE_) in place");
  }
}
