package vn.mttq.sangtao.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's due jobs in the calling thread, for tests and benchmarks whose job executor is off. */
public final class EngineJobs {

  private EngineJobs() {
  }

  /** Executes every job due at the engine clock, again and again, until none is left. */
  public static void runDue(ManagementService management) {
    List<Job> due;
    while (!(due = management.createJobQuery().executable().list()).isEmpty()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }
}
