package vn.mttq.sangtao.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.mttq.sangtao.shared.Folding;

/**
 * Ranks the collectives and individuals of a subtree against the seed's criteria (seed 001 II.6), as plain code.
 * <ul>
 * <li>A collective qualifies when it made a plan or programme for the movement and either drew people in or had
 * initiatives applied; it ranks by initiatives applied, then people taking part, then initiatives recognised.</li>
 * <li>An individual qualifies with an initiative recognised by a council and applied; one the provincial S&T
 * Council rated promising ranks first, then by such initiatives, then by the units applying them.</li>
 * </ul>
 * Ties fall back to the name in Vietnamese alphabetical order.
 */
final class AssessmentRanking {


  private AssessmentRanking() {
  }

  /** What the system knows of a collective over the period. */
  record CollectiveFacts(Long unitId, String unitName, long plans, long participants, long recognised, long applied) {

    boolean qualifies() {
      return plans > 0 && (participants > 0 || applied > 0);
    }

    String evidence() {
      return plans + " kế hoạch, chương trình thực hiện phong trào; " + participants + " lượt người tham gia (theo báo"
          + " cáo đã được chấp nhận); " + applied + " lượt ứng dụng sáng kiến; " + recognised
          + " sáng kiến được công nhận.";
    }
  }

  /** What the system knows of a person over the period: their initiatives recognised and applied. */
  record IndividualFacts(Long unitId, String unitName, String name, long recognisedApplied, long applications,
      boolean promising, List<String> initiatives) {

    boolean qualifies() {
      return recognisedApplied > 0;
    }

    String evidence() {
      return recognisedApplied + " sáng kiến được công nhận và ứng dụng (" + String.join("; ", initiatives) + "), "
          + applications + " lượt ứng dụng" + (promising
              ? "; được Hội đồng Khoa học - Công nghệ tỉnh đánh giá có triển vọng phát triển thành đề tài nghiên cứu"
                  + " khoa học." : ".");
    }
  }

  /** A ranked candidate; rank counts within its kind, from 1. */
  record Candidate(int rank, NomineeKind kind, Long unitId, String unitName, String name, long plans,
      long participants, long recognised, long applied, boolean promising, String evidence) {
  }

  static List<Candidate> rank(List<CollectiveFacts> collectives, List<IndividualFacts> individuals) {
    List<Candidate> ranked = new ArrayList<>();
    List<CollectiveFacts> qualifying = collectives.stream().filter(CollectiveFacts::qualifies)
        .sorted(Comparator.comparingLong(CollectiveFacts::applied).reversed()
            .thenComparing(Comparator.comparingLong(CollectiveFacts::participants).reversed())
            .thenComparing(Comparator.comparingLong(CollectiveFacts::recognised).reversed())
            .thenComparing(CollectiveFacts::unitName, Folding.VIETNAMESE))
        .toList();
    for (int i = 0; i < qualifying.size(); i++) {
      CollectiveFacts c = qualifying.get(i);
      ranked.add(new Candidate(i + 1, NomineeKind.COLLECTIVE, c.unitId(), c.unitName(), null, c.plans(),
          c.participants(), c.recognised(), c.applied(), false, c.evidence()));
    }
    List<IndividualFacts> people = individuals.stream().filter(IndividualFacts::qualifies)
        .sorted(Comparator.comparing(IndividualFacts::promising).reversed()
            .thenComparing(Comparator.comparingLong(IndividualFacts::recognisedApplied).reversed())
            .thenComparing(Comparator.comparingLong(IndividualFacts::applications).reversed())
            .thenComparing(IndividualFacts::name, Folding.VIETNAMESE))
        .toList();
    for (int i = 0; i < people.size(); i++) {
      IndividualFacts p = people.get(i);
      ranked.add(new Candidate(i + 1, NomineeKind.INDIVIDUAL, p.unitId(), p.unitName(), p.name(), 0, 0,
          p.recognisedApplied(), p.applications(), p.promising(), p.evidence()));
    }
    return ranked;
  }
}
