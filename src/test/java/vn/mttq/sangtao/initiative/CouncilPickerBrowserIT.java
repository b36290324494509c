package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.tasklist.TasklistFilters;
import vn.mttq.sangtao.unit.UnitGroups;

/**
 * A ward's leader names the council of an initiative in Tasklist by picking three people by name (searched without
 * diacritics, as people type on a phone) and the chair among them; no login name is typed.
 */
@PostgresIT
class CouncilPickerBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  InitiativeSubmissions submissions;
  @Autowired
  CouncilService council;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  private String person(String first, String last, String unitCode) {
    String id = "hd-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(id, UnitGroups.leaders(unitCode));
    return id;
  }

  @Test
  void aLeaderNamesTheCouncilByPickingThreePeopleByName() {
    InitiativeView initiative = submissions.submit(new InitiativeSubmission("Tủ thuốc nam ở khu phố",
        "Tóm tắt: tủ thuốc nam", "Cách làm: tủ thuốc nam", "POLITICAL_SYSTEM", null, null, null, null, "INDIVIDUAL",
        "Phạm Văn An", "dn-p-longkhanh", null, null, null, null), List.of(), SubmissionChannel.API,
        "dn-p-longkhanh.canbo");
    Task preCheck = taskService.createTaskQuery().processInstanceBusinessKey(initiative.trackingCode())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_PRE_CHECK).singleResult();
    taskService.setAssignee(preCheck.getId(), "dn-p-longkhanh.canbo");
    taskService.complete(preCheck.getId(), Map.of("outcome", "COUNCIL"));
    Task nameCouncil = taskService.createTaskQuery().processInstanceBusinessKey(initiative.trackingCode())
        .taskDefinitionKey(InitiativeReviewProcess.USER_TASK_NAME_COUNCIL).singleResult();
    String binh = person("Trần Thị", "Bình", "dn-p-longkhanh-phunu");
    String cuong = person("Lê Văn", "Cường", "dn-p-longkhanh-hnd");
    String dung = person("Đặng Thị", "Dung", "dn-p-longkhanh");

    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-longkhanh.lanhdao");
      browser.openFilter(TasklistFilters.UNIT);
      wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='"
          + nameCouncil.getName() + "']"))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
      By members = By.cssSelector(".sangtao-picker[data-field='councilMembers']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(members));
      assertThat(page.findElements(By.cssSelector("textarea[id$='-field_councilMembers']")).stream()
          .filter(WebElement::isDisplayed).toList()).as("no login names to type").isEmpty();
      browser.screenshot("council-picker-1-people-by-name");

      pick(browser, members, "tran thi binh", "Trần Thị Bình");
      pick(browser, members, "cuong", "Lê Văn Cường");
      pick(browser, members, "Đặng Thị Dung", "Đặng Thị Dung");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(members, "Đã chọn 3"));
      browser.screenshot("council-picker-2-three-picked");

      By chair = By.cssSelector(".sangtao-picker[data-field='councilChair']");
      // the chair is one of the three picked, offered by name
      wait.until(d -> d.findElement(chair).findElements(By.cssSelector(".sangtao-picker-option")).size() == 3);
      browser.click(page.findElement(By.xpath("//div[@data-field='councilChair']//label[.//span[normalize-space(.)="
          + "'Đặng Thị Dung']]/input")));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(chair, "Đã chọn: Đặng Thị Dung"));
      browser.screenshot("council-picker-3-chair-picked");
      browser.completeTask();

      wait.until(d -> council.members(initiative.id()).size() == 3);
    }
    assertThat(council.members(initiative.id())).extracting(CouncilMember::getUserId)
        .containsExactlyInAnyOrder(binh, cuong, dung);
    assertThat(council.members(initiative.id())).filteredOn(CouncilMember::isChair)
        .extracting(CouncilMember::getUserId).containsExactly(dung);
  }

  /** Types in the picker's search and ticks the one person shown with that name. */
  private static void pick(Browser browser, By picker, String typed, String name) {
    WebElement box = browser.driver().findElement(picker);
    WebElement search = box.findElement(By.cssSelector(".sangtao-picker-search"));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", search);
    search.clear();
    search.sendKeys(typed);
    WebElement option = browser.waitUpTo(Duration.ofSeconds(10)).until(d -> {
      List<WebElement> shown = d.findElement(picker).findElements(By.cssSelector(".sangtao-picker-option")).stream()
          .filter(WebElement::isDisplayed).toList();
      return shown.size() == 1 && shown.get(0).getText().startsWith(name) ? shown.get(0) : null;
    });
    browser.click(option.findElement(By.tagName("input")));
  }
}
