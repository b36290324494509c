package vn.mttq.sangtao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.Application;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.unit.UnitImportService;
import vn.mttq.sangtao.unit.UnitService;

/** The production profile on PostgreSQL, started twice on the same database: data stays, demo data is not doubled. */
class RestartIT {

  @Test
  void aRestartKeepsDataAndDoesNotDuplicateTheDemoData() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded()) {
      long units;
      long users;
      long groups;
      try (ConfigurableApplicationContext first = start(postgres)) {
        UnitService unitService = first.getBean(UnitService.class);
        IdentityService identityService = first.getBean(IdentityService.class);
        first.getBean(UnitImportService.class).importCsv(("code,name,type,parentCode,validFrom,validTo\n"
            + "rs-xa,Ủy ban MTTQ Việt Nam xã Khởi Động Lại,COMMUNE,dn,01/07/2025,\n").getBytes(StandardCharsets.UTF_8));
        units = unitService.count();
        users = identityService.createUserQuery().count();
        groups = identityService.createGroupQuery().count();
        assertThat(units).isGreaterThan(150);
      }

      try (ConfigurableApplicationContext second = start(postgres)) {
        UnitService unitService = second.getBean(UnitService.class);
        IdentityService identityService = second.getBean(IdentityService.class);
        assertThat(unitService.count()).isEqualTo(units);
        assertThat(unitService.get("rs-xa").name()).isEqualTo("Ủy ban MTTQ Việt Nam xã Khởi Động Lại");
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.checkPassword("dn-tn.lanhdao", BenchmarkApp.DEMO_PASSWORD)).isTrue();
      }
    }
  }

  private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
    // command-line arguments: they outrank application.yaml, default properties do not
    return new SpringApplicationBuilder(Application.class)
        .profiles("postgres")
        .run(
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--DB_USER=postgres",
            "--DB_PASSWORD=" + BenchmarkApp.EMBEDDED_PASSWORD,
            "--SANGTAO_ADMIN_PASSWORD=" + BenchmarkApp.ADMIN_PASSWORD,
            "--SANGTAO_DEMO_PASSWORD=" + BenchmarkApp.DEMO_PASSWORD,
            "--SANGTAO_DEMO=true",
            "--camunda.bpm.job-execution.enabled=false");
  }
}
