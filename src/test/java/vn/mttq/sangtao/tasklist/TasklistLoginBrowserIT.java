package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.TaskVisibilityProbe;

@PostgresIT
class TasklistLoginBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine processEngine;

  @Test
  void aStaffMemberLogsInAndSeesTheirUnitsTasksOnly() {
    TaskVisibilityProbe.deploy(processEngine);
    TaskVisibilityProbe.start(processEngine, "dn-tn-giakiem.staff", "xã Gia Kiệm");
    TaskVisibilityProbe.start(processEngine, "dn-tn-hungloc.staff", "xã Hưng Lộc");

    try (Browser browser = Browser.vietnamese()) {
      WebDriver page = browser.driver();
      page.get("http://localhost:" + port + "/camunda/app/tasklist/");
      var wait = browser.waitUpTo(Duration.ofSeconds(60));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
          .sendKeys("dn-tn-giakiem.canbo");
      page.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
      page.findElement(By.cssSelector("button[type='submit']")).click();

      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Việc thử cho xã Gia Kiệm"));
      browser.screenshot("tasklist-staff-tasks");
      String text = page.findElement(By.tagName("body")).getText();
      assertThat(text).contains(TasklistFilters.MY_TASKS).contains("Việc thử cho xã Gia Kiệm")
          .doesNotContain("Việc thử cho xã Hưng Lộc");
    }
  }
}
