package vn.mttq.sangtao.initiative;

import java.math.BigDecimal;
import java.util.List;

/** The council's minutes (biên bản) as read and printed. */
record MinutesView(Long initiativeId, String trackingCode, String title, String authorNames,
    String receivingUnitName, String decidedOn, int eligibleMembers, int votesCast, List<CriterionTally> criteria,
    BigDecimal averageScore, boolean recognised, String decision, String reasons, String chair,
    List<String> membersPresent, List<String> membersRecused) {

  /** How the votes fell on one criterion. */
  public record CriterionTally(Criterion criterion, String label, int met, int notMet) {
  }
}
