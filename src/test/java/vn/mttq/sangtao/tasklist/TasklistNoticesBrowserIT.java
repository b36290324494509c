package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * A ward that receives a province's plan for information reads its notice in Tasklist, as its leader would: the bell
 * says one unread, the list shows the plan's notice with "Xem kế hoạch", the link opens the plan's document, and
 * the notice is read afterwards (for this leader only).
 */
@PostgresIT
class TasklistNoticesBrowserIT {

  private static final String LEADER = "dn-p-binhloc.lanhdao";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aWardsLeaderReadsTheNoticeOfAPlanAndOpensItsDocument() {
    ResponseEntity<Map> created = rest.withBasicAuth("dn.canbo", "demo").postForEntity("/api/plans", Map.of(
        "issuingUnitCode", "dn", "title", "Kế hoạch tuyên truyền phong trào năm 2027", "year", 2027,
        "implementRecipients", List.of("dn-p-longkhanh"), "informationRecipients", List.of("dn-p-binhloc")),
        Map.class);
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    Number planId = (Number) ((Map<?, ?>) created.getBody().get("plan")).get("id");
    Task approval = taskService.createTaskQuery()
        .processInstanceId((String) created.getBody().get("processInstanceId")).singleResult();
    taskService.setAssignee(approval.getId(), "dn.lanhdao");
    taskService.complete(approval.getId(), Map.of("decision", "approve"));
    EngineJobs.runDue(managementService);
    Integer unread = jdbc.queryForObject("select count(*) from notice n where n.recipient_group = ? and not exists"
        + " (select 1 from notice_read r where r.notice_id = n.id and r.user_id = ?)", Integer.class,
        "dn-p-binhloc.leaders", LEADER);
    assertThat(unread).isPositive();

    try (Browser browser = Browser.vietnamese()) {
      var page = browser.driver();
      var wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", LEADER);
      WebElement bell = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".sangtao-notices-action")));
      wait.until(ExpectedConditions.textToBePresentInElement(bell, String.valueOf(unread)));
      browser.screenshot("tasklist-notices-unread");
      browser.click(bell);
      WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//div[contains(@class,'sangtao-notice ')][contains(., 'Kế hoạch tuyên truyền phong trào năm 2027')]")));
      assertThat(notice.findElement(By.cssSelector(".sangtao-notice-title")).getText()).endsWith("(để biết)");
      WebElement link = notice.findElement(By.cssSelector("a.sangtao-notice-link"));
      assertThat(link.getText()).isEqualTo("Xem kế hoạch");
      assertThat(link.getAttribute("href")).endsWith("/api/plans/" + planId + "/document.pdf");
      browser.screenshot("tasklist-notices-list");
      Object opened = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "fetch(arguments[0], {credentials: 'same-origin'}).then(a => done(a.status + ' '"
          + " + a.headers.get('Content-Type'))).catch(e => done(String(e)));", link.getAttribute("href"));
      assertThat(opened).as("the document opens with the leader's session").isEqualTo("200 application/pdf");

      page.findElement(By.xpath("//div[contains(@class,'modal-footer')]/button[normalize-space()='Đóng']")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".sangtao-notices-action"
          + " .sangtao-count")));
      browser.screenshot("tasklist-notices-read");
    }
    assertThat(jdbc.queryForObject("select count(*) from notice_read where user_id = ?", Integer.class, LEADER))
        .isEqualTo(unread);
    assertThat(jdbc.queryForObject("select count(*) from notice_read where user_id = ?", Integer.class,
        "dn-p-binhloc.canbo")).as("read by the leader, not by the staff").isZero();
  }
}
