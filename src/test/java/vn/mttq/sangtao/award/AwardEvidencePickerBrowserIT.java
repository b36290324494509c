package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * A ward's staff propose a person for a commendation from Tasklist: the ward is picked for them, the nominee's unit
 * by name, and the evidence ticked from the person's recognised initiatives, which the form lists once the name is
 * given; no tracking code and no report number is typed.
 */
@PostgresIT
class AwardEvidencePickerBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theEvidenceIsTickedFromTheNomineesRecognisedInitiatives() {
    String title = "Sổ tay pháp luật bằng hình cho người cao tuổi";
    String trackingCode = new InitiativeFixtures(jdbc).recognised(title, "Võ Thị Mai", "dn-p-baovinh",
        "dn-p-baovinh", ZonedDateTime.now(BusinessTime.ZONE).minusMonths(2));
    int before = count();

    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-baovinh.canbo");
      browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))));
      browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Đề nghị biểu dương, khen thưởng"))));

      By proposer = By.cssSelector(".sangtao-picker[data-field='proposerUnitCode']");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(proposer,
          "Đã chọn: Ủy ban MTTQ Việt Nam phường Bảo Vinh"));
      // "Cá nhân", the second of "Đề nghị cho"
      WebElement individual = page.findElement(By.cssSelector("input[type='radio'][id$='-field_nomineeKind-1']"));
      browser.click(individual);
      By nominee = By.cssSelector(".sangtao-picker[data-field='nomineeUnitCode']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(nominee));
      browser.click(page.findElement(By.xpath("//div[@data-field='nomineeUnitCode']//label[.//span[normalize-space(.)"
          + "='Ủy ban MTTQ Việt Nam phường Bảo Vinh']]/input")));
      WebElement name = page.findElement(By.cssSelector("input[id$='-field_nomineeName']"));
      name.sendKeys("Võ Thị Mai", Keys.TAB);
      browser.choose("awardForm", "Biểu dương");
      page.findElement(By.cssSelector("textarea[id$='-field_achievements']"))
          .sendKeys("Tác giả sổ tay pháp luật bằng hình cho người cao tuổi.", Keys.TAB);

      By recognised = By.xpath("//div[@data-field='recognisedInitiatives']//label[.//span[normalize-space(.)='"
          + title + "']]/input");
      WebElement evidence = wait.until(ExpectedConditions.presenceOfElementLocated(recognised));
      browser.screenshot("award-evidence-1-listed");
      browser.click(evidence);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector(".sangtao-picker[data-field='recognisedInitiatives']"), "Đã chọn 1"));
      assertThat(page.findElement(By.cssSelector("input[id$='-field_recognisedInitiatives']"))
          .getAttribute("value")).isEqualTo(trackingCode);
      browser.screenshot("award-evidence-2-ticked");
      WebElement start = page.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
      browser.click(start);
      wait.until(d -> count() == before + 1);
      browser.screenshot("award-evidence-3-sent");
    }
    assertThat(jdbc.queryForList("select e.kind from award_evidence e join award_proposal p on p.id = e.proposal_id"
        + " where p.nominee_name = 'Võ Thị Mai'", String.class)).containsExactly("RECOGNISED_INITIATIVE");
  }

  private int count() {
    return jdbc.queryForObject("select count(*) from award_proposal where nominee_name = 'Võ Thị Mai'",
        Integer.class);
  }
}
