package vn.mttq.sangtao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;

@PostgresIT
class SupervisorOverviewBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aProvinceLeaderOpensTheOverviewFromCockpitAndSeesTheHandCountedFigures() {
    OverviewFixture.seed(jdbc);
    try (Browser browser = Browser.vietnamese()) {
      WebDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "cockpit", "dn.lanhdao");

      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Tổng quan phong trào"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sangtao-overview"),
          "Tổng quan phong trào «Đoàn kết sáng tạo»"));
      browser.screenshot("cockpit-supervisor-overview-opened");
      Select period = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector(".sangtao-overview select[name=period]"))));
      wait.until(d -> period.getOptions().stream().anyMatch(o -> o.getText().contains("33/KH-MTTQ-BTT")));
      period.getOptions().stream().filter(o -> o.getText().contains("33/KH-MTTQ-BTT")).findFirst().orElseThrow()
          .click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".sangtao-period"),
          "Báo cáo 6 tháng đầu năm 2033 — KH số 33/KH-MTTQ-BTT"));

      assertThat(figure(page, "units")).isEqualTo("7");
      assertThat(figure(page, "onTime")).isEqualTo("2");
      assertThat(figure(page, "late")).isEqualTo("2");
      assertThat(figure(page, "missing")).isEqualTo("3");
      assertThat(figure(page, "initiativesSubmitted")).isEqualTo("3");
      assertThat(figure(page, "initiativesRecognised")).isEqualTo("2");
      assertThat(page.findElements(By.cssSelector(".sangtao-chart rect"))).hasSize(7);
      assertThat(page.findElement(By.cssSelector("[data-list=late]")).getAttribute("textContent"))
          .contains("Ủy ban MTTQ Việt Nam phường Xuân Lập", "Hội Nông dân tỉnh Đồng Nai");
      assertThat(page.findElement(By.cssSelector("[data-list=missing]")).getAttribute("textContent"))
          .contains("phường Hàng Gòn", "xã Gia Kiệm", "Hội Nông dân phường Bình Lộc");
      assertThat(page.findElement(By.tagName("body")).getText()).contains("Giám sát");
      browser.screenshot("cockpit-supervisor-overview");
    }
  }

  private static String figure(WebDriver page, String name) {
    return page.findElement(By.cssSelector("[data-figure=" + name + "] .sangtao-value")).getText();
  }
}
