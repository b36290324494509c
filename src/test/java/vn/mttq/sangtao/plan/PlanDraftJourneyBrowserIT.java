package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.tasklist.TasklistFilters;

/**
 * A ward's staff begin a plan in Tasklist by its name and year, write it in its own task picking the units by
 * name ("Chọn tất cả" the member organisations), save it as a draft, come back and send it; the ward's leader
 * approves it and reads the number it was given in "Thông báo". No unit code is typed.
 */
@PostgresIT
class PlanDraftJourneyBrowserIT {

  /** Its own name on each run, for a database other tests share. */
  private final String TITLE = "Kế hoạch phát động phong trào “Đoàn kết sáng tạo” năm 2027 (đợt "
      + (System.nanoTime() % 900 + 100) + ")";

  @LocalServerPort
  int port;

  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  PlanService planService;
  @Autowired
  PlanRepository plans;

  @Test
  void staffDraftWithPickersSaveAndSendThenTheLeaderApprovesAndReadsTheNumber() {
    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-longkhanh.canbo");

      // 1. the short start: name, year; the ward is picked for its staff
      browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))));
      browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Ban hành kế hoạch"))));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector(".sangtao-picker[data-field='issuingUnitCode']"),
          "Đã chọn: Ủy ban MTTQ Việt Nam phường Long Khánh"));
      assertThat(page.findElements(By.cssSelector("textarea[id$='-field_purposes']"))).as("a short first step")
          .isEmpty();
      typeUntilKept(browser, By.cssSelector(".modal-dialog input[id$='-field_title']"), TITLE);
      typeUntilKept(browser, By.cssSelector(".modal-dialog input[id$='-field_year']"), "2027");
      browser.screenshot("plan-journey-1-short-start");
      browser.click(page.findElement(By.cssSelector("button[ng-click='startProcessInstance()']")));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
      Long begun = waitForPlan(browser);
      assertThat(taskService.createTaskQuery().processVariableValueEquals(PlanIssuanceProcess.VAR_PLAN_ID, begun)
          .list()).as("the draft's own task").extracting(Task::getTaskDefinitionKey)
          .containsExactly(PlanIssuanceProcess.USER_TASK_WRITE);

      // 2. the draft's own task, with the units by name
      openTask(browser, "Soạn dự thảo kế hoạch «" + TITLE + "»");
      By implement = By.cssSelector(".sangtao-picker[data-field='implementRecipients']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(implement));
      assertThat(page.findElements(By.cssSelector("textarea[id$='-field_implementRecipients']")).stream()
          .filter(WebElement::isDisplayed).toList()).as("no codes to type").isEmpty();
      // every unit below by default; the residential area left out with one click on its group
      wait.until(ExpectedConditions.textToBePresentInElementLocated(implement, "Đã chọn 6 trong 6"));
      WebElement areas = page.findElement(By.xpath("//div[@data-field='implementRecipients']//div[contains(@class,"
          + "'sangtao-picker-group')][span[normalize-space(.)='Ban công tác Mặt trận ở khu dân cư']]/button"));
      assertThat(areas.getText()).isEqualTo("Bỏ chọn tất cả");
      browser.click(areas);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(implement, "Đã chọn 5 trong 6"));
      WebElement purposes = page.findElement(By.cssSelector("textarea[id$='-field_purposes']"));
      browser.click(purposes);
      purposes.sendKeys("Phát huy vai trò của Mặt trận và các tổ chức thành viên.");
      browser.click(page.findElement(By.cssSelector("input[type='radio'][id$='-field_draftAction-1']")));
      browser.screenshot("plan-journey-2-draft-with-pickers");
      browser.completeTask();
      Long planId = waitForPlan(browser);
      wait.until(d -> planService.get(planId).status() == PlanStatus.DRAFT
          && "Phát huy vai trò của Mặt trận và các tổ chức thành viên.".equals(
              planService.get(planId).sections().purposes()));

      // 3. the saved draft comes back as it was left, and is sent
      openTask(browser, "Soạn dự thảo kế hoạch «" + TITLE + "»");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(implement, "Đã chọn 5 trong 6"));
      assertThat(page.findElement(By.cssSelector("textarea[id$='-field_purposes']")).getAttribute("value"))
          .isEqualTo("Phát huy vai trò của Mặt trận và các tổ chức thành viên.");
      browser.screenshot("plan-journey-3-draft-saved");
      // a date's calendar left open, then a real click on "Hoàn thành": the click is the button's
      WebElement due = page.findElement(By.cssSelector("input[id*='-field_halfYearReportDue']"));
      browser.click(due);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
      browser.screenshot("plan-journey-3b-calendar-open");
      new org.openqa.selenium.interactions.Actions(page)
          .moveToElement(page.findElement(By.cssSelector("button[ng-click='complete()']"))).click().perform();
      wait.until(d -> planService.get(planId).status() == PlanStatus.SUBMITTED);
      page.manage().deleteAllCookies();

      // 4. the leader approves and reads the number given
      browser.logIn(port, "tasklist", "dn-p-longkhanh.lanhdao");
      openTask(browser, "Phê duyệt kế hoạch «" + TITLE + "»");
      WebElement approve = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("input[type='radio'][id$='-field_decision-0']")));
      browser.click(approve);
      browser.screenshot("plan-journey-4-approve");
      browser.completeTask();
      wait.until(d -> taskService.createTaskQuery().processVariableValueEquals(PlanIssuanceProcess.VAR_PLAN_ID, planId)
          .count() == 0);
      EngineJobs.runDue(managementService);
      PlanView issued = planService.get(planId);
      assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
      assertThat(issued.recipients()).filteredOn(r -> r.kind() == RecipientKind.IMPLEMENT)
          .extracting(PlanView.Recipient::unitCode).containsExactlyInAnyOrder("dn-p-longkhanh-ldld",
              "dn-p-longkhanh-hnd", "dn-p-longkhanh-doan", "dn-p-longkhanh-phunu", "dn-p-longkhanh-ccb");

      page.navigate().refresh();
      WebElement bell = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".sangtao-notices-action")));
      browser.click(bell);
      WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//div[contains(@class,'sangtao-notice ')][contains(., 'Đã ban hành')][contains(., '"
              + issued.numberAndSymbol() + "')]")));
      browser.screenshot("plan-journey-5-leader-reads-number");
      assertThat(notice.getText()).contains("ban hành với số " + issued.numberAndSymbol());
    }
  }

  private static void typeUntilKept(Browser browser, By field, String text) {
    browser.waitUpTo(Duration.ofSeconds(30)).until(driver -> {
      WebElement input = driver.findElement(field);
      if (!text.equals(input.getAttribute("value"))) {
        input.clear();
        input.sendKeys(text);
      }
      return text.equals(driver.findElement(field).getAttribute("value"));
    });
  }

  private static void openTask(Browser browser, String startOfName) {
    WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
    // the list as it is now (a task made since the page was opened is listed after a reload)
    browser.driver().navigate().refresh();
    try {
      // Tasklist asks before leaving a form it holds as changed; the work was sent, leaving is right
      browser.driver().switchTo().alert().accept();
    } catch (org.openqa.selenium.NoAlertPresentException nothingAsked) {
      // nothing to answer
    }
    browser.openFilter(TasklistFilters.UNIT);
    try {
      browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//a[starts-with(normalize-space(.), '" + startOfName + "')]"))));
    } catch (RuntimeException e) {
      browser.screenshot("plan-journey-task-not-found");
      throw e;
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
  }

  private Long waitForPlan(Browser browser) {
    return browser.waitUpTo(Duration.ofSeconds(30)).until(d -> plans.findAll().stream()
        .filter(p -> TITLE.equals(p.getTitle())).map(Plan::getId).findFirst().orElse(null));
  }
}
