package vn.mttq.sangtao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.WardPlanIssuance;

/**
 * A province's supervisor sees in Cockpit the open tasks of the units below: the dashboard's "Việc đang mở" counts the
 * tasks a ward's plan gives its member organisations, the instance lists its task with Vietnamese dates, and
 * "Công việc" lists the open tasks per unit's group by name, with no permission error. Seeing is not working on: the
 * supervisor cannot claim the task, and the leader of a sibling ward sees none of it.
 */
@PostgresIT
class CockpitTasksBrowserIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final By OPEN_TASKS = By.cssSelector(".open-human-tasks a.value");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void aSupervisorSeesTheOpenTasksOfTheUnitsBelowButWorksOnNone() throws Exception {
    Task acknowledgement;
    try (Browser browser = Browser.vietnamese()) {
      WebDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "cockpit", "dn.lanhdao");
      int before = openTasksOnTheDashboard(wait);

      WardPlanIssuance.issue(rest, taskService, managementService, "dn-p-baovinh",
          "Kế hoạch thi đua của phường Bảo Vinh năm 2034", 2034);
      List<ProcessInstance> recipients = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey("planImplementation").processInstanceBusinessKeyLike("%(2034)% — dn-p-baovinh-%").list();
      assertThat(recipients).hasSize(5);
      ProcessInstance farmers = recipients.stream().filter(p -> p.getBusinessKey().endsWith(" — dn-p-baovinh-hnd"))
          .findFirst().orElseThrow();
      acknowledgement = taskService.createTaskQuery().processInstanceId(farmers.getId()).singleResult();

      page.navigate().refresh();
      wait.until(d -> openTasksOnTheDashboard(wait) == before + 5);
      browser.screenshot("cockpit-tasks-1-dashboard");

      page.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + farmers.getId()
          + "/runtime?tab=user-tasks-tab");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[ng-repeat*='userTask']"),
          "Xác nhận đã nhận kế hoạch"));
      assertThat(page.findElement(By.cssSelector("td.created")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
      assertThat(page.findElement(By.cssSelector("td.due")).getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
      browser.screenshot("cockpit-tasks-2-instance");

      page.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/tasks");
      By farmersRow = By.xpath("//table[@id='task-group-counts']//tr[td[normalize-space(.)="
          + "'Cán bộ — Hội Nông dân phường Bảo Vinh']]");
      wait.until(ExpectedConditions.visibilityOfElementLocated(farmersRow));
      long farmersOpen = taskService.createTaskQuery().taskCandidateGroup("dn-p-baovinh-hnd.staff").count();
      assertThat(page.findElement(farmersRow).findElements(By.tagName("td")).get(0).getText())
          .isEqualTo(String.valueOf(farmersOpen));
      assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("không có quyền", "Không lấy được");
      browser.screenshot("cockpit-tasks-3-per-group");
    }

    String task = "/engine-rest/task/" + acknowledgement.getId();
    assertThat(Http.as(rest, "dn.lanhdao").get(task).getStatusCode().value()).isEqualTo(200);
    assertThat(Http.as(rest, "dn.lanhdao").post(task + "/claim", "{\"userId\":\"dn.lanhdao\"}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(acknowledgement.getId()).singleResult().getAssignee()).isNull();
    assertThat(Http.as(rest, "dn-p-binhloc.lanhdao").get(task).getStatusCode().value()).isIn(403, 404);
    JsonNode siblings = JSON.readTree(Http.as(rest, "dn-p-binhloc.lanhdao").get("/api/overview/task-groups").getBody());
    assertThat(siblings.findValuesAsText("groupName")).noneMatch(g -> g.startsWith("dn-p-baovinh"));
  }

  private static int openTasksOnTheDashboard(WebDriverWait wait) {
    String figure = wait.until(d -> {
      String text = d.findElements(OPEN_TASKS).isEmpty() ? "" : d.findElement(OPEN_TASKS).getText().strip();
      return text.matches("\\d+") ? text : null;
    });
    return Integer.parseInt(figure);
  }
}
