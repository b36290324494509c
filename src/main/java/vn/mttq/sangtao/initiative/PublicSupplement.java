package vn.mttq.sangtao.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.web.ForbiddenException;

/** The author's supplement from the public page, with the secret only the author received. */
@Component
@Transactional
class PublicSupplement {

  private final InitiativeService service;
  private final TaskService taskService;

  PublicSupplement(InitiativeService service, TaskService taskService) {
    this.service = service;
    this.taskService = taskService;
  }

  /**
   * The supplement sent from the public page: completes the waiting supplement step with the corrected texts (the
   * step's listener checks and saves them).
   */
  void supplementByCode(String trackingCode, String secret, InitiativeReviewService.Supplement supplement) {
    Initiative initiative = service.byTrackingCode(trackingCode);
    if (!initiative.supplementSecretIs(secret)) {
      throw new ForbiddenException("Mã bí mật để bổ sung không đúng. Hãy dùng mã bí mật nhận được khi gửi sáng kiến"
          + " (kèm mã theo dõi, và trong thư gửi tới địa chỉ đã ghi).");
    }
    if (initiative.getStatus() != InitiativeStatus.SUPPLEMENT_REQUESTED) {
      throw new InitiativeValidationException(List.of("Sáng kiến không ở trạng thái cần bổ sung."));
    }
    Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(initiative.getTrackingCode())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_SUPPLEMENT).singleResult();
    if (task == null) {
      throw new InitiativeValidationException(List.of("Sáng kiến không ở trạng thái cần bổ sung."));
    }
    // a field left out keeps its text; one sent empty is the author's, and is refused if required
    Map<String, Object> values = new HashMap<>();
    putSent(values, "title", supplement.title());
    putSent(values, "summary", supplement.summary());
    putSent(values, "description", supplement.description());
    putSent(values, "appliedAt", supplement.appliedAt());
    putSent(values, "expectedBenefit", supplement.expectedBenefit());
    taskService.complete(task.getId(), values);
  }

  private static void putSent(Map<String, Object> values, String field, String value) {
    if (value != null) {
      values.put(field, value);
    }
  }
}
