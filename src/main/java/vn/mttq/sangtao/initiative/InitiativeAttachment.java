package vn.mttq.sangtao.initiative;

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

/** A file attached to an initiative, stored in the database with its checked type, size and SHA-256. */
@Entity
@Table(name = "initiative_attachment")
class InitiativeAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "initiative_id", nullable = false)
  private Long initiativeId;

  @Embedded
  private StoredFile file;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected InitiativeAttachment() {
  }

  InitiativeAttachment(Long initiativeId, Attachments.Checked file, Instant now) {
    this.initiativeId = initiativeId;
    this.file = new StoredFile(file);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getInitiativeId() {
    return initiativeId;
  }

  public String getFileName() {
    return file.fileName();
  }

  public String getContentType() {
    return file.contentType();
  }

  public long getSizeBytes() {
    return file.sizeBytes();
  }

  public byte[] getContent() {
    return file.content();
  }
}
