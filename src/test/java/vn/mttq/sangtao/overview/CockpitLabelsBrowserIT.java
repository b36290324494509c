package vn.mttq.sangtao.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.PostgresIT;

/** A supervisor reads a process's details in Cockpit: empty values say "không có", never "null". */
@PostgresIT
class CockpitLabelsBrowserIT {

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void aProcessDefinitionsDetailsSayNothingOfNull() {
    String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("planIssuance")
        .latestVersion().singleResult().getId();
    try (Browser browser = Browser.vietnamese()) {
      var page = browser.driver();
      browser.logIn(port, "cockpit", "dn.lanhdao");
      page.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definitionId
          + "/runtime");
      browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("dd.version-tag")));
      browser.screenshot("cockpit-process-definition-details");
      // what a reader sees of each empty value: its own text hidden, "không có" written after it
      java.util.List<?> shown = (java.util.List<?>) page.executeScript("return Array.from(document.querySelectorAll("
          + "'dd .null-value')).map(e => getComputedStyle(e).fontSize === '0px'"
          + " ? JSON.parse(getComputedStyle(e, '::after').content) : e.textContent.trim());");
      assertThat(shown).as("the version tag and the tenant, both empty").hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(text -> assertThat(text).isEqualTo("không có"));
    }
  }
}
