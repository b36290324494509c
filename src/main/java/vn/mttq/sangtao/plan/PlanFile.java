package vn.mttq.sangtao.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.mttq.sangtao.shared.document.Attachments;
import vn.mttq.sangtao.shared.document.StoredFile;

/** A plan's signed document (the scan of the signed paper, or the document of a plan recorded from outside). */
@Entity
@Table(name = "plan_file")
class PlanFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Embedded
  private StoredFile file;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlanFile() {
  }

  PlanFile(Long planId, Attachments.Checked file, String userId, Instant now) {
    this.planId = planId;
    this.file = new StoredFile(file);
    this.uploadedBy = userId;
    this.createdAt = now;
  }

  String getFileName() {
    return file.fileName();
  }

  String getContentType() {
    return file.contentType();
  }

  byte[] getContent() {
    return file.content();
  }
}
