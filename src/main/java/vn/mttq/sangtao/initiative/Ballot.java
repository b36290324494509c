package vn.mttq.sangtao.initiative;

import java.util.Map;

/** A member's verdicts and comments on the five criteria, with an optional score out of 100. */
record Ballot(Map<Criterion, Boolean> verdicts, Map<Criterion, String> comments, Integer score) {

  boolean met(Criterion criterion) {
    return Boolean.TRUE.equals(verdicts.get(criterion));
  }

  String comment(Criterion criterion) {
    return comments.get(criterion);
  }
}
