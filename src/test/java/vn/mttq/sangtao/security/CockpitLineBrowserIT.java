package vn.mttq.sangtao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Browser;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * In Cockpit, as a leader would look: the province, a ward below it and a sibling ward each draft a plan; the ward's
 * leader sees the ward's instance on the model's page and neither of the others, the province's leader sees all
 * three (its own and its wards'). Screenshots in {@code target/screenshots/}.
 */
@PostgresIT
class CockpitLineBrowserIT {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repositoryService;

  private String draft(String staff, String unit, String title) throws Exception {
    ResponseEntity<String> answer = Http.as(rest, staff).post("/api/plans", "{\"issuingUnitCode\":\"" + unit
        + "\",\"title\":\"" + title + "\",\"year\":2028,\"basis\":\"Căn cứ\",\"purposes\":\"Mục đích\"}");
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return new ObjectMapper().readTree(answer.getBody()).path("processInstanceId").asText();
  }

  @Test
  void aWardLeaderSeesTheWardsInstancesAndTheProvinceLeaderItsWholeLine() throws Exception {
    Map<String, String> instances = Map.of(
        "province", draft("dn.canbo", "dn", "Kế hoạch của tỉnh"),
        "ward", draft("dn-p-longkhanh.canbo", "dn-p-longkhanh", "Kế hoạch của phường Long Khánh"),
        "sibling", draft("dn-p-binhloc.canbo", "dn-p-binhloc", "Kế hoạch của phường Bình Lộc"));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("planIssuance")
        .latestVersion().singleResult().getId();

    String ward = instancesShownTo("dn-p-longkhanh.lanhdao", definition, instances.get("ward"), "cockpit-ward-leader");
    assertThat(ward).contains(instances.get("ward")).doesNotContain(instances.get("province"))
        .doesNotContain(instances.get("sibling"));

    String province = instancesShownTo("dn.lanhdao", definition, instances.get("province"),
        "cockpit-province-leader");
    assertThat(province).contains(instances.get("province"), instances.get("ward"), instances.get("sibling"));
  }

  /** The text of the model's instance list in Cockpit, once the expected instance is on it. */
  private String instancesShownTo(String leader, String definition, String expected, String screenshot) {
    try (Browser browser = Browser.vietnamese()) {
      WebDriverWait wait = browser.waitUpTo(Duration.ofSeconds(60));
      browser.logIn(port, "cockpit", leader);
      browser.driver().get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
          + definition + "/runtime");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), expected));
      browser.screenshot(screenshot);
      return browser.driver().findElement(By.tagName("body")).getText();
    }
  }
}
