package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.tasklist.TasklistFilters;

/** A ward's leader grants a commendation in Tasklist's form, then opens the certificate PDF, which shows the decision. */
@PostgresIT
class AwardDecisionBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  AwardProposalStarter starter;
  @Autowired
  AwardService awards;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aLeaderApprovesInTasklistAndTheCertificateShowsTheDecisionNumber() throws Exception {
    String initiative = new InitiativeFixtures(jdbc).recognised("Tủ thuốc cộng đồng khu phố", "Đặng Thu Hà",
        "dn-p-binhloc", "dn-p-binhloc", ZonedDateTime.now(BusinessTime.ZONE).minusMonths(1));
    AwardProposalView proposal = starter.start(new AwardRequest("dn-p-binhloc", "INDIVIDUAL", "dn-p-binhloc",
        "Đặng Thu Hà", null, "COMMENDATION", null, "Tác giả sáng kiến tủ thuốc cộng đồng.",
        List.of(new AwardRequest.EvidenceRef("RECOGNISED_INITIATIVE", initiative))), null, "dn-p-binhloc.canbo");
    Task check = taskService.createTaskQuery().processInstanceId(proposal.processInstanceId()).singleResult();
    taskService.setAssignee(check.getId(), "dn-p-binhloc.canbo");
    taskService.complete(check.getId(), Map.of("checkDecision", "complete"));
    Task decide = taskService.createTaskQuery().processInstanceId(proposal.processInstanceId()).singleResult();

    try (Browser browser = Browser.vietnamese()) {
      ChromeDriver page = browser.driver();
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "tasklist", "dn-p-binhloc.lanhdao");
      browser.openFilter(TasklistFilters.UNIT);
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText(decide.getName()))).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
      WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//label[contains(., 'Hồ sơ đề nghị')]/following::textarea[1]")));
      assertThat(summary.getAttribute("value")).contains("Cá nhân: Đặng Thu Hà (Ủy ban MTTQ Việt Nam phường Bình Lộc)");
      WebElement approve = page.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Quyết định')]"
          + "/following::input[@type='radio'][1]"));
      page.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", approve);
      WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//label[contains(., 'Số quyết định')]/following::input[1]")));
      number.sendKeys("41/QĐ-MTTQ-BTT");
      page.findElement(By.xpath("//label[contains(., 'Ý kiến')]/following::textarea[1]")).sendKeys("Tiêu biểu.");
      wait.until(d -> "41/QĐ-MTTQ-BTT".equals(number.getAttribute("value")));
      browser.screenshot("tasklist-award-decision");
      browser.completeTask();
      try {
        wait.until(d -> awards.get(proposal.id()).status() == ProposalStatus.DECIDED);
      } finally {
        browser.screenshot("tasklist-award-decision-completed");
      }
      EngineJobs.runDue(managementService);

      String url = "/api/awards/" + proposal.id() + "/certificate.pdf";
      page.get("http://dn-p-binhloc.lanhdao:demo@localhost:" + port + url);
      wait.until(d -> ((ChromeDriver) d).getCurrentUrl().endsWith("certificate.pdf"));
      String base64 = (String) page.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "fetch(arguments[0], {headers: {Authorization: 'Basic ' + btoa(arguments[1])}})"
          + ".then(r => r.headers.get('content-type') === 'application/pdf' ? r.arrayBuffer() : Promise.reject(r.status))"
          + ".then(b => { let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); })"
          + ".catch(e => done('failed: ' + e));", "http://localhost:" + port + url, "dn-p-binhloc.lanhdao:demo");
      assertThat(base64).doesNotStartWith("failed");
      byte[] pdf = Base64.getDecoder().decode(base64);
      try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 96),
            "png", java.nio.file.Path.of("target", "screenshots", "award-certificate.png").toFile());
      }
      assertThat(AwardProposalIT.text(pdf))
          .contains("BIỂU DƯƠNG", "Đặng Thu Hà", "Quyết định số 41/QĐ-MTTQ-BTT ngày "
              + BusinessTime.format(BusinessTime.today()));
    }
    assertThat(awards.get(proposal.id()).decision().decidedBy()).isEqualTo("dn-p-binhloc.lanhdao");
  }

}
