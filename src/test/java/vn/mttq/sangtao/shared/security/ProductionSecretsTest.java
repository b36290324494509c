package vn.mttq.sangtao.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.mttq.sangtao.Application;

/** The production profile does not start with a password anyone could guess, and says which variable to set. */
class ProductionSecretsTest {

  @Test
  void theApplicationInProductionWithTheShippedDefaultsDoesNotStartAndNamesTheVariables() {
    // the shipped defaults: admin/admin, no database password
    assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("postgres")
        .properties("spring.main.banner-mode=off").run().close())
        .hasStackTraceContaining("SANGTAO_ADMIN_PASSWORD").hasStackTraceContaining("DB_PASSWORD")
        .hasStackTraceContaining("Không khởi động ở chế độ vận hành");
  }

  @Test
  void demoDataInProductionNeedsItsOwnPasswordToo() {
    StandardEnvironment environment = production(Map.of("camunda.bpm.admin-user.password", "Quan-tri-2026!",
        "spring.datasource.password", "Co-so-du-lieu-2026!", "sangtao.demo.enabled", "true",
        "sangtao.demo.password", "demo"));

    assertThatThrownBy(() -> new ProductionSecrets().postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("SANGTAO_DEMO_PASSWORD").hasMessageNotContaining("SANGTAO_ADMIN_PASSWORD")
        .hasMessageNotContaining("DB_PASSWORD");
  }

  @Test
  void passwordsOfTheirOwnStart() {
    StandardEnvironment environment = production(Map.of("camunda.bpm.admin-user.id", "quantri",
        "camunda.bpm.admin-user.password", "Quan-tri-2026!", "spring.datasource.password", "Co-so-du-lieu-2026!"));

    assertThatCode(() -> new ProductionSecrets().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void outsideProductionNothingIsChecked() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
        "camunda.bpm.admin-user.password", "admin")));

    assertThatCode(() -> new ProductionSecrets().postProcessEnvironment(environment, new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void theUserNameOrAShortWordIsNoPassword() {
    assertThat(ProductionSecrets.isGuessable("quantri", "quantri")).isTrue();
    assertThat(ProductionSecrets.isGuessable("Sangtao", null)).isTrue();
    assertThat(ProductionSecrets.isGuessable("ngan", null)).isTrue();
    assertThat(ProductionSecrets.isGuessable("mot-cau-mat-khau-dai", "quantri")).isFalse();
  }

  private static StandardEnvironment production(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    environment.setActiveProfiles("postgres");
    return environment;
  }
}
