package vn.mttq.sangtao.shared.security;

import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, with what people do to tasks checked by {@link EngineGuard}: completing, claiming and
 * handing on only by whom the model names for the task; identity links, errors and escalations not by people at all
 * (comments and attachments: {@link GuardedTaskNotes}). The engine's own authorization checks still apply on top.
 */
class GuardedTaskService extends GuardedTaskNotes {

  private static final String NO_LINKS = "Người được giao việc do quy trình xác định theo hồ sơ; không thêm hay bớt"
      + " được bằng tay.";

  private final EngineGuard guard;

  GuardedTaskService(EngineGuard guard) {
    super(guard);
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
}
