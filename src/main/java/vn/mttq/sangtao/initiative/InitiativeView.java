package vn.mttq.sangtao.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An initiative as staff see it. */
public record InitiativeView(Long id, String trackingCode, String title, String summary, String description,
    ContentArea contentArea, String contentAreaLabel, String fieldOfWork, String appliedAt, String expectedBenefit,
    Long estimatedCostVnd, AuthorKind authorKind, String authorNames, String authorUnitCode, String authorUnitName,
    String receivingUnitCode, String receivingUnitName, String submitterName, String submitterPhone,
    String submitterEmail, SubmissionChannel channel, InitiativeStatus status, String statusLabel, int year,
    Instant submittedAt, String supplementRequest, LocalDate supplementDue, List<Attachment> attachments) {

  /** An attached file, without its content. */
  public record Attachment(Long id, String fileName, String contentType, long sizeBytes) {
  }
}
