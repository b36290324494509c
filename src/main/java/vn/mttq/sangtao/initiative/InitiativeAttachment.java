package vn.mttq.sangtao.initiative;

import vn.mttq.sangtao.shared.document.Attachments;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an initiative, stored in the database with its checked type, size and SHA-256. */
@Entity
@Table(name = "initiative_attachment")
class InitiativeAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected InitiativeAttachment() {
  }

  InitiativeAttachment(Long initiativeId, Attachments.Checked file, Instant now) {
    this.initiativeId = initiativeId;
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }
}
