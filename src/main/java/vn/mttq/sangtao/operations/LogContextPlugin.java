package vn.mttq.sangtao.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * What a log line says of who and what: the engine names the process instance and business key in the log context
 * while it works on one ({@code processInstanceId}, {@code businessKey}); whoever the engine is told the request acts
 * for is the line's {@code user}; and each completed user task is logged, one line naming the task, its instance, its
 * business key and the user. Ids and codes only: no name, address or text a citizen typed.
 */
@Component
class LogContextPlugin extends AbstractProcessEnginePlugin {

  static final String PROCESS_INSTANCE = "processInstanceId";
  static final String BUSINESS_KEY = "businessKey";
  private static final Logger LOG = LoggerFactory.getLogger("vn.mttq.sangtao.tasks");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoggingContextProcessInstanceId(PROCESS_INSTANCE);
    configuration.setLoggingContextBusinessKey(BUSINESS_KEY);
    configuration.setIdentityService(new UserInLogContext());
    List<BpmnParseListener> listeners = new ArrayList<>(Optional.ofNullable(
        configuration.getCustomPostBPMNParseListeners()).orElse(List.of()));
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, LogContextPlugin::logCompletion);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  static void logCompletion(DelegateTask task) {
    String instance = MDC.get(PROCESS_INSTANCE);
    String key = MDC.get(BUSINESS_KEY);
    try {
      MDC.put(PROCESS_INSTANCE, task.getProcessInstanceId());
      String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
      if (businessKey != null) {
        MDC.put(BUSINESS_KEY, businessKey);
      }
      LOG.info("Task {} ({}) completed by {}", task.getTaskDefinitionKey(), task.getId(),
          Optional.ofNullable(MDC.get(RequestLogContext.USER)).orElse("the system"));
    } finally {
      restore(PROCESS_INSTANCE, instance);
      restore(BUSINESS_KEY, key);
    }
  }

  private static void restore(String name, String value) {
    if (value == null) {
      MDC.remove(name);
    } else {
      MDC.put(name, value);
    }
  }

  /**
   * The engine's identity service, which also puts the user the engine is told of in the log context; the request's
   * filter ({@link RequestLogContext}) takes it out when the request ends, so that system work done within a request
   * (the engine's authentication cleared for a moment) is still logged as that request's user's.
   */
  static final class UserInLogContext extends IdentityServiceImpl {

    @Override
    public void setAuthentication(Authentication authentication) {
      super.setAuthentication(authentication);
      if (authentication != null && authentication.getUserId() != null) {
        MDC.put(RequestLogContext.USER, authentication.getUserId());
      }
    }

    /** Outside a request (a job, a start-up task) the user leaves the log context with the authentication. */
    @Override
    public void clearAuthentication() {
      super.clearAuthentication();
      if (MDC.get(RequestLogContext.REQUEST_ID) == null) {
        MDC.remove(RequestLogContext.USER);
      }
    }
  }
}
