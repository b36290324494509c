package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.tasklist.TasklistFilters;

/** A ward's staff member builds the ward's plan in Tasklist's Camunda form; another ward does not see the task. */
@PostgresIT
class BuildUnitPlanBrowserIT {

  @LocalServerPort
  int port;
  @Autowired
  PlanIssuanceStarter starter;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  PlanCascadeService cascade;
  @Autowired
  PlanService planService;

  @Test
  void aWardBuildsItsPlanInTasklistAndAnotherWardDoesNotSeeTheTask() {
    PlanIssuanceStarter.Started started = starter.start(new PlanRequest("dn", "Kế hoạch thử trên Tasklist", 2027,
        null, null, null, null, null, null, null, null, null, null, null, null, null,
        List.of("dn-p-binhloc", "dn-p-baovinh"), List.of(), null, null), "dn.canbo");
    complete(started.processInstanceId(), "dn.lanhdao", Map.of("decision", "approve"));
    runJobs();
    String ward = cascade.processInstanceOf(started.plan().id(), "dn-p-binhloc").orElseThrow();
    complete(ward, "dn-p-binhloc.canbo", Map.of("received", true));
    Task build = taskService.createTaskQuery().processInstanceId(ward).singleResult();
    Long implementationId = (Long) runtimeService.getVariable(ward, "implementationId");

    try (Browser browser = Browser.vietnamese()) {
      var page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-baovinh.canbo");
      browser.openFilter(TasklistFilters.UNIT);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "phường Bảo Vinh"));
      assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain(build.getName());
      page.manage().deleteAllCookies();

      browser.logIn(port, "tasklist", "dn-p-binhloc.canbo");
      browser.openFilter(TasklistFilters.UNIT);
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(build.getName()))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//label[contains(., 'Tên kế hoạch')]/following::input[1]")));
      assertThat(title.getAttribute("value")).startsWith("Kế hoạch thử trên Tasklist");
      WebElement basis = page.findElement(By.xpath("//label[contains(., 'Căn cứ')]/following::textarea[1]"));
      assertThat(basis.getAttribute("value")).startsWith("Thực hiện Kế hoạch số "
          + planService.get(started.plan().id()).numberAndSymbol() + " ngày ");
      // the form library's own message for a required field, in Vietnamese
      title.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "Trường này bắt buộc phải điền."));
      assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("Field is required");
      title.sendKeys("Kế hoạch thực hiện của phường Bình Lộc năm 2027", Keys.TAB);
      page.findElement(By.xpath("//label[contains(., 'Mục đích, yêu cầu')]/following::textarea[1]"))
          .sendKeys("Mọi khu phố tham gia phong trào.");
      // typed day first on a computer set to English (United States), whose own date order is month first
      assertThat(page.executeScript("return new Intl.DateTimeFormat('en-US').resolvedOptions().locale"))
          .isEqualTo("en-US");
      WebElement halfYearDue = page.findElement(
          By.xpath("//label[contains(., 'Hạn cuối nộp báo cáo 6 tháng')]/following::input[1]"));
      assertThat(halfYearDue.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
      halfYearDue.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "07/06/2027", Keys.ENTER);
      title.click();
      assertThat(halfYearDue.getAttribute("value")).isEqualTo("07/06/2027");
      // the units are picked by name, not typed (none ticked: every unit below, as the picker says)
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector(".sangtao-picker[data-field='implementRecipients']"), "tất cả các đơn vị bên dưới"));
      WebElement reminders = page.findElement(
          By.xpath("//label[contains(., 'Nhắc đơn vị trước hạn báo cáo')]/following::input[1]"));
      // form-js commits a field's value a moment after typing (debounced) or when it loses focus
      reminders.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "0", Keys.TAB);
      browser.completeTask();
      browser.showsOnlyTheRefusal("Mỗi ngày nhắc trước hạn báo cáo phải từ 1 đến", "tasklist-build-unit-plan-refused");
      assertThat(taskService.createTaskQuery().taskId(build.getId()).count()).as("a refused form leaves the task")
          .isEqualTo(1);
      assertThat(halfYearDue.getAttribute("value")).as("a refused form keeps what was typed").isEqualTo("07/06/2027");
      assertThat(title.getAttribute("value")).isEqualTo("Kế hoạch thực hiện của phường Bình Lộc năm 2027");

      reminders.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
      browser.screenshot("tasklist-build-unit-plan");
      browser.completeTask();

      wait.until(d -> taskService.createTaskQuery().taskId(build.getId()).count() == 0);
    }
    PlanCascadeService.ImplementationView done = cascade.implementation(implementationId);
    assertThat(planService.get(done.ownPlanId()).title()).isEqualTo("Kế hoạch thực hiện của phường Bình Lộc năm 2027");
    assertThat(planService.get(done.ownPlanId()).halfYearReportDue()).as("7 June, as typed")
        .isEqualTo(java.time.LocalDate.of(2027, 6, 7));
    runJobs();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(ward).count())
        .as("the ward's plan goes to its leaders").isEqualTo(1);
  }



  @Test
  void aWardReadsTheWholePlanAndItsOwnTaskWhenItAcknowledgesIt() {
    PlanRequest request = new PlanRequest("dn", "Kế hoạch có nội dung đầy đủ", 2027, null, null,
        "Thực hiện Hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.",
        "Phát huy sức sáng tạo của mỗi người dân trên địa bàn tỉnh.", "Tuyên truyền về ý nghĩa của phong trào.",
        "Các tầng lớp nhân dân.", "Hội nghị, loa truyền thanh.", "Mỗi phường một mô hình.", "Vận động nguồn lực.",
        "Tổng kết cuối năm.", null, null, null, List.of("dn-p-binhloc", "dn-p-baovinh"), List.of(), null,
        "Tham mưu cấp ủy xây dựng kế hoạch của địa phương.", null, null, null, null, null,
        "Theo dõi, đôn đốc các đơn vị.", Map.of("dn-p-binhloc", "Chọn khu phố 3 làm điểm về chuyển đổi số."));
    PlanIssuanceStarter.Started started = starter.start(request, "dn.canbo");
    complete(started.processInstanceId(), "dn.lanhdao", Map.of("decision", "approve"));
    runJobs();
    String ward = cascade.processInstanceOf(started.plan().id(), "dn-p-binhloc").orElseThrow();
    Task acknowledge = taskService.createTaskQuery().processInstanceId(ward).singleResult();

    try (Browser browser = Browser.vietnamese()) {
      var page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-binhloc.canbo");
      browser.openFilter(TasklistFilters.UNIT);
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(acknowledge.getName()))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
          "NHIỆM VỤ CỦA ỦY BAN MTTQ VIỆT NAM PHƯỜNG BÌNH LỘC"));
      String body = page.findElement(By.tagName("body")).getText();
      assertThat(body).contains("Tham mưu cấp ủy xây dựng kế hoạch của địa phương.",
          "Chọn khu phố 3 làm điểm về chuyển đổi số.", "I. MỤC ĐÍCH, YÊU CẦU",
          "Phát huy sức sáng tạo của mỗi người dân trên địa bàn tỉnh.", "1.1. Nội dung tuyên truyền", "Nơi nhận:",
          "TM. BAN THƯỜNG TRỰC");
      WebElement pdf = page.findElement(By.partialLinkText("tải bản PDF"));
      assertThat(pdf.getAttribute("href")).endsWith("/api/plans/" + started.plan().id() + "/document.pdf");
      browser.screenshot("tasklist-acknowledge-whole-plan");
      browser.click(page.findElement(By.xpath("//label[contains(., 'Đơn vị đã nhận kế hoạch')]")));
      browser.completeTask();
      wait.until(d -> taskService.createTaskQuery().taskId(acknowledge.getId()).count() == 0);
    }
    assertThat(taskService.createTaskQuery().processInstanceId(ward).singleResult().getTaskDefinitionKey())
        .isEqualTo(PlanImplementationProcess.USER_TASK_BUILD);
  }

  private void complete(String processInstanceId, String userId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), variables);
  }

  private void runJobs() {
    EngineJobs.runDue(managementService);
  }
}
