package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;

/** Someone without an account submits an initiative on a phone-sized screen and follows it by its code. */
@PostgresIT
class PublicInitiativeBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  InitiativeRepository initiatives;

  @Test
  void aCitizenSubmitsFromAPhoneAndFollowsItByTrackingCode() {
    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      page.manage().window().setSize(new Dimension(390, 844));
      page.get("http://localhost:" + port + "/sang-kien");
      var wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title")))
          .sendKeys("Tủ sách pháp luật trên Zalo cho khu phố");
      page.findElement(By.id("summary")).sendKeys("Đưa văn bản pháp luật thường gặp lên nhóm Zalo của khu phố.");
      page.findElement(By.id("description")).sendKeys("Ban công tác Mặt trận chọn văn bản, tóm tắt dễ hiểu, đăng"
          + " mỗi tuần và trả lời câu hỏi của bà con.");
      new Select(page.findElement(By.id("contentArea"))).selectByValue("POLITICAL_SYSTEM");
      page.findElement(By.id("authorNames")).sendKeys("Lê Thị Mai");
      page.findElement(By.id("placeSearch")).sendKeys("long khanh");
      wait.until(d -> !d.findElements(By.cssSelector("#places option[value='Ủy ban MTTQ Việt Nam phường Long Khánh']"))
          .isEmpty());
      page.findElement(By.id("placeSearch")).clear();
      page.findElement(By.id("placeSearch")).sendKeys("Ủy ban MTTQ Việt Nam phường Long Khánh");
      page.findElement(By.id("submitterName")).sendKeys("Lê Thị Mai");
      page.findElement(By.id("submitterPhone")).sendKeys("0987654321");
      assertThat((Boolean) page.executeScript(
          "return document.documentElement.scrollWidth <= window.innerWidth")).as("fits a phone's width").isTrue();
      page.findElement(By.id("send")).click();

      String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newTrackingCode"))).getText();
      assertThat(code).matches("SK-[2-9A-Z]{4}-[2-9A-Z]{4}");
      assertThat(page.findElement(By.id("submitResult")).getText()).contains("Đã nhận sáng kiến");
      assertThat(initiatives.findByTrackingCode(code)).hasValueSatisfying(i -> {
        assertThat(i.getChannel()).isEqualTo(SubmissionChannel.PUBLIC);
        assertThat(i.submitter().phone()).isEqualTo("0987654321");
      });
      browser.screenshot("public-initiative-submitted");

      WebDriver tracking = page;
      tracking.findElement(By.id("trackingCode")).sendKeys(code.toLowerCase());
      tracking.findElement(By.cssSelector("#trackForm button")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trackResult"),
          "Tình trạng: Đã tiếp nhận, đang kiểm tra"));
      assertThat(tracking.findElement(By.id("trackResult")).getText())
          .contains("Tủ sách pháp luật trên Zalo cho khu phố").contains("Ủy ban MTTQ Việt Nam phường Long Khánh");
      browser.screenshot("public-initiative-tracked");
    }
  }
}
