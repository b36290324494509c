package vn.mttq.sangtao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NationalTree;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.PostgresTestDatabase;

/**
 * The whole country's unit tree (20,202 units) imported in one file over HTTP by a production node with a 1 GB heap,
 * on PostgreSQL, with the groups of every unit; the same file with one bad line at its end saves nothing. Prints the
 * import's time (the client waits a minute at most).
 */
class NationalUnitImportIT {

  @Test
  void theNationalTreeInOneFileIsImportedInAGigabyteAndABadLineSavesNothing() throws Exception {
    String tree = NationalTree.csv(34, 98);
    long lines = tree.lines().count() - 1;
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        NodeProcess node = NodeProcess.launch("national-import", postgres, "-Xmx1g", "--SANGTAO_DEMO=false")
            .awaitReady(Duration.ofMinutes(5))) {
      JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
      long before = db.queryForObject("select count(*) from unit", Long.class);

      HttpResponse<String> refused = node.post("/api/units/import", "admin", BenchmarkApp.ADMIN_PASSWORD,
          "text/csv", tree + "qg-p01-x999,Ủy ban MTTQ xã lỗi,COMMUNE,khong-co-don-vi-nay,,\n");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("khong-co-don-vi-nay");
      assertThat(db.queryForObject("select count(*) from unit", Long.class)).isEqualTo(before);

      long started = System.nanoTime();
      HttpResponse<String> imported = node.post("/api/units/import", "admin", BenchmarkApp.ADMIN_PASSWORD,
          "text/csv", tree);
      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(imported.statusCode()).as(imported.body() + "\n" + node.tail()).isEqualTo(200);
      assertThat(db.queryForObject("select count(*) from unit", Long.class)).isEqualTo(before + lines);
      // every unit with accounts has its two groups
      assertThat(db.queryForObject("select count(*) from act_id_group where id_ like 'qg%'", Long.class))
          .isEqualTo(2 * lines);
      System.out.printf("National unit import: %,d units in one file in %.1f s (heap 1 GB)%n", lines, seconds);
    }
  }
}
