package vn.mttq.sangtao.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.sangtao.support.ProcessTest;
import vn.mttq.sangtao.support.TaskVisibilityProbe;

/** With authorization checks on, a user sees only tasks offered to their own groups or assigned to them. */
class TaskVisibilityTest extends ProcessTest {

  @Autowired
  TaskService taskService;

  @BeforeEach
  void deployProbe() {
    TaskVisibilityProbe.deploy(processEngine);
  }

  private List<String> tasksSeenBy(String userId) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return taskService.createTaskQuery().processDefinitionKey(TaskVisibilityProbe.KEY).list().stream()
          .map(Task::getName).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void staffSeeTheirUnitsTasksOnly() {
    TaskVisibilityProbe.start(processEngine, "dn-tn-giakiem.staff", "xã Gia Kiệm");
    TaskVisibilityProbe.start(processEngine, "dn-tn-hungloc.staff", "xã Hưng Lộc");
    TaskVisibilityProbe.start(processEngine, "dn-tn-giakiem.leaders", "lãnh đạo xã Gia Kiệm");

    assertThat(tasksSeenBy("dn-tn-giakiem.canbo")).containsExactly("Việc thử cho xã Gia Kiệm");
    assertThat(tasksSeenBy("dn-tn-hungloc.canbo")).containsExactly("Việc thử cho xã Hưng Lộc");
    assertThat(tasksSeenBy("dn-tn-giakiem.lanhdao")).containsExactly("Việc thử cho lãnh đạo xã Gia Kiệm");
    assertThat(tasksSeenBy("dn-tn.canbo")).isEmpty();
  }

  @Test
  void onlyTheUnitsStaffMayCompleteItsTaskThroughItsForm() {
    ProcessInstance instance = TaskVisibilityProbe.start(processEngine, "dn-lk-xuanan.staff", "phường Xuân An");
    BpmnAwareTests.assertThat(instance).isWaitingAt("userTask_probe");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().singleResult();
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo("taskVisibilityProbe");

    identityService.setAuthentication("dn-lk-bautram.canbo", List.of("dn-lk-bautram.staff"));
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("seen", true)))
        .isInstanceOf(AuthorizationException.class);
    identityService.setAuthentication("dn-lk-xuanan.canbo", List.of("dn-lk-xuanan.staff"));
    taskService.complete(task.getId(), Map.of("seen", true));
    identityService.clearAuthentication();

    BpmnAwareTests.assertThat(instance).isEnded().variables().containsEntry("seen", true);
  }

  @Test
  void aTaskAssignedToSomeoneElseIsSeenByTheAssignee() {
    ProcessInstance instance = TaskVisibilityProbe.start(processEngine, "dn-lk-xuanan.staff", "phường Xuân An");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    taskService.setAssignee(task.getId(), "dn-lk-baovinh.canbo");

    assertThat(tasksSeenBy("dn-lk-baovinh.canbo")).contains("Việc thử cho phường Xuân An");
    assertThat(tasksSeenBy("dn-lk-phubinh.canbo")).doesNotContain("Việc thử cho phường Xuân An");
  }
}
