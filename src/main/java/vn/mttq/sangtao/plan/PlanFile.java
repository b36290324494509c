package vn.mttq.sangtao.plan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.mttq.sangtao.shared.document.Attachments;

/** A plan's signed document (the scan of the signed paper, or the document of a plan recorded from outside). */
@Entity
@Table(name = "plan_file")
class PlanFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlanFile() {
  }

  PlanFile(Long planId, Attachments.Checked file, String userId, Instant now) {
    this.planId = planId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.uploadedBy = userId;
    this.createdAt = now;
  }

  String getFileName() {
    return fileName;
  }

  String getContentType() {
    return contentType;
  }

  byte[] getContent() {
    return content;
  }

  String getSha256() {
    return sha256;
  }

  long getSizeBytes() {
    return sizeBytes;
  }
}
