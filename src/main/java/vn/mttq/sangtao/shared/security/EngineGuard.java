package vn.mttq.sangtao.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a signed-in person may ask of the engine, whichever door they use (Tasklist, Cockpit, the engine REST API, the
 * application's API): checked before the engine runs the command, in the engine's guarded services. Work the
 * application does itself (jobs, or code that has checked the access policy and acts as the system) carries no
 * authentication and is not limited here.
 * <ul>
 * <li>A process is started only from its start form, from the beginning, with that form's fields and nothing
 * else (no {@code initiator}, no record id, no business key); a process without a start form is the application's
 * own and no person starts it.</li>
 * <li>A task is completed, claimed, commented or given attachments only by whom the model names for it, worked out
 * again from the business record (the candidate groups and assignee expressions read the record, not a variable a
 * person could have set); a completion carries that task form's fields and nothing else.</li>
 * </ul>
 * Refusals are {@link AuthorizationException}s with a Vietnamese message: the engine REST API answers 403.
 */
final class EngineGuard {

  private final ProcessEngineConfigurationImpl configuration;
  private final SubmittedFields fields = new SubmittedFields();
  private final ObjectVariables objectVariables;

  EngineGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    this.objectVariables = new ObjectVariables(configuration);
  }

  /** The signed-in person, or empty for the application's own work. */
  Optional<Authentication> person() {
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? Optional.empty()
        : Optional.of(authentication);
  }

  /** A start by a person: from the start event, through the start form's fields only. */
  void checkStart(String definitionId, String definitionKey, String businessKey, Map<String, ?> variables,
      boolean atChosenActivities) {
    Optional<Authentication> who = person();
    if (who.isEmpty()) {
      return;
    }
    execute(context -> {
      ProcessDefinitionEntity definition = definitionId != null
          ? configuration.getDeploymentCache().findDeployedProcessDefinitionById(definitionId)
          : configuration.getDeploymentCache().findDeployedLatestProcessDefinitionByKey(definitionKey);
      String formId = FormKeys.of(definition.getStartFormDefinition());
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      if (formId == null) {
        throw refused("Quy trình «" + name + "» do hệ thống tự bắt đầu cho hồ sơ của nó; không ai bắt đầu"
            + " được bằng tay.");
      }
      if (atChosenActivities) {
        throw refused("Quy trình «" + name + "» chỉ bắt đầu được từ đầu, qua biểu mẫu của nó.");
      }
      if (businessKey != null && !businessKey.isBlank()) {
        throw refused("Mã nghiệp vụ (business key) do hệ thống đặt; không gửi kèm khi bắt đầu «" + name
            + "».");
      }
      fields.check(context, formId, variables, "biểu mẫu bắt đầu «" + name + "»");
      return null;
    });
  }

  /** A completion (or form submission) by a person: the one the model names for the task, with its form's fields. */
  void checkCompletion(String taskId, Map<String, ?> variables) {
    onOpenTaskOfNamedPerson(taskId, (context, task, who) -> {
      String formId = FormKeys.of(task);
      fields.check(context, formId, variables, "biểu mẫu của việc «" + task.getName() + "»");
    });
  }

  /**
   * A variable written through the API (Cockpit's variable editor, the engine REST API), by anyone signed in, the
   * administrator too: an object variable may name only a type that the engine would turn back into an object (our
   * own classes, the JDK's plain ones); any other, such as {@code java.net.URL}, is refused before it is stored.
   */
  void checkVariableWrite(Map<String, ?> variables) {
    if (variables != null && person().isPresent()) {
      objectVariables.check(variables);
    }
  }

  /** Claiming, commenting, attaching: only whom the model names for the task. */
  void checkWork(String taskId) {
    Optional<Authentication> who = person();
    if (who.isEmpty() || taskId == null) {
      return;
    }
    execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null) {
        requireNamed(task, who.get(), groupsOf(who.get()));
      } else if (context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null
          && configuration.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count() == 0) {
        throw refused("Việc này không phải của bạn.");
      }
      return null;
    });
  }

  /** Giving the task to someone (or back to the group): the giver works on it, the taker could too. */
  void checkAssign(String taskId, String userId) {
    onOpenTaskOfNamedPerson(taskId, (context, task, who) -> {
      if (userId != null && !userId.equals(who.getUserId()) && !TaskPeople.named(task, userId, groupsOf(userId))) {
        throw refused("Chỉ giao được việc này cho người của đơn vị được giao việc.");
      }
    });
  }

  /** Refuses a person the model does not name for the open task, then checks what they ask (a gone task passes). */
  private void onOpenTaskOfNamedPerson(String taskId, OpenTaskCheck check) {
    Optional<Authentication> who = person();
    if (who.isEmpty()) {
      return;
    }
    execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task != null) {
        requireNamed(task, who.get(), groupsOf(who.get()));
        check.check(context, task, who.get());
      }
      return null;
    });
  }

  private interface OpenTaskCheck {
    void check(CommandContext context, TaskEntity task, Authentication who);
  }

  /** An attachment by id: its task's people only; one not on a task is nobody's to touch through the API. */
  void checkAttachment(String attachmentId) {
    Optional<Authentication> who = person();
    if (who.isEmpty()) {
      return;
    }
    String taskId = execute(context -> {
      AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
      return attachment == null ? null : Optional.ofNullable(attachment.getTaskId()).orElse("");
    });
    if ("".equals(taskId)) {
      throw refused("Tệp đính kèm này không thuộc việc nào của bạn.");
    }
    checkWork(taskId);
  }

  /** A comment or attachment given with both a task and a process instance must be the task's own instance. */
  void checkSameInstance(String taskId, String processInstanceId) {
    Optional<Authentication> who = person();
    if (who.isEmpty()) {
      return;
    }
    if (taskId == null) {
      throw refused("Ý kiến và tệp đính kèm chỉ ghi được vào một việc đang làm, không vào cả quy trình.");
    }
    if (processInstanceId != null) {
      String own = execute(context -> {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        return task == null ? null : task.getProcessInstanceId();
      });
      if (own != null && !own.equals(processInstanceId)) {
        throw refused("Việc này không thuộc quy trình đã ghi.");
      }
    }
  }

  /**
   * A task of a running process ends by being done, not deleted: the engine would refuse deep inside with an English
   * message and HTTP 500. A task that does not exist is the engine's own 404.
   */
  void checkDeletion(String taskId) {
    boolean ofAProcess = execute(context -> context.runWithoutAuthorization(() -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task != null && (task.getExecutionId() != null || task.getCaseExecutionId() != null);
    }));
    if (ofAProcess) {
      throw new org.camunda.bpm.engine.exception.NotValidException("Việc này thuộc một quy trình đang chạy: việc"
          + " kết thúc khi được làm xong, không xóa riêng được.");
    }
  }

  /** What no person does through the API (raising a model's error or escalation, changing who a task is for). */
  void refuse(String message) {
    Optional<Authentication> who = person();
    if (who.isPresent()) {
      throw refused(message);
    }
  }

  /** Administrators operate the engine (repair in Cockpit); they do no unit's work. */
  boolean isAdministrator() {
    return person().map(a -> groupsOf(a).contains(Groups.CAMUNDA_ADMIN)).orElse(false);
  }

  private static void requireNamed(TaskEntity task, Authentication who, Collection<String> groups) {
    if (!TaskPeople.named(task, who.getUserId(), groups)) {
      // says nothing of the task: whoever asks may not even read it
      throw refused("Việc này không phải của bạn: chỉ người của đơn vị được giao việc mới làm được.");
    }
  }

  private List<String> groupsOf(Authentication who) {
    if (who.getGroupIds() != null && !who.getGroupIds().isEmpty()) {
      return who.getGroupIds();
    }
    return groupsOf(who.getUserId());
  }

  private List<String> groupsOf(String userId) {
    return execute(context -> context.runWithoutAuthorization(() -> configuration.getIdentityService()
        .createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList()));
  }

  /** A refusal the engine REST API answers with 403 and this message. */
  private static AuthorizationException refused(String message) {
    return new AuthorizationException(message);
  }

  private <T> T execute(java.util.function.Function<CommandContext, T> work) {
    if (Context.getCommandContext() != null) {
      return work.apply(Context.getCommandContext());
    }
    return configuration.getCommandExecutorTxRequired().execute(work::apply);
  }
}
