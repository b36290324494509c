package vn.mttq.sangtao.shared.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.springframework.stereotype.Component;

/**
 * What the job executor does with a job its threads cannot take: the acquisition thread runs it itself, and acquires
 * no more meanwhile (the engine's "caller runs"). While many jobs are due the acquisition takes them faster than the
 * threads run them; by the engine's default it then offered the jobs that did not fit again at each of its rounds,
 * without waiting while some fit (in a storm of reminders on two nodes 10 to 80 times per job), and each refusal cost
 * Spring's pool two new exceptions: some 6 % of a node's CPU, and the acquisition thread busy for nothing.
 */
@Component
class JobThreads extends AbstractProcessEnginePlugin {

  /** The starter gives its job executor the engine's default handler: replaced before the executor starts. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
    }
  }
}
