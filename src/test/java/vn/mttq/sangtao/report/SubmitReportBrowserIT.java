package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.OpenReports;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.tasklist.TasklistFilters;

/**
 * A ward's staff member fills the half-year report in Tasklist the way figures are written in Vietnam: "15.000.000"
 * đồng and "1.250" people are stored as such; "1.25" is refused with the reason alone, and what was typed stays.
 */
@PostgresIT
class SubmitReportBrowserIT {

  private static final String WARD = "dn-p-baovinh";

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
  @Autowired
  ReportService reports;

  @Test
  void figuresAreTypedWithThousandsDotsAndStoredAsTheNumbersMeant() {
    Task submit = openHalfYearReport();
    Long reportId = (Long) runtimeService.getVariable(submit.getProcessInstanceId(), PeriodicReportProcess.VAR_REPORT_ID);

    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", WARD + ".canbo");
      browser.openFilter(TasklistFilters.UNIT);
      browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(submit.getName()))));
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      WebElement resources = wait.until(ExpectedConditions.visibilityOfElementLocated(field("Nguồn lực vận động")));
      WebElement participants = page.findElement(field("Số lượt người tham dự tuyên truyền"));
      type(resources, "15.000.000");
      type(participants, "1.25");
      browser.completeTask();
      browser.showsOnlyTheRefusal("Số lượt người tham dự tuyên truyền «1.25» không phải số nguyên",
          "tasklist-report-refused-number");
      assertThat(resources.getAttribute("value")).as("what was typed stays").isEqualTo("15.000.000");
      assertThat(participants.getAttribute("value")).isEqualTo("1.25");
      assertThat(reports.get(reportId).figures().get(Figure.RESOURCES_VND)).as("nothing stored yet").isNull();

      type(participants, "1.250");
      browser.completeTask();
      wait.until(d -> taskService.createTaskQuery().taskId(submit.getId()).count() == 0);
    }
    Map<Figure, Long> figures = reports.get(reportId).figures();
    assertThat(figures.get(Figure.RESOURCES_VND)).isEqualTo(15_000_000L);
    assertThat(figures.get(Figure.PROPAGANDA_PARTICIPANTS)).isEqualTo(1_250L);
  }

  /** A province's plan for 2029 addressed to the ward, approved, and its half-year report opened for the ward. */
  private Task openHalfYearReport() {
    OpenReports.halfYear(rest, taskService, managementService, WARD, 2029, "Kế hoạch năm 2029 báo cáo trên Tasklist");
    return taskService.createTaskQuery().taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT)
        .taskCandidateGroup(WARD + ".staff").list().stream()
        .filter(t -> t.getName().contains("6 tháng đầu năm 2029")).findFirst().orElseThrow();
  }

  private static By field(String label) {
    return By.xpath("//label[contains(., '" + label + "')]/following::input[1]");
  }

  /** Replaces a field's text; form-js commits the value when the field loses focus. */
  private static void type(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text, Keys.TAB);
  }

}
