package vn.mttq.sangtao.shared.security;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Event;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, with what people do to tasks checked by {@link EngineGuard}: completing, claiming,
 * handing on, comments and attachments only by whom the model names for the task; identity links, errors and
 * escalations not by people at all. The engine's own authorization checks still apply on top.
 */
class GuardedTaskService extends TaskServiceImpl {

  private static final String NO_LINKS = "Người được giao việc do quy trình xác định theo hồ sơ; không thêm hay bớt"
      + " được bằng tay.";

  private final EngineGuard guard;

  GuardedTaskService(EngineGuard guard) {
    this.guard = guard;
  }

  @Override
  public void setVariable(String id, String variableName, Object value) {
    guard.checkVariableWrite(java.util.Collections.singletonMap(variableName, value));
    super.setVariable(id, variableName, value);
  }

  @Override
  public void setVariableLocal(String id, String variableName, Object value) {
    guard.checkVariableWrite(java.util.Collections.singletonMap(variableName, value));
    super.setVariableLocal(id, variableName, value);
  }

  @Override
  public void setVariables(String id, java.util.Map<String, ? extends Object> variables) {
    guard.checkVariableWrite(variables);
    super.setVariables(id, variables);
  }

  @Override
  public void setVariablesLocal(String id, java.util.Map<String, ? extends Object> variables) {
    guard.checkVariableWrite(variables);
    super.setVariablesLocal(id, variables);
  }

  @Override
  public void updateVariables(String id, java.util.Map<String, ? extends Object> modifications,
      java.util.Collection<String> deletions) {
    guard.checkVariableWrite(modifications);
    super.updateVariables(id, modifications, deletions);
  }

  @Override
  public void updateVariablesLocal(String id, java.util.Map<String, ? extends Object> modifications,
      java.util.Collection<String> deletions) {
    guard.checkVariableWrite(modifications);
    super.updateVariablesLocal(id, modifications, deletions);
  }

  @Override
  public void deleteTask(String taskId) {
    guard.checkDeletion(taskId);
    super.deleteTask(taskId);
  }

  @Override
  public void deleteTask(String taskId, boolean cascade) {
    guard.checkDeletion(taskId);
    super.deleteTask(taskId, cascade);
  }

  @Override
  public void deleteTask(String taskId, String deleteReason) {
    guard.checkDeletion(taskId);
    super.deleteTask(taskId, deleteReason);
  }

  @Override
  public void complete(String taskId) {
    guard.checkCompletion(taskId, Map.of());
    super.complete(taskId);
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    guard.checkCompletion(taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    guard.checkCompletion(taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
  }

  @Override
  public void resolveTask(String taskId) {
    guard.checkCompletion(taskId, Map.of());
    super.resolveTask(taskId);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    guard.checkCompletion(taskId, variables);
    super.resolveTask(taskId, variables);
  }

  @Override
  public void claim(String taskId, String userId) {
    guard.checkAssign(taskId, userId);
    super.claim(taskId, userId);
  }

  @Override
  public void setAssignee(String taskId, String userId) {
    guard.checkAssign(taskId, userId);
    super.setAssignee(taskId, userId);
  }

  @Override
  public void delegateTask(String taskId, String userId) {
    guard.checkAssign(taskId, userId);
    super.delegateTask(taskId, userId);
  }

  @Override
  public void setOwner(String taskId, String userId) {
    guard.refuse(NO_LINKS);
    super.setOwner(taskId, userId);
  }

  @Override
  public void addCandidateUser(String taskId, String userId) {
    guard.refuse(NO_LINKS);
    super.addCandidateUser(taskId, userId);
  }

  @Override
  public void addCandidateGroup(String taskId, String groupId) {
    guard.refuse(NO_LINKS);
    super.addCandidateGroup(taskId, groupId);
  }

  @Override
  public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
    guard.refuse(NO_LINKS);
    super.addUserIdentityLink(taskId, userId, identityLinkType);
  }

  @Override
  public void addGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
    guard.refuse(NO_LINKS);
    super.addGroupIdentityLink(taskId, groupId, identityLinkType);
  }

  @Override
  public void deleteCandidateGroup(String taskId, String groupId) {
    guard.refuse(NO_LINKS);
    super.deleteCandidateGroup(taskId, groupId);
  }

  @Override
  public void deleteCandidateUser(String taskId, String userId) {
    guard.refuse(NO_LINKS);
    super.deleteCandidateUser(taskId, userId);
  }

  @Override
  public void deleteGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
    guard.refuse(NO_LINKS);
    super.deleteGroupIdentityLink(taskId, groupId, identityLinkType);
  }

  @Override
  public void deleteUserIdentityLink(String taskId, String userId, String identityLinkType) {
    guard.refuse(NO_LINKS);
    super.deleteUserIdentityLink(taskId, userId, identityLinkType);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    guard.refuse("Lỗi nghiệp vụ của quy trình do hệ thống phát sinh, không gửi được bằng tay.");
    super.handleBpmnError(taskId, errorCode, errorMessage, variables);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
    guard.refuse("Lỗi nghiệp vụ của quy trình do hệ thống phát sinh, không gửi được bằng tay.");
    super.handleBpmnError(taskId, errorCode, errorMessage);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode) {
    guard.refuse("Lỗi nghiệp vụ của quy trình do hệ thống phát sinh, không gửi được bằng tay.");
    super.handleBpmnError(taskId, errorCode);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    guard.refuse("Việc báo vượt cấp do hệ thống phát sinh, không gửi được bằng tay.");
    super.handleEscalation(taskId, escalationCode, variables);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode) {
    guard.refuse("Việc báo vượt cấp do hệ thống phát sinh, không gửi được bằng tay.");
    super.handleEscalation(taskId, escalationCode);
  }

  // comments ////////////////////////////////////////////////////////////////////////////////////////////////////

  @Override
  public void addComment(String taskId, String processInstanceId, String message) {
    guard.checkSameInstance(taskId, processInstanceId);
    guard.checkWork(taskId);
    super.addComment(taskId, processInstanceId, message);
  }

  @Override
  public Comment createComment(String taskId, String processInstanceId, String message) {
    guard.checkSameInstance(taskId, processInstanceId);
    guard.checkWork(taskId);
    return super.createComment(taskId, processInstanceId, message);
  }

  @Override
  public void deleteTaskComment(String taskId, String commentId) {
    guard.checkWork(taskId);
    super.deleteTaskComment(taskId, commentId);
  }

  @Override
  public void deleteTaskComments(String taskId) {
    guard.checkWork(taskId);
    super.deleteTaskComments(taskId);
  }

  @Override
  public void updateTaskComment(String taskId, String commentId, String message) {
    guard.checkWork(taskId);
    super.updateTaskComment(taskId, commentId, message);
  }

  @Override
  public void deleteProcessInstanceComment(String processInstanceId, String commentId) {
    guard.checkSameInstance(null, processInstanceId);
    super.deleteProcessInstanceComment(processInstanceId, commentId);
  }

  @Override
  public void deleteProcessInstanceComments(String processInstanceId) {
    guard.checkSameInstance(null, processInstanceId);
    super.deleteProcessInstanceComments(processInstanceId);
  }

  @Override
  public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
    guard.checkSameInstance(null, processInstanceId);
    super.updateProcessInstanceComment(processInstanceId, commentId, message);
  }

  @Override
  public List<Comment> getTaskComments(String taskId) {
    guard.checkWork(taskId);
    return super.getTaskComments(taskId);
  }

  @Override
  public Comment getTaskComment(String taskId, String commentId) {
    guard.checkWork(taskId);
    return super.getTaskComment(taskId, commentId);
  }

  @Override
  public List<Event> getTaskEvents(String taskId) {
    guard.checkWork(taskId);
    return super.getTaskEvents(taskId);
  }

  @Override
  public List<Comment> getProcessInstanceComments(String processInstanceId) {
    guard.checkSameInstance(null, processInstanceId);
    return super.getProcessInstanceComments(processInstanceId);
  }

  // attachments /////////////////////////////////////////////////////////////////////////////////////////////////

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, InputStream content) {
    guard.checkSameInstance(taskId, processInstanceId);
    guard.checkWork(taskId);
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        content);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, String url) {
    guard.checkSameInstance(taskId, processInstanceId);
    guard.checkWork(taskId);
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        url);
  }

  @Override
  public InputStream getAttachmentContent(String attachmentId) {
    guard.checkAttachment(attachmentId);
    return super.getAttachmentContent(attachmentId);
  }

  @Override
  public InputStream getTaskAttachmentContent(String taskId, String attachmentId) {
    guard.checkWork(taskId);
    return super.getTaskAttachmentContent(taskId, attachmentId);
  }

  @Override
  public void deleteAttachment(String attachmentId) {
    guard.checkAttachment(attachmentId);
    super.deleteAttachment(attachmentId);
  }

  @Override
  public void deleteTaskAttachment(String taskId, String attachmentId) {
    guard.checkWork(taskId);
    super.deleteTaskAttachment(taskId, attachmentId);
  }

  @Override
  public Attachment getAttachment(String attachmentId) {
    guard.checkAttachment(attachmentId);
    return super.getAttachment(attachmentId);
  }

  @Override
  public Attachment getTaskAttachment(String taskId, String attachmentId) {
    guard.checkWork(taskId);
    return super.getTaskAttachment(taskId, attachmentId);
  }

  @Override
  public List<Attachment> getTaskAttachments(String taskId) {
    guard.checkWork(taskId);
    return super.getTaskAttachments(taskId);
  }

  @Override
  public List<Attachment> getProcessInstanceAttachments(String processInstanceId) {
    guard.checkSameInstance(null, processInstanceId);
    return super.getProcessInstanceAttachments(processInstanceId);
  }

  @Override
  public void saveAttachment(Attachment attachment) {
    guard.checkAttachment(attachment.getId());
    super.saveAttachment(attachment);
  }
}
