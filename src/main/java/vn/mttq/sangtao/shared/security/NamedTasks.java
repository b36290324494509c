package vn.mttq.sangtao.shared.security;

import java.util.List;
import java.util.function.BiFunction;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.shared.web.NotFoundException;

/**
 * Reads a task for the application's API on behalf of whom the model names for it (its assignee, its candidate
 * groups, worked out again from the business record), in one engine command: anyone else is told the task is not
 * theirs, and learns nothing of it.
 */
@Component
public class NamedTasks {

  private final ProcessEngineConfigurationImpl configuration;

  NamedTasks(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /**
   * Applies {@code read} to the task and the key of the form it shows ({@code camunda:formRef}, null for none) when
   * the person is named for it.
   *
   * @throws NotFoundException when there is no such open task
   * @throws ForbiddenException when the person is not named for it
   */
  public <T> T read(String taskId, String userId, List<String> groups, BiFunction<String, DelegateTask, T> read) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        throw new NotFoundException("Không có việc đang mở mã «" + taskId + "».");
      }
      if (userId == null || !TaskPeople.named(task, userId, groups)) {
        throw new ForbiddenException("Việc này không phải của bạn: chỉ người của đơn vị được giao việc mới làm được.");
      }
      return read.apply(FormKeys.of(task), task);
    });
  }

}
