package vn.mttq.sangtao.shared.cluster;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * Names the node in the jobs it holds: the job executor locks a job under "host/1a2b3c4d" (the engine's host name, as
 * the job log records it, and a part of its own that a restart changes) instead of a bare random id, so that an
 * operator who sees a job locked in the database or in Cockpit knows which node holds it.
 */
@Component
public class NodeLockOwner extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null && configuration.getHostname() != null) {
      jobExecutor.setLockOwner(configuration.getHostname() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }
  }
}
