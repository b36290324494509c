package vn.mttq.sangtao.initiative;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.unit.UnitService;

/**
 * The novelty search over many initiatives on PostgreSQL. Prints figures, asserts none:
 * {@code ./mvnw -Pbenchmark verify -Dit.test=NoveltyBenchmark} ({@code -Dbenchmark.initiatives=100000},
 * {@code -Dbenchmark.queries=1000}).
 *
 * <p>Synthetic Vietnamese initiatives (title, summary, description from a seeded vocabulary) are written to the
 * table, the index is rebuilt from it as at start-up, and then each query is the text of a stored initiative
 * rewritten without diacritics (as people type on a phone) and partly reworded: the time of
 * {@link NoveltySearch#similarTo} is measured, and whether the original comes first.
 */
class NoveltyBenchmark {

  private static final int INITIATIVES = Integer.getInteger("benchmark.initiatives", 100_000);
  private static final int QUERIES = Integer.getInteger("benchmark.queries", 1_000);
  private static final int TRIGRAM_QUERIES = Integer.getInteger("benchmark.trigram-queries", 20);

  private static final String[] ACTIONS = {"Ứng dụng", "Xây dựng", "Thành lập", "Tổ chức", "Số hóa", "Phát động",
      "Nhân rộng", "Duy trì", "Vận động", "Kết nối"};
  private static final String[] THINGS = {"nhóm Zalo", "sổ tay điện tử", "mô hình tự quản", "câu lạc bộ",
      "quỹ vì người nghèo", "tủ sách cộng đồng", "hòm thư góp ý mã QR", "bản đồ số", "camera an ninh", "vườn rau sạch",
      "loa truyền thanh thông minh", "tổ hòa giải", "bếp ăn tình thương", "điểm thu gom rác tái chế", "lớp học tình thương",
      "đội thanh niên tình nguyện", "chợ phiên nông sản", "phiên tòa giả định", "ngày hội đại đoàn kết", "tổ tự quản"};
  private static final String[] PURPOSES = {"tuyên truyền chính sách pháp luật", "giảm nghèo bền vững",
      "bảo vệ môi trường", "xây dựng nông thôn mới", "giữ gìn an ninh trật tự", "chăm sóc người cao tuổi",
      "khuyến học khuyến tài", "chuyển đổi số", "phòng chống ma túy", "an toàn giao thông", "xây dựng đô thị văn minh",
      "hỗ trợ hộ khó khăn", "tiêu thụ nông sản", "giữ gìn bản sắc văn hóa", "phòng chống thiên tai"};
  private static final String[] PLACES = {"khu dân cư", "khu phố", "ấp", "thôn", "tổ dân phố", "trường học",
      "hợp tác xã", "chợ", "nhà văn hóa", "xóm"};
  private static final String[] DETAILS = {"Mỗi hộ cử một người tham gia", "Ban công tác Mặt trận phân công theo dõi",
      "Kinh phí do nhân dân tự nguyện đóng góp", "Kết quả được báo cáo hằng tháng", "Đoàn viên thanh niên hỗ trợ kỹ thuật",
      "Hội Phụ nữ vận động chị em tham gia", "Hội Cựu chiến binh giám sát thực hiện", "Áp dụng thử trong ba tháng",
      "Người dân góp ý trực tiếp qua điện thoại", "Tổng kết và khen thưởng cuối năm"};

  @Test
  void searchOverManyInitiatives() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        ConfigurableApplicationContext app = BenchmarkApp.start(postgres, true)) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      UnitService units = app.getBean(UnitService.class);
      long authorUnit = units.get("dn-p-longkhanh-kp1").id();
      long receivingUnit = units.get("dn-p-longkhanh").id();
      Random random = new Random(20_251_122L);
      List<String[]> texts = new ArrayList<>(INITIATIVES);
      long t = System.nanoTime();
      List<Object[]> batch = new ArrayList<>();
      for (int i = 0; i < INITIATIVES; i++) {
        String[] text = initiative(random, i);
        texts.add(text);
        batch.add(new Object[] {String.format("SK-B%03d-%04d", i / 10_000, i % 10_000), text[0], text[1], text[2],
            ContentArea.values()[i % ContentArea.values().length].name(), authorUnit, receivingUnit,
            Timestamp.from(Instant.now())});
        if (batch.size() == 2_000 || i == INITIATIVES - 1) {
          jdbc.batchUpdate("insert into initiative (tracking_code, title, summary, description, content_area,"
              + " author_kind, author_names, author_unit_id, receiving_unit_id, channel, status, submitted_year,"
              + " submitted_at) values (?, ?, ?, ?, ?, 'INDIVIDUAL', 'Tác giả thử tải', ?, ?, 'API', 'RECOGNISED', 2026,"
              + " ?)", batch);
          batch.clear();
        }
      }
      double insertSeconds = BenchmarkApp.seconds(t);
      BenchmarkApp.resetPeakHeap();
      NoveltySearch search = app.getBean(NoveltySearch.class);
      t = System.nanoTime();
      search.rebuild();
      double rebuildSeconds = BenchmarkApp.seconds(t);
      long heapAfterRebuild = BenchmarkApp.peakHeapBytes();
      List<Long> ids = jdbc.queryForList("select id from initiative order by id", Long.class);

      for (int i = 0; i < 50; i++) {
        search.similarTo(query(texts.get(i), ids.get(i)), 5);
      }
      long[] nanos = new long[QUERIES];
      int originalFirst = 0;
      Random pick = new Random(7L);
      for (int q = 0; q < QUERIES; q++) {
        int i = pick.nextInt(INITIATIVES);
        InitiativeText query = query(texts.get(i), null);
        long start = System.nanoTime();
        List<NoveltySearch.Similar> found = search.similarTo(query, 5);
        nanos[q] = System.nanoTime() - start;
        if (!found.isEmpty() && found.get(0).id().equals(ids.get(i))) {
          originalFirst++;
        }
      }
      Arrays.sort(nanos);
      System.out.printf("%n=== Novelty benchmark (PostgreSQL, %,d initiatives, %,d queries) ===%n", INITIATIVES,
          QUERIES);
      System.out.printf("insert initiatives:            %8.1f s%n", insertSeconds);
      System.out.printf("rebuild the index:             %8.1f s (%,d indexed), peak heap %d MB%n", rebuildSeconds,
          search.indexed(), heapAfterRebuild / 1_048_576);
      System.out.printf("similarTo p50 / p95 / p99:     %8.1f / %.1f / %.1f ms (target p95 < 200 ms)%n",
          ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
      System.out.printf("the original found first:      %8.1f %% of queries%n", 100.0 * originalFirst / QUERIES);
      System.out.flush();

      trigramsInPostgres(jdbc, texts, ids);
    }
  }

  /**
   * The other way to share the search between nodes: PostgreSQL's pg_trgm over the same folded text (Folding.fold,
   * as the Lucene index folds it), a GIN trigram index, the candidates ordered by trigram similarity. Same queries.
   */
  private static void trigramsInPostgres(JdbcTemplate jdbc, List<String[]> texts, List<Long> ids) {
    jdbc.execute("create extension if not exists pg_trgm");
    jdbc.execute("create table novelty_trgm (id bigint primary key, folded text not null)");
    long t = System.nanoTime();
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String[] text = texts.get(i);
      batch.add(new Object[] {ids.get(i), Folding.fold(text[0] + "\n" + text[1] + "\n" + text[2])});
      if (batch.size() == 2_000 || i == texts.size() - 1) {
        jdbc.batchUpdate("insert into novelty_trgm (id, folded) values (?, ?)", batch);
        batch.clear();
      }
    }
    jdbc.execute("create index ix_novelty_trgm on novelty_trgm using gin (folded gin_trgm_ops)");
    jdbc.execute("analyze novelty_trgm");
    double buildSeconds = BenchmarkApp.seconds(t);
    String search = "select id from novelty_trgm where folded % ? order by similarity(folded, ?) desc limit 20";
    // a whole initiative shares trigrams with nearly every other one: each query rechecks most of the table, so a
    // few queries tell the figure
    int queries = Math.min(QUERIES, TRIGRAM_QUERIES);
    long[] nanos = new long[queries];
    int originalFirst = 0;
    Random pick = new Random(7L);
    for (int q = 0; q < queries; q++) {
      int i = pick.nextInt(INITIATIVES);
      String folded = folded(query(texts.get(i), null));
      long start = System.nanoTime();
      List<Long> found = jdbc.queryForList(search, Long.class, folded, folded);
      nanos[q] = System.nanoTime() - start;
      if (!found.isEmpty() && found.get(0).equals(ids.get(i))) {
        originalFirst++;
      }
    }
    Arrays.sort(nanos);
    System.out.printf("pg_trgm: table and GIN index:  %8.1f s%n", buildSeconds);
    System.out.printf("pg_trgm p50 / p95 / p99:       %8.1f / %.1f / %.1f ms%n", ms(nanos, 0.50), ms(nanos, 0.95),
        ms(nanos, 0.99));
    System.out.printf("pg_trgm original found first:  %8.1f %% of %d queries%n", 100.0 * originalFirst / queries,
        queries);
    System.out.flush();
  }

  private static String folded(InitiativeText text) {
    return Folding.fold(text.searchable());
  }

  /** A stored initiative's text as someone retyping it would: without diacritics, a word changed. */
  private static InitiativeText query(String[] text, Long id) {
    String title = Folding.fold(text[0]).replace("xay dung", "lap");
    return new InitiativeText(id, title, Folding.fold(text[1]), Folding.fold(text[2]));
  }

  private static String[] initiative(Random random, int i) {
    String action = pick(random, ACTIONS);
    String thing = pick(random, THINGS);
    String purpose = pick(random, PURPOSES);
    String place = pick(random, PLACES);
    String title = action + " " + thing + " để " + purpose + " ở " + place + " " + (1 + i % 97);
    String summary = action + " " + thing + " nhằm " + purpose + "; " + pick(random, DETAILS).toLowerCase() + ".";
    StringBuilder description = new StringBuilder();
    for (int s = 0; s < 4; s++) {
      description.append(pick(random, DETAILS)).append(" tại ").append(pick(random, PLACES)).append(", gắn với ")
          .append(pick(random, PURPOSES)).append(" và ").append(pick(random, THINGS)).append(". ");
    }
    return new String[] {title, summary, description.toString().strip()};
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
