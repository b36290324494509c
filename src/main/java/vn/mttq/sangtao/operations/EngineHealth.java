package vn.mttq.sangtao.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The engine answers a query on its own tables and, where this node runs jobs, its job executor is acquiring: a node
 * whose job executor stopped would let its share of the timers wait.
 */
@Component("engine")
class EngineHealth implements HealthIndicator {

  private final ProcessEngine engine;
  private final boolean jobsExpected;

  EngineHealth(ProcessEngine engine, @Value("${camunda.bpm.job-execution.enabled:true}") boolean jobsExpected) {
    this.engine = engine;
    this.jobsExpected = jobsExpected;
  }

  @Override
  public Health health() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean acquiring = jobs != null && jobs.isActive();
    Health.Builder health = jobsExpected && !acquiring ? Health.down() : Health.up();
    return health.withDetail("name", engine.getName()).withDetail("deployments", deployments)
        .withDetail("jobExecutor", jobsExpected ? (acquiring ? "acquiring" : "stopped") : "off on this node")
        .build();
  }
}
