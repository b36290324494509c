package vn.mttq.sangtao.initiative;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.process.TaskForms;

/** The fields of the initiative forms in {@code forms/} and how their values are read. */
final class InitiativeForms {

  static final List<String> SUBMISSION = List.of("title", "summary", "description", "contentArea", "fieldOfWork",
      "appliedAt", "expectedBenefit", "estimatedCostVnd", "authorKind", "authorNames", "authorUnitCode",
      "receivingUnitCode");
  static final List<String> PRE_CHECK = List.of("outcome", "earlierTrackingCode", "note", "supplementDays");
  static final List<String> SUPPLEMENT = List.of("title", "summary", "description", "appliedAt", "expectedBenefit");
  static final List<String> NAME_COUNCIL = List.of("councilMembers", "councilChair", "votingDays");
  static final List<String> PROPOSE = List.of("propose");
  static final List<String> ST_OPINION = List.of("promising", "stNote");
  static final List<String> VOTE;
  /** The longest recusal reason and criterion comment of a ballot (forms/voteInitiative.form, V5__councils.sql). */
  static final int RECUSAL_MAX = 1_000;
  static final int COMMENT_MAX = 2_000;

  static {
    List<String> vote = new java.util.ArrayList<>(List.of("recuse", "recusalReason", "score"));
    for (Criterion criterion : Criterion.values()) {
      vote.add(criterion.metField());
      vote.add(criterion.commentField());
    }
    VOTE = List.copyOf(vote);
  }

  private InitiativeForms() {
  }

  static InitiativeSubmission submission(Map<String, Object> values) {
    return new InitiativeSubmission(TaskForms.text(values, "title"), TaskForms.text(values, "summary"),
        TaskForms.text(values, "description"), TaskForms.text(values, "contentArea"),
        TaskForms.text(values, "fieldOfWork"), TaskForms.text(values, "appliedAt"),
        TaskForms.text(values, "expectedBenefit"), number(values.get("estimatedCostVnd"), "Kinh phí dự kiến"),
        TaskForms.text(values, "authorKind"), TaskForms.text(values, "authorNames"),
        TaskForms.text(values, "authorUnitCode"), TaskForms.text(values, "receivingUnitCode"), null, null, null);
  }

  static InitiativeReviewService.PreCheck preCheck(Map<String, Object> values) {
    String outcome = TaskForms.text(values, "outcome");
    PreCheckOutcome parsed = outcome == null ? null : java.util.Arrays.stream(PreCheckOutcome.values())
        .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
    Long days = number(values.get("supplementDays"), "Thời hạn bổ sung");
    return new InitiativeReviewService.PreCheck(parsed, TaskForms.text(values, "earlierTrackingCode"),
        TaskForms.text(values, "note"), days == null ? null : days.intValue());
  }

  /**
   * The supplement form as the author sent it. Its fields come prefilled with the initiative's texts; a required one
   * the author emptied is refused, never quietly left as it was.
   */
  static InitiativeReviewService.Supplement supplement(Map<String, Object> values) {
    List<String> problems = new java.util.ArrayList<>();
    notEmptied(values, "title", "Tên sáng kiến", problems);
    notEmptied(values, "summary", "Tóm tắt", problems);
    notEmptied(values, "description", "Nội dung chi tiết", problems);
    if (!problems.isEmpty()) {
      throw new InitiativeValidationException(problems);
    }
    return new InitiativeReviewService.Supplement(TaskForms.text(values, "title"), TaskForms.text(values, "summary"),
        TaskForms.text(values, "description"), TaskForms.text(values, "appliedAt"),
        TaskForms.text(values, "expectedBenefit"));
  }

  private static void notEmptied(Map<String, Object> values, String field, String label, List<String> problems) {
    if (values.containsKey(field) && TaskForms.text(values, field) == null) {
      problems.add(label + " không được để trống.");
    }
  }

  static Ballot ballot(Map<String, Object> values) {
    Map<Criterion, Boolean> verdicts = new EnumMap<>(Criterion.class);
    Map<Criterion, String> comments = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      verdicts.put(criterion, TaskForms.yesNo(values.get(criterion.metField())));
      comments.put(criterion, TaskForms.text(values, criterion.commentField()));
    }
    Long score = number(values.get("score"), "Điểm");
    if (score != null && (score < 0 || score > 100)) {
      // checked on the whole number: narrowed first, 2^63 would have become 0
      throw new InitiativeValidationException(List.of("Điểm phải từ 0 đến 100."));
    }
    return new Ballot(verdicts, comments, score == null ? null : score.intValue());
  }

  /** The reason of a member who recuses, or null when the member votes. */
  static String recusal(Map<String, Object> values) {
    if (!Boolean.TRUE.equals(TaskForms.yesNo(values.get("recuse")))) {
      return null;
    }
    String reason = TaskForms.text(values, "recusalReason");
    return reason == null ? "" : reason;
  }

  /** A whole number as typed ("15.000.000") or sent; null when empty; refused with the field's name otherwise. */
  static Long number(Object value, String field) {
    try {
      return WholeNumbers.read(value);
    } catch (IllegalArgumentException e) {
      throw new InitiativeValidationException(List.of(field + " " + e.getMessage()));
    }
  }
}
