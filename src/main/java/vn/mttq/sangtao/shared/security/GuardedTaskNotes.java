package vn.mttq.sangtao.shared.security;

import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Event;

/**
 * What people write on a task, comments and attachments, read and written only by whom the model names for the task,
 * and only on the task's own process instance ({@link EngineGuard}). The task's work itself is
 * {@link GuardedTaskService}.
 */
class GuardedTaskNotes extends TaskServiceImpl {

  private final EngineGuard guard;

  GuardedTaskNotes(EngineGuard guard) {
    this.guard = guard;
  }

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
