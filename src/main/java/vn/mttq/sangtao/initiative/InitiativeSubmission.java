package vn.mttq.sangtao.initiative;

import vn.mttq.sangtao.unit.UnitView;

/**
 * What an author submits, as the form or the API sends it: codes for the content area, the author kind and the
 * units. {@code receivingUnitCode} is optional (the author's unit's committee by default).
 */
public record InitiativeSubmission(String title, String summary, String description, String contentArea,
    String fieldOfWork, String appliedAt, String expectedBenefit, Long estimatedCostVnd, String authorKind,
    String authorNames, String authorUnitCode, String receivingUnitCode, String submitterName,
    String submitterPhone, String submitterEmail) {

  /** The same submission with its texts trimmed (blank = absent). */
  InitiativeSubmission trimmed() {
    return new InitiativeSubmission(trim(title), trim(summary), trim(description), trim(contentArea),
        trim(fieldOfWork), trim(appliedAt), trim(expectedBenefit), estimatedCostVnd, trim(authorKind),
        trim(authorNames), trim(authorUnitCode), trim(receivingUnitCode), trim(submitterName), trim(submitterPhone),
        trim(submitterEmail));
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A submission that passed the rules, with what its codes resolved to. */
  record Checked(InitiativeSubmission submission, ContentArea contentArea, AuthorKind authorKind,
      UnitView authorUnit, UnitView receivingUnit) {
  }
}
