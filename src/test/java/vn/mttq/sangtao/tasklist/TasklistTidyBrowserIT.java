package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.TaskVisibilityProbe;

/**
 * Tasklist as a ward's leader finds it: they land on the unit's work, every filter says how many tasks it holds, no
 * meaningless priority and no "Tạo việc", the footer speaks of Vietnam's time only, and a click on the grey
 * background beside the start form does not close it.
 */
@PostgresIT
class TasklistTidyBrowserIT {

  private static final String LEADER = "dn-p-longkhanh.lanhdao";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine processEngine;

  @Test
  void aLeaderLandsOnTheUnitsWorkWithEveryFiltersCountAndTheStartFormStaysOpen() {
    TaskVisibilityProbe.deploy(processEngine);
    TaskVisibilityProbe.start(processEngine, "dn-p-longkhanh.leaders", "phường Long Khánh");
    TaskVisibilityProbe.start(processEngine, "dn-p-longkhanh.leaders", "phường Long Khánh");
    long unitTasks = processEngine.getTaskService().createTaskQuery().taskCandidateGroup("dn-p-longkhanh.leaders")
        .count();

    try (Browser browser = Browser.vietnamese()) {
      var page = browser.driver();
      var wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", LEADER);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.task-filter .sangtao-count")));
      wait.until(driver -> counts(browser).get(TasklistFilters.UNIT) != null);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Việc thử cho phường Long"
          + " Khánh"));
      browser.screenshot("tasklist-leader-lands-on-unit-work");

      assertThat(page.findElement(By.cssSelector("div.task-filter.active h4")).getText())
          .startsWith(TasklistFilters.UNIT);
      Map<String, String> counts = counts(browser);
      assertThat(counts).containsEntry(TasklistFilters.UNIT, String.valueOf(unitTasks))
          .containsEntry(TasklistFilters.MINE, "0").containsKeys(TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
      assertThat(page.findElements(By.cssSelector("div.priority")).stream()
          .filter(WebElement::isDisplayed).toList()).as("no priority").isEmpty();
      assertThat(page.findElements(By.cssSelector(".create-task-action")).stream().filter(WebElement::isDisplayed)
          .toList()).as("no «Tạo việc»").isEmpty();
      assertThat(page.findElement(By.id("footer-timezone")).getText())
          .isEqualTo("Ngày giờ hiển thị theo giờ Việt Nam (UTC+7).");

      browser.click(page.findElement(By.cssSelector(".start-process-action a")));
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Ban hành kế hoạch"))).click();
      By titleField = By.cssSelector(".modal-dialog .fjs-container input[type='text']");
      String typed = "Kế hoạch thực hiện phong trào năm 2027";
      wait.until(ExpectedConditions.visibilityOfElementLocated(titleField));
      // the form may render once more when its variables arrive: type until the text is in the form
      wait.until(driver -> {
        WebElement title = driver.findElement(titleField);
        if (!typed.equals(title.getAttribute("value"))) {
          title.clear();
          title.sendKeys(typed);
        }
        return typed.equals(driver.findElement(titleField).getAttribute("value"));
      });
      WebElement backdrop = page.findElement(By.cssSelector("div.modal"));
      // a click on the grey background, well to the left of the dialog
      new Actions(page).moveToElement(backdrop, -backdrop.getSize().getWidth() / 2 + 20, 0).click().perform();
      browser.screenshot("tasklist-start-form-after-click-beside-it");
      // the dialog and its form are still there (the form library may render its fields once more when the start
      // form's variables arrive late on a slow machine, which is Tasklist's own loading and not the click)
      assertThat(page.findElements(By.cssSelector(".modal-dialog"))).as("the start form is still open")
          .singleElement().satisfies(dialog -> assertThat(dialog.isDisplayed()).isTrue());
      assertThat(page.findElements(titleField)).as("with its form").isNotEmpty();
    }
  }

  /** Each filter's name and the count shown beside it. */
  private static Map<String, String> counts(Browser browser) {
    List<WebElement> filters = browser.driver().findElements(By.cssSelector("div.task-filter h4 a"));
    return filters.stream().filter(a -> !a.findElements(By.cssSelector(".sangtao-count")).isEmpty())
        .collect(Collectors.toMap(a -> a.getText().replaceAll("\\s*\\d+$", "").strip(),
            a -> a.findElement(By.cssSelector(".sangtao-count")).getText(), (x, y) -> x));
  }
}
