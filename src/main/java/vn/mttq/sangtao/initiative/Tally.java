package vn.mttq.sangtao.initiative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The count of a council's votes: what the decision table reads. */
record Tally(int eligibleMembers, int votesCast, Map<Criterion, Integer> metCounts, BigDecimal averageScore,
    List<String> voters, List<String> recused) {

  static Tally of(List<CouncilMember> members, List<CouncilVote> votes) {
    Map<Criterion, Integer> met = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      met.put(criterion, (int) votes.stream().filter(v -> v.met(criterion)).count());
    }
    List<Integer> scores = votes.stream().map(CouncilVote::getScore).filter(java.util.Objects::nonNull).toList();
    BigDecimal average = scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream().mapToInt(i -> i).sum())
        .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    return new Tally((int) members.stream().filter(m -> !m.isRecused()).count(), votes.size(), met, average,
        votes.stream().map(CouncilVote::getMemberUserId).sorted().toList(),
        members.stream().filter(CouncilMember::isRecused).map(CouncilMember::getUserId).sorted().toList());
  }

  int met(Criterion criterion) {
    return metCounts.getOrDefault(criterion, 0);
  }

  /** The decision table's inputs. */
  Map<String, Object> decisionInputs() {
    Map<String, Object> inputs = new java.util.HashMap<>();
    inputs.put("eligibleMembers", eligibleMembers);
    inputs.put("votesCast", votesCast);
    for (Criterion criterion : Criterion.values()) {
      inputs.put(criterion.metField(), met(criterion));
    }
    return inputs;
  }
}
