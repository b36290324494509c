package vn.mttq.sangtao.support;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Deploys a one-task test process and starts it for a unit's group, to check who sees which task. */
public final class TaskVisibilityProbe {

  public static final String KEY = "taskVisibilityProbe";

  private TaskVisibilityProbe() {
  }

  public static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("probe").enableDuplicateFiltering(false)
        .addClasspathResource("probe/taskVisibilityProbe.bpmn")
        .addClasspathResource("probe/taskVisibilityProbe.form").deploy();
  }

  public static ProcessInstance start(ProcessEngine engine, String candidateGroup, String unitName) {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY,
        Map.of("candidateGroup", candidateGroup, "unitName", unitName));
  }
}
