package vn.mttq.sangtao.shared.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Task-local variables leave no history. In this application they are only copies made for a form or a Tasklist
 * column when the task is created (the plan's summary, the prefilled draft, "Kế hoạch", "Đơn vị", "Kỳ"); what a person
 * decides is saved in the business tables by the task's complete listener, and the process-level variables (ids,
 * flags) keep their full history. Without this each copy cost two more rows (ACT_HI_VARINST and ACT_HI_DETAIL) at
 * every task creation: 8 rows per recipient of a cascade, 44 for a recipient's "Xây dựng kế hoạch" prefill.
 */
@Component
public class TaskCopiesWithoutHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new WithoutTaskLocalVariables());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setHistoryEventHandler(new CompositeHistoryEventHandler(handlers));
  }

  /** The engine's own database history, less the history of variables that live on a task. */
  static final class WithoutTaskLocalVariables extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent historyEvent) {
      if (historyEvent instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null) {
        return;
      }
      super.handleEvent(historyEvent);
    }
  }
}
