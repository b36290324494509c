package vn.mttq.sangtao.shared.security;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.mttq.sangtao.shared.web.BadInputException;
import vn.mttq.sangtao.shared.web.ReadableText;

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
  private final FormFields forms = new FormFields();

  EngineGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
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
      String formId = formId(definition.getStartFormDefinition());
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
      checkFields(context, who.get(), formId, variables, "biểu mẫu bắt đầu «" + name + "»");
      return null;
    });
  }

  /** A completion (or form submission) by a person: the one the model names for the task, with its form's fields. */
  void checkCompletion(String taskId, Map<String, ?> variables) {
    Optional<Authentication> who = person();
    if (who.isEmpty()) {
      return;
    }
    execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null;
      }
      requireNamed(task, who.get(), groupsOf(who.get()));
      String formId = task.getTaskDefinition() == null ? null : formId(task.getTaskDefinition().getFormDefinition());
      checkFields(context, who.get(), formId, variables, "biểu mẫu của việc «" + task.getName() + "»");
      return null;
    });
  }

  /**
   * A variable written through the API (Cockpit's variable editor, the engine REST API), by anyone signed in, the
   * administrator too: an object variable may name only a type that the engine would turn back into an object (our
   * own classes, the JDK's plain ones); any other, such as {@code java.net.URL}, is refused before it is stored.
   */
  void checkVariableWrite(Map<String, ?> variables) {
    if (variables == null || person().isEmpty()) {
      return;
    }
    for (String name : variables.keySet()) {
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      if (value instanceof ObjectValue object && !allowedType(object)) {
        throw new BadInputException("Biến «" + name + "» mang kiểu «" + object.getObjectTypeName()
            + "», hệ thống không nhận: chỉ nhận kiểu của hệ thống Sáng tạo và các kiểu cơ bản của Java.");
      }
    }
  }

  private boolean allowedType(ObjectValue object) {
    DeserializationTypeValidator validator = configuration.getDeserializationTypeValidator();
    String type = object.isDeserialized() && object.getObjectType() != null ? object.getObjectType().getName()
        : object.getObjectTypeName();
    if (validator == null || type == null) {
      return true;
    }
    for (String part : type.split("[<>,\\s\\[\\]]+")) {
      if (!part.isEmpty() && !validator.validate(part)) {
        return false;
      }
    }
    return true;
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
    Optional<Authentication> who = person();
    if (who.isEmpty()) {
      return;
    }
    execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null;
      }
      requireNamed(task, who.get(), groupsOf(who.get()));
      if (userId != null && !userId.equals(who.get().getUserId()) && !named(task, userId, groupsOf(userId))) {
        throw refused("Chỉ giao được việc này cho người của đơn vị được giao việc.");
      }
      return null;
    });
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
    if (!named(task, who.getUserId(), groups)) {
      // says nothing of the task: whoever asks may not even read it
      throw refused("Việc này không phải của bạn: chỉ người của đơn vị được giao việc mới làm được.");
    }
  }

  /** Whether the model's assignee or candidates, evaluated now against the task, include the user. */
  private static boolean named(TaskEntity task, String userId, Collection<String> groups) {
    TaskDefinition definition = task.getTaskDefinition();
    if (definition == null) {
      return userId.equals(task.getAssignee()) || userId.equals(task.getOwner());
    }
    if (definition.getAssigneeExpression() != null
        && values(definition.getAssigneeExpression().getValue(task)).contains(userId)) {
      return true;
    }
    for (Expression expression : definition.getCandidateUserIdExpressions()) {
      if (values(expression.getValue(task)).contains(userId)) {
        return true;
      }
    }
    for (Expression expression : definition.getCandidateGroupIdExpressions()) {
      if (values(expression.getValue(task)).stream().anyMatch(groups::contains)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> values(Object value) {
    Set<String> found = new HashSet<>();
    if (value instanceof Collection<?> many) {
      many.forEach(v -> found.addAll(values(v)));
    } else if (value != null) {
      for (String part : value.toString().split(",")) {
        if (!part.isBlank()) {
          found.add(part.strip());
        }
      }
    }
    return found;
  }

  private void checkFields(CommandContext context, Authentication who, String formId, Map<String, ?> variables,
      String where) {
    if (variables == null || variables.isEmpty()) {
      return;
    }
    Map<String, FormField> fields = formId == null ? Map.of() : forms.of(context, formId);
    Set<String> extra = new TreeSet<>(variables.keySet());
    extra.removeAll(fields.keySet());
    if (!extra.isEmpty()) {
      throw refused("Không nhận các giá trị " + String.join(", ", extra.stream().map(n -> "«" + n + "»")
          .toList()) + ": " + where + " không có trường đó.");
    }
    for (String name : variables.keySet()) {
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      if (!isPlain(value)) {
        throw new BadInputException("Trường «" + name + "» chỉ nhận chữ, số, ngày giờ hoặc có/không; không"
            + " nhận đối tượng, JSON, XML hay tệp.");
      }
      Object plain = value instanceof TypedValue typedValue ? typedValue.getValue() : value;
      if (plain instanceof String text && ReadableText.firstControl(text) >= 0) {
        throw new BadInputException("Trường «" + name + "» chứa ký tự không gõ được từ bàn phím (ký tự điều khiển);"
            + " hãy xóa ký tự đó rồi gửi lại.");
      }
      String refusal = fields.get(name).refusal(plain);
      if (refusal != null) {
        throw new BadInputException(refusal);
      }
    }
  }

  /**
   * What a form field holds: text, a number, a date, yes/no or nothing. A person never sends an object, JSON, XML or
   * a file as a field's value (the engine would keep it and turn it back into whatever class it names).
   */
  static boolean isPlain(Object value) {
    if (value instanceof TypedValue typed) {
      if (typed.getType() == null) {
        return !(typed.getValue() instanceof TypedValue) && isPlain(typed.getValue());
      }
      return typed.getType().isPrimitiveValueType() && !ValueType.BYTES.equals(typed.getType());
    }
    return value == null || value instanceof String || value instanceof Boolean || value instanceof Date
        || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Double;
  }

  private static String formId(FormDefinition form) {
    return form == null || form.getCamundaFormDefinitionKey() == null ? null
        : form.getCamundaFormDefinitionKey().getExpressionText();
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
