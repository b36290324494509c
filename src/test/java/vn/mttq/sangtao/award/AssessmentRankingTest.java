package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The ranking against a hand-built fixture: which collectives and people qualify under seed 001 II.6 and in which
 * order, worked out by hand below.
 */
class AssessmentRankingTest {

  @Test
  void collectivesAndIndividualsAreRankedByTheSeedsCriteria() {
    List<AssessmentRanking.CollectiveFacts> collectives = List.of(
        // plans, participants, recognised, applied
        new AssessmentRanking.CollectiveFacts(1L, "Phường Bình Lộc", 2, 850, 1, 3),      // 3 applied → 1st
        new AssessmentRanking.CollectiveFacts(2L, "Phường Bảo Vinh", 1, 1200, 0, 1),     // 1 applied, 1200 → 4th
        new AssessmentRanking.CollectiveFacts(3L, "Xã Gia Kiệm", 1, 300, 2, 3),          // 3 applied, 300 → 2nd
        new AssessmentRanking.CollectiveFacts(4L, "Phường Xuân Lập", 0, 5000, 4, 9),     // no plan → out
        new AssessmentRanking.CollectiveFacts(5L, "Xã Dầu Giây", 3, 0, 0, 0),            // nobody, nothing applied → out
        new AssessmentRanking.CollectiveFacts(6L, "Hội Nông dân tỉnh", 1, 0, 0, 1),      // 1 applied, 0 → 5th
        new AssessmentRanking.CollectiveFacts(7L, "Đoàn thanh niên tỉnh", 1, 1200, 0, 1)); // ties it: Đ before P → 3rd
    List<AssessmentRanking.IndividualFacts> individuals = List.of(
        // recognised and applied, applications, promising
        new AssessmentRanking.IndividualFacts(1L, "Phường Bình Lộc", "Trần Thị Bích", 1, 2, false, List.of("SK-1")),
        new AssessmentRanking.IndividualFacts(3L, "Xã Gia Kiệm", "Lê Văn Cường", 1, 1, true, List.of("SK-2")),
        new AssessmentRanking.IndividualFacts(2L, "Phường Bảo Vinh", "Phạm Dũng", 2, 2, false, List.of("SK-3", "SK-4")),
        new AssessmentRanking.IndividualFacts(2L, "Phường Bảo Vinh", "Ngô Hà", 0, 0, true, List.of()),
        new AssessmentRanking.IndividualFacts(1L, "Phường Bình Lộc", "Âu Minh", 1, 2, false, List.of("SK-5")));

    List<AssessmentRanking.Candidate> ranked = AssessmentRanking.rank(collectives, individuals);

    assertThat(ranked).extracting(AssessmentRanking.Candidate::kind, AssessmentRanking.Candidate::rank,
        c -> c.kind() == NomineeKind.COLLECTIVE ? c.unitName() : c.name()).containsExactly(
            tuple(NomineeKind.COLLECTIVE, 1, "Phường Bình Lộc"),
            tuple(NomineeKind.COLLECTIVE, 2, "Xã Gia Kiệm"),
            tuple(NomineeKind.COLLECTIVE, 3, "Đoàn thanh niên tỉnh"),
            tuple(NomineeKind.COLLECTIVE, 4, "Phường Bảo Vinh"),
            tuple(NomineeKind.COLLECTIVE, 5, "Hội Nông dân tỉnh"),
            // promising first; then 2 initiatives before 1; Âu before Trần at 1 initiative and 2 applications
            tuple(NomineeKind.INDIVIDUAL, 1, "Lê Văn Cường"),
            tuple(NomineeKind.INDIVIDUAL, 2, "Phạm Dũng"),
            tuple(NomineeKind.INDIVIDUAL, 3, "Âu Minh"),
            tuple(NomineeKind.INDIVIDUAL, 4, "Trần Thị Bích"));
    assertThat(ranked.get(0).evidence()).isEqualTo("2 kế hoạch, chương trình thực hiện phong trào; 850 lượt người"
        + " tham gia (theo báo cáo đã được chấp nhận); 3 lượt ứng dụng sáng kiến; 1 sáng kiến được công nhận.");
    assertThat(ranked.get(5).evidence()).isEqualTo("1 sáng kiến được công nhận và ứng dụng (SK-2), 1 lượt ứng dụng;"
        + " được Hội đồng Khoa học - Công nghệ tỉnh đánh giá có triển vọng phát triển thành đề tài nghiên cứu khoa học.");
  }
}
