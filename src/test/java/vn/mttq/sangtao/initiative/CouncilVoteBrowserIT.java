package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.tasklist.TasklistFilters;

/** A council member scores the five criteria in Tasklist's form; someone outside the council never sees the task. */
@PostgresIT
class CouncilVoteBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  InitiativeService initiatives;

  @Autowired
  InitiativeSubmissions submissions;
  @Autowired
  CouncilService council;
  @Autowired
  TaskService taskService;

  private InitiativeView submit(String title) {
    return submissions.submit(new InitiativeSubmission(title, "Tóm tắt: " + title, "Cách làm: " + title,
        "POLITICAL_SYSTEM", null, null, null, null, "INDIVIDUAL", "Phạm Văn An", "dn-p-longkhanh", null, null, null,
        null), List.of(), SubmissionChannel.API, "dn-p-longkhanh.canbo");
  }

  private Task task(InitiativeView initiative, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(initiative.trackingCode())
        .taskDefinitionKey(key).singleResult();
  }

  private void complete(Task task, String userId, Map<String, Object> values) {
    taskService.setAssignee(task.getId(), userId);
    taskService.complete(task.getId(), values);
  }

  @Test
  void aMemberScoresTheFiveCriteriaInTasklistAndAnOutsiderDoesNotSeeTheTask() {
    InitiativeView initiative = submit("Góc đọc sách cộng đồng ở nhà văn hóa");
    InitiativeView waiting = submit("Lịch trực Ban công tác Mặt trận qua tin nhắn");
    complete(task(initiative, InitiativeReviewProcess.USER_TASK_PRE_CHECK), "dn-p-longkhanh.canbo",
        Map.of("outcome", "COUNCIL"));
    complete(task(initiative, InitiativeReviewProcess.USER_TASK_NAME_COUNCIL), "dn-p-longkhanh.lanhdao",
        Map.of("councilMembers", "dn.lanhdao\ndn-p-binhloc.lanhdao\ndn-p-baovinh.lanhdao",
            "councilChair", "dn.lanhdao"));
    Task vote = taskService.createTaskQuery().processInstanceBusinessKey(initiative.trackingCode())
        .taskAssignee("dn-p-binhloc.lanhdao").singleResult();
    String preCheckOfOther = task(waiting, InitiativeReviewProcess.USER_TASK_PRE_CHECK).getName();

    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-longkhanh.canbo");
      browser.openFilter(TasklistFilters.UNIT);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), preCheckOfOther));
      assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain(vote.getName());
      page.manage().deleteAllCookies();

      browser.logIn(port, "tasklist", "dn-p-binhloc.lanhdao");
      browser.openFilter(CouncilFilter.NAME);
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(vote.getName()))).click();
      WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//label[contains(., 'Sáng kiến')]/following::textarea[1]")));
      assertThat(summary.getAttribute("value")).contains("Góc đọc sách cộng đồng ở nhà văn hóa");
      for (Criterion criterion : Criterion.values()) {
        WebElement met = page.findElement(By.xpath("//label[normalize-space(.)='" + criterion.label()
            + "']/following::input[@type='radio'][1]"));
        page.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", met);
      }
      WebElement comment = page.findElement(By.xpath("//label[contains(., 'Nhận xét về tính kinh tế')]"
          + "/following::input[1]"));
      comment.sendKeys("Chỉ cần kệ sách cũ và sách quyên góp.", Keys.TAB);
      page.findElement(By.xpath("//label[contains(., 'Điểm')]/following::input[1]")).sendKeys("90", Keys.TAB);
      browser.screenshot("tasklist-council-vote");
      browser.completeTask();

      wait.until(d -> council.votes(initiative.id()).size() == 1);
    }
    CouncilVote stored = council.votes(initiative.id()).get(0);
    assertThat(stored.getMemberUserId()).isEqualTo("dn-p-binhloc.lanhdao");
    assertThat(List.of(Criterion.values())).allMatch(stored::met);
    assertThat(stored.getScore()).isEqualTo(90);
  }

}
