package vn.mttq.sangtao.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The engine answers a query on its own tables and, where this node runs jobs, its job executor is acquiring: a node
 * whose job executor stopped would let its share of the timers wait.
 */
@Component("engine")
class EngineHealth extends AbstractHealthIndicator {

  private final ProcessEngine engine;
  private final boolean jobsExpected;

  EngineHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobsExpected) {
    super("The engine does not answer");
    this.engine = engine;
    this.jobsExpected = jobsExpected;
  }

  /** DOWN when the engine's query fails (the database is away): {@link AbstractHealthIndicator} says why. */
  @Override
  protected void doHealthCheck(Health.Builder health) {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean acquiring = jobs != null && jobs.isActive();
    if (jobsExpected && !acquiring) {
      health.down();
    } else {
      health.up();
    }
    health.withDetail("name", engine.getName()).withDetail("deployments", deployments)
        .withDetail("jobExecutor", jobsExpected ? (acquiring ? "acquiring" : "stopped") : "off on this node");
  }
}
