package vn.mttq.sangtao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.WardPlanIssuance;

/**
 * A province's supervisor finds a ward's plan in Cockpit as people name it: by its number as written ("1/KH", no em
 * dash, no year) and by a unit's name typed without diacritics; the plan's own instance and the one of each unit
 * implementing it are listed with their state, Vietnamese dates and open tasks, and a running one opens in Cockpit.
 */
@PostgresIT
class CockpitSearchBrowserIT {

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
  void aSupervisorFindsAPlansInstancesByItsNumberAndByAUnitsName() {
    String instance = WardPlanIssuance.issue(rest, taskService, managementService, "dn-p-baovinh",
        "Kế hoạch thi đua của phường Bảo Vinh năm 2031", 2031);
    String key = runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("% — dn-p-baovinh-hnd")
        .list().stream().map(p -> p.getBusinessKey()).filter(k -> k.contains("(2031)")).findFirst().orElseThrow();
    String number = key.substring(0, key.indexOf("/KH") + 3);

    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "cockpit", "dn.lanhdao");
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Tìm hồ sơ"))).click();
      WebElement query = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".sangtao-search input[name=q]")));
      query.sendKeys(number, Keys.ENTER);
      By found = By.xpath("//table[contains(@class,'sangtao-found')]//tr[td[1][normalize-space(.)='" + key + "']]");
      WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(found));
      browser.screenshot("cockpit-search-1-by-number");
      assertThat(row.getText()).contains("Triển khai kế hoạch tại đơn vị", "Hội Nông dân phường Bảo Vinh", "Đang chạy");
      assertThat(row.findElements(By.tagName("td")).get(4).getText()).matches("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");
      assertThat(page.findElement(By.cssSelector(".sangtao-found")).getText())
          .contains(key.substring(0, key.lastIndexOf(" — ")), "Đã xong");

      query.clear();
      query.sendKeys("hoi nong dan phuong bao vinh", Keys.ENTER);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sangtao-read-as"),
          "Đơn vị: Hội Nông dân phường Bảo Vinh"));
      row = wait.until(ExpectedConditions.visibilityOfElementLocated(found));
      browser.screenshot("cockpit-search-2-by-unit-name");
      browser.click(row.findElement(By.tagName("a")));
      wait.until(d -> d.getCurrentUrl().contains("/process-instance/"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Triển khai kế hoạch tại đơn vị"));
      browser.screenshot("cockpit-search-3-instance-opened");
    }
  }
}
