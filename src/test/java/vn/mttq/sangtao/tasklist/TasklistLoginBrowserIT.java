package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.initiative.CouncilFilter;
import vn.mttq.sangtao.report.PeriodicReportProcess;
import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PlanFixtures;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.TaskVisibilityProbe;

@PostgresIT
class TasklistLoginBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aStaffMemberLogsInAndSeesTheirUnitsTasksOnly() {
    TaskVisibilityProbe.deploy(processEngine);
    TaskVisibilityProbe.start(processEngine, "dn-tn-giakiem.staff", "xã Gia Kiệm");
    TaskVisibilityProbe.start(processEngine, "dn-tn-hungloc.staff", "xã Hưng Lộc");

    try (Browser browser = Browser.vietnamese()) {
      WebDriver page = browser.driver();
      browser.logIn(port, "tasklist", "dn-tn-giakiem.canbo");
      browser.openFilter(TasklistFilters.UNIT);

      browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
          By.tagName("body"), "Việc thử cho xã Gia Kiệm"));
      browser.screenshot("tasklist-staff-tasks");
      assertThat(page.findElement(By.tagName("body")).getText()).contains("Việc thử cho xã Gia Kiệm")
          .doesNotContain("Việc thử cho xã Hưng Lộc");
    }
  }

  @Test
  void tasklistSpeaksVietnameseAndShowsAReportTaskWithItsBusinessName() {
    PlanFixtures plans = new PlanFixtures(jdbc);
    Long plan = plans.issuedPlan("dn", LocalDate.of(2034, 1, 10), "Kế hoạch thử Tasklist năm 2034");
    plans.numbered(plan, 34);
    Long report = plans.report(plan, "dn-p-baovinh", "dn", "HALF_YEAR", 2034, LocalDate.of(2034, 6, 7), "OPEN",
        false);
    processEngine.getRuntimeService().startProcessInstanceByKey(PeriodicReportProcess.KEY, "tasklist-" + report,
        Map.of(PeriodicReportProcess.VAR_REPORT_ID, report));

    try (Browser browser = Browser.vietnamese()) {
      var page = browser.driver();
      var wait = browser.waitUpTo(Duration.ofSeconds(60));
      page.get("http://localhost:" + port + "/camunda/app/tasklist/");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đăng nhập"));
      assertThat(page.findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("Đăng nhập");
      assertThat(page.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
          .isEqualTo("Tên đăng nhập");
      browser.screenshot("tasklist-login-vi");

      browser.logIn(port, "tasklist", "dn-p-baovinh.canbo");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(Browser.filterXpath(TasklistFilters.OVERDUE))));
      String filters = page.findElements(By.cssSelector("div.task-filter h4")).stream().map(e -> e.getText())
          .collect(java.util.stream.Collectors.joining("\n"));
      assertThat(filters).contains(TasklistFilters.MINE, TasklistFilters.UNIT, TasklistFilters.DUE_SOON,
          TasklistFilters.OVERDUE).doesNotContain(CouncilFilter.NAME);

      browser.openFilter(TasklistFilters.UNIT);
      String name = "Báo cáo 6 tháng đầu năm 2034";
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), name));
      String list = page.findElement(By.cssSelector(".tasks-list")).getText();
      assertThat(list).contains("Ủy ban MTTQ Việt Nam phường Bảo Vinh", "KH số 34/KH-MTTQ-BTT", "Kế hoạch:", "Đơn vị:");
      browser.click(page.findElement(By.partialLinkText(name)));
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Mô tả"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"),
          "Hạn nộp: ngày 07/06/2034"));
      // the browser runs in UTC; Tasklist shows the due moment 07/06/2034 23:59 in Vietnam's time, day first
      Object shown = page.executeScript("return angular.element(document.documentElement).injector()"
          + ".get('$filter')('camDate')('2034-06-07T16:59:00.000+0000', 'normal');");
      assertThat(shown).isEqualTo("07/06/2034 23:59");
      browser.screenshot("tasklist-report-task-vi");
    }
  }
}
