package vn.mttq.sangtao.shared.security;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.mttq.sangtao.shared.process.TaskFormOpening;

/**
 * Runs the {@link TaskFormOpening}s of a task's form before its variables are read. A person who may not read the
 * task refreshes nothing (the read that follows refuses them); two people opening the same task at once refresh it
 * once (the other's write loses the optimistic lock and is dropped); a refresh that fails leaves the values as they
 * were and the form opens with them.
 */
final class FormOpenings {

  private static final Logger LOG = LoggerFactory.getLogger(FormOpenings.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final Supplier<List<TaskFormOpening>> openings;

  FormOpenings(ProcessEngineConfigurationImpl configuration, Supplier<List<TaskFormOpening>> openings) {
    this.configuration = configuration;
    this.openings = openings;
  }

  void opened(String taskId) {
    List<TaskFormOpening> all = openings.get();
    if (all.isEmpty()) {
      return;
    }
    try {
      configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        String formKey = task == null ? null : FormKeys.of(task);
        List<TaskFormOpening> mine = all.stream().filter(o -> o.formKey().equals(formKey)).toList();
        if (mine.isEmpty()) {
          return null;
        }
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          checker.checkReadTask(task);
        }
        mine.forEach(opening -> opening.opened(task));
        return null;
      });
    } catch (AuthorizationException | OptimisticLockingException e) {
      LOG.debug("Task {} opened without a refresh: {}", taskId, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("Task {} opened with the values it had: the refresh failed", taskId, e);
    }
  }
}
